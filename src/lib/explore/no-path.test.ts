import { describe, expect, it } from 'vitest';
import { play } from './compare';
import { allConfigs, runOf } from './config';
import { hasPath, noPathOf, workingAlternative } from './no-path';
import { noPathReasons } from './no-path-reasons';

describe('a configuration the model cannot play', () => {
	it('is an unenlightened guest given a SCSI disk, which only the integration components can drive', () => {
		const scsi = play(
			runOf({ guest: 'unenlightened', device: 'storage', controller: 'scsi', ics: false })
		);
		expect(noPathOf(scsi)).toMatchObject({
			endState: 'diskRead.noDisk',
			hop: { node: 'legacy-kernel' }
		});
		// The same guest reads its IDE disk, on the emulated path.
		expect(
			hasPath({ guest: 'unenlightened', device: 'storage', controller: 'ide', ics: false })
		).toBe(true);
		expect(
			noPathOf(play(runOf({ guest: 'windows', device: 'storage', controller: 'scsi', ics: true })))
		).toBeUndefined();
	});

	it('is found by playing every configuration, and each has an explanation and one that works', () => {
		const without = allConfigs.filter((c) => !hasPath(c));
		expect(without.map((c) => `${c.guest}.${c.device}.${c.controller}.${c.ics}`)).toEqual([
			'unenlightened.storage.scsi.false',
			'windows.storage.scsi.false',
			'linux.storage.scsi.false',
			'xen-linux.storage.scsi.false'
		]);
		for (const config of without) {
			const why = noPathOf(play(runOf(config)))!;
			expect(Object.keys(noPathReasons), why.endState).toContain(why.endState);
			const alternative = workingAlternative(config);
			expect(alternative && hasPath(alternative), JSON.stringify(config)).toBe(true);
		}
	});

	it('offers the nearest fix: integration components for a guest that can have them, else IDE', () => {
		expect(
			workingAlternative({ guest: 'windows', device: 'storage', controller: 'scsi', ics: false })
		).toEqual({ guest: 'windows', device: 'storage', controller: 'scsi', ics: true });
		expect(
			workingAlternative({
				guest: 'unenlightened',
				device: 'storage',
				controller: 'scsi',
				ics: false
			})
		).toEqual({ guest: 'unenlightened', device: 'storage', controller: 'ide', ics: false });
	});
});
