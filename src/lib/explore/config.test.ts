import { describe, expect, it } from 'vitest';
import { decodeConfig, defaultConfig, encodeConfig, runOf, type ExploreConfig } from './config';

describe('explore configuration in the URL', () => {
	it('survives a round trip through the URL', () => {
		const config: ExploreConfig = {
			a: { guest: 'linux', device: 'network', controller: 'scsi', ics: true },
			b: { guest: 'unenlightened', device: 'network', controller: 'ide', ics: false },
			step: 7,
			speed: 2
		};
		const params = encodeConfig(config);
		expect(params.toString()).toBe(
			'a=linux.network.scsi.ics&b=unenlightened.network.ide.noics&step=7&speed=2'
		);
		expect(decodeConfig(params)).toEqual({ config, ignored: [] });
	});

	it('falls back to defaults for what it cannot use, and says what it ignored', () => {
		const { config, ignored } = decodeConfig(
			new URLSearchParams('a=windows.floppy.scsi.ics&step=-3&speed=100&b=linux.video.ide.ics&x=1')
		);
		expect(config.a).toEqual(defaultConfig().a);
		expect(config.b).toEqual({ guest: 'linux', device: 'video', controller: 'ide', ics: true });
		expect(config.step).toBe(0);
		expect(config.speed).toBe(1);
		expect(ignored).toEqual([
			{ param: 'x', value: '1' },
			{ param: 'a', value: 'windows.floppy.scsi.ics' },
			{ param: 'step', value: '-3' },
			{ param: 'speed', value: '100' }
		]);
	});

	it('never gives an unenlightened guest integration components', () => {
		expect(decodeConfig(new URLSearchParams('a=unenlightened.storage.ide.ics')).config.a.ics).toBe(
			false
		);
	});

	it('runs storage on the disk-read machine and the other devices on the device machine', () => {
		expect(runOf({ guest: 'windows', device: 'storage', controller: 'ide', ics: true })).toEqual({
			machine: 'diskRead',
			input: { guest: 'enlightened', controller: 'ide' }
		});
		expect(runOf({ guest: 'windows', device: 'storage', controller: 'ide', ics: false })).toEqual({
			machine: 'diskRead',
			input: { guest: 'unenlightened', controller: 'ide' }
		});
		expect(runOf({ guest: 'xen-linux', device: 'network', controller: 'scsi', ics: true })).toEqual(
			{
				machine: 'deviceIo',
				input: { guest: 'linux', device: 'network', ics: true }
			}
		);
	});
});
