import { describe, expect, it } from 'vitest';
import {
	controllers,
	decodeConfig,
	defaultConfig,
	encodeConfig,
	encodeRun,
	exploreDevices,
	exploreGuests,
	parseStress,
	runConfigOf,
	runOf,
	stressRange,
	type ExploreConfig
} from './config';

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
		expect(decodeConfig(params)).toEqual({ config, ignored: [], corrected: [] });
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

	it('leaves the stress view out of an ordinary link', () => {
		const { config } = decodeConfig(new URLSearchParams('a=windows.storage.scsi.ics'));
		expect(config).toEqual(defaultConfig());
		expect('stress' in config).toBe(false);
		expect(encodeConfig(config).toString()).toBe('a=windows.storage.scsi.ics');
	});

	it('keeps the stress view in the URL', () => {
		const config: ExploreConfig = { ...defaultConfig(), step: 3, stress: 32 };
		const params = encodeConfig(config);
		expect(params.toString()).toBe('a=windows.storage.scsi.ics&step=3&stress=32');
		expect(decodeConfig(params)).toEqual({ config, ignored: [], corrected: [] });
	});

	it('reads the stress view’s size as a whole number from 3 to 64', () => {
		expect(stressRange).toEqual({ min: 3, max: 64 });
		expect(parseStress('32')).toEqual({ stress: 32, clamped: false });
		expect(parseStress('3')).toEqual({ stress: 3, clamped: false });
		expect(parseStress('64')).toEqual({ stress: 64, clamped: false });
		expect(parseStress('032')).toEqual({ stress: 32, clamped: false });
		for (const low of ['0', '1', '2', '-5', '-0']) {
			expect(parseStress(low), low).toEqual({ stress: 3, clamped: true });
		}
		for (const high of ['65', '1000', '99999999999999999999999']) {
			expect(parseStress(high), high).toEqual({ stress: 64, clamped: true });
		}
		for (const bad of [
			'',
			' ',
			'abc',
			'32.5',
			'1e3',
			'+4',
			'0x20',
			'32 ',
			'Infinity',
			'NaN',
			'--3'
		]) {
			expect(parseStress(bad), JSON.stringify(bad)).toBeUndefined();
		}
	});

	it('brings an out-of-range stress size into range and says so; ignores one that is not a number', () => {
		const high = decodeConfig(new URLSearchParams('stress=500&speed=2'));
		expect(high.config.stress).toBe(64);
		expect(high.config.speed).toBe(2);
		expect(high.ignored).toEqual([]);
		expect(high.corrected).toEqual([{ param: 'stress', value: '500', to: '64' }]);
		// The corrected link is what the URL becomes.
		expect(encodeConfig(high.config).get('stress')).toBe('64');

		const low = decodeConfig(new URLSearchParams('stress=1'));
		expect(low.config.stress).toBe(3);
		expect(low.corrected).toEqual([{ param: 'stress', value: '1', to: '3' }]);

		const bad = decodeConfig(new URLSearchParams('stress=lots&step=2'));
		expect(bad.config).toEqual({ ...defaultConfig(), step: 2 });
		expect(bad.ignored).toEqual([{ param: 'stress', value: 'lots' }]);
		expect(bad.corrected).toEqual([]);
		expect(encodeConfig(bad.config).has('stress')).toBe(false);
	});
});

describe('the run of a configuration and the configuration of a run', () => {
	const every = exploreGuests.flatMap((guest) =>
		exploreDevices.flatMap((device) =>
			controllers.flatMap((controller) =>
				[true, false].map((ics) => ({ guest, device, controller, ics }))
			)
		)
	);

	it('are inverses: every configuration runs what the configuration of its run runs', () => {
		for (const config of every) {
			const back = runConfigOf(runOf(config));
			expect(back, encodeRun(config)).toBeDefined();
			expect(runOf(back!), encodeRun(config)).toEqual(runOf(config));
		}
	});

	it('fill in what a lesson leaves to the machine: the default controller, the integration components', () => {
		expect(runConfigOf({ machine: 'diskRead', input: { guest: 'enlightened' } })).toEqual({
			guest: 'windows',
			device: 'storage',
			controller: 'scsi',
			ics: true
		});
		expect(runConfigOf({ machine: 'diskRead', input: { guest: 'unenlightened' } })).toEqual({
			guest: 'unenlightened',
			device: 'storage',
			controller: 'ide',
			ics: false
		});
		expect(
			runConfigOf({ machine: 'deviceIo', input: { guest: 'linux', device: 'video' } })
		).toEqual({ guest: 'linux', device: 'video', controller: 'scsi', ics: true });
		expect(runConfigOf({ machine: 'lifecycle', input: undefined })).toBeUndefined();
	});
});
