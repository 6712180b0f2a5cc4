import { describe, expect, it } from 'vitest';
import { isSourceKey } from '$lib/architecture/sources';
import {
	compareRules,
	hostLimits,
	inputRanges,
	sizeHost,
	vmLimits,
	vmOverheadMb,
	type Limit,
	type Sized
} from './memory';

const value = <T>(result: Sized<T>): T => {
	if (!result.ok) throw new Error(`expected a result, got ${JSON.stringify(result)}`);
	return result.value;
};

describe('per-VM overhead', () => {
	it('is a flat 32 MB in the 2008 article, whatever the VM', () => {
		for (const vmMb of [256, 1024, 4096, 65536]) {
			expect(value(vmOverheadMb(vmMb, 'article2008'))).toBe(32);
		}
	});

	it('is 32 MB for the first GB plus 8 MB per further GB by the planning rule (facts §10.3)', () => {
		// The fact sheet's own example: a 4 GB VM costs 32 + 3 × 8 = 56 MB.
		expect(value(vmOverheadMb(4096, 'planning'))).toBe(56);
		// The article's 256 MB example: both rules give 32 MB.
		expect(value(vmOverheadMb(256, 'planning'))).toBe(32);
		expect(value(vmOverheadMb(1024, 'planning'))).toBe(32);
		// A started GB counts as a whole one (our reading): 1.5 GB and 1 GB + 1 MB both cost 40 MB.
		expect(value(vmOverheadMb(1536, 'planning'))).toBe(40);
		expect(value(vmOverheadMb(1025, 'planning'))).toBe(40);
		expect(value(vmOverheadMb(2048, 'planning'))).toBe(40);
		// The largest WS2008 VM, 64 GB: 32 + 63 × 8.
		expect(value(vmOverheadMb(65536, 'planning'))).toBe(536);
	});
});

describe('host sizing', () => {
	it("reproduces the 2008 article's example: 512 + (256 + 32) = 800 MB", () => {
		const sizing = value(sizeHost({ hostMb: 800, vms: [256], rule: 'article2008' }));
		expect(sizing).toMatchObject({
			rootMb: 512,
			vmRamMb: 256,
			overheadMb: 32,
			neededMb: 800,
			spareMb: 0,
			fits: true,
			startable: 1,
			estimate: false
		});
	});

	it('gives the same 800 MB by the planning rule with the same 512 MB root, but 2336 MB with a 2 GB root', () => {
		expect(
			value(sizeHost({ hostMb: 800, vms: [256], rule: 'planning', rootMb: 512 })).neededMb
		).toBe(800);
		const realistic = value(sizeHost({ hostMb: 800, vms: [256], rule: 'planning' }));
		expect(realistic).toMatchObject({
			rootMb: 2048,
			neededMb: 2336,
			spareMb: -1536,
			fits: false,
			startable: 0,
			estimate: true
		});
	});

	it('fits three 2 GB VMs on 8 GB by the article, only two by the planning rule', () => {
		// Article: 512 + 3 × (2048 + 32) = 6752 MB.
		const article = value(sizeHost({ hostMb: 8192, vms: [2048, 2048, 2048], rule: 'article2008' }));
		expect(article).toMatchObject({ neededMb: 6752, spareMb: 1440, fits: true, startable: 3 });
		// Planning: 2048 + 3 × (2048 + 40) = 8312 MB; after two VMs 1968 MB are left, the third needs 2088.
		const planning = value(sizeHost({ hostMb: 8192, vms: [2048, 2048, 2048], rule: 'planning' }));
		expect(planning).toMatchObject({ neededMb: 8312, spareMb: -120, fits: false, startable: 2 });
	});

	it('starts VMs in order and stops at the first that does not fit, as a host does', () => {
		// 4096 MB free after the 2008 root: the 4 GB VM fits only first; once it is refused, nothing after it starts.
		const sizing = value(sizeHost({ hostMb: 4608, vms: [1024, 4096, 256], rule: 'article2008' }));
		expect(sizing.startable).toBe(1);
	});
});

describe('the two rules side by side', () => {
	it('asks 1584 MB more for six 2 GB VMs on a 16 GB host under the planning rule', () => {
		const c = value(compareRules({ hostMb: 16384, vmCount: 6, vmMb: 2048 }));
		// 512 + 12288 + 6 × 32 against 2048 + 12288 + 6 × 40.
		expect(c.article2008.neededMb).toBe(12992);
		expect(c.planning.neededMb).toBe(14576);
		expect(c.differenceMb).toBe(1584);
		expect(c.article2008.spareMb).toBe(3392);
		expect(c.planning.spareMb).toBe(1808);
		// 15872 / 2080 → 7 VMs; 14336 / 2088 → 6 VMs.
		expect(c.mostVms).toEqual({ article2008: 7, planning: 6 });
	});

	it('answers for no VMs at all: only the root reserves differ', () => {
		const c = value(compareRules({ hostMb: 4096, vmCount: 0, vmMb: 1024 }));
		expect(c.differenceMb).toBe(2048 - 512);
	});

	it('says a host smaller than the root reserve fits nothing, rather than failing', () => {
		const c = value(compareRules({ hostMb: 1024, vmCount: 1, vmMb: 256 }));
		expect(c.article2008.fits).toBe(true);
		expect(c.planning.fits).toBe(false);
		expect(c.mostVms.planning).toBe(0);
	});

	it('never counts more VMs than a WS2008 host may run', () => {
		const c = value(compareRules({ hostMb: 1024 * 1024, vmCount: 1, vmMb: 1 }));
		expect(c.mostVms.article2008).toBe(hostLimits.runningVms.ws2008Kb956710.value);
	});
});

describe('input that cannot be sized', () => {
	const sized = (hostMb: unknown, vmCount: unknown, vmMb: unknown) =>
		compareRules({ hostMb, vmCount, vmMb });

	it('says which input is wrong and how, never NaN', () => {
		expect(sized(NaN, 1, 1024)).toMatchObject({
			ok: false,
			field: 'hostMb',
			problem: 'not-a-number'
		});
		expect(sized(null, 1, 1024)).toMatchObject({
			ok: false,
			field: 'hostMb',
			problem: 'not-a-number'
		});
		expect(sized('8192', 1, 1024)).toMatchObject({ ok: false, problem: 'not-a-number' });
		expect(sized(8192, -1, 1024)).toMatchObject({
			ok: false,
			field: 'vmCount',
			problem: 'too-small'
		});
		expect(sized(8192, 2.5, 1024)).toMatchObject({
			ok: false,
			field: 'vmCount',
			problem: 'not-whole'
		});
		expect(sized(8192, 1, 0)).toMatchObject({
			ok: false,
			field: 'vmMb',
			problem: 'too-small',
			min: 1
		});
		expect(sized(8192, 1, -512)).toMatchObject({ ok: false, field: 'vmMb', problem: 'too-small' });
		expect(vmOverheadMb(undefined, 'planning')).toMatchObject({
			ok: false,
			problem: 'not-a-number'
		});
	});

	it('refuses what no WS2008 host or VM can be, with the limit', () => {
		// The 2008 article's "2 TB" host is above the supported 1 TB.
		expect(sized(2 * 1024 * 1024, 1, 1024)).toMatchObject({
			field: 'hostMb',
			problem: 'too-large',
			max: 1024 * 1024
		});
		expect(sized(Infinity, 1, 1024)).toMatchObject({ field: 'hostMb', problem: 'too-large' });
		expect(sized(8192, 1, 65 * 1024)).toMatchObject({
			field: 'vmMb',
			problem: 'too-large',
			max: 65536
		});
		expect(sized(8192, 1000, 1024)).toMatchObject({
			field: 'vmCount',
			problem: 'too-large',
			max: 192
		});
		expect(sizeHost({ hostMb: 8192, vms: [1024], rule: 'planning', rootMb: -1 })).toMatchObject({
			field: 'rootMb',
			problem: 'too-small'
		});
	});

	it('gives finite numbers for every input it accepts', () => {
		const hosts = [1, 511, 800, 8192, 1024 * 1024];
		const sizes = [1, 0.5 + 1, 1023.9, 1024, 1025, 65536];
		for (const hostMb of hosts) {
			for (const vmMb of sizes) {
				for (const vmCount of [0, 1, 7, inputRanges.vmCount.max]) {
					const c = value(compareRules({ hostMb, vmCount, vmMb }));
					const numbers = [
						c.differenceMb,
						...Object.values(c.mostVms),
						...[c.article2008, c.planning].flatMap((s) => [
							s.neededMb,
							s.spareMb,
							s.overheadMb,
							s.startable
						])
					];
					for (const n of numbers)
						expect(Number.isFinite(n), `${hostMb}/${vmCount}/${vmMb}`).toBe(true);
				}
			}
		}
	});
});

describe('limits (facts §10.1, §10.2)', () => {
	const all: [string, Limit][] = [...Object.entries(hostLimits), ...Object.entries(vmLimits)];

	it('cite real sources, and mark the [M] figures as estimates', () => {
		for (const [name, limit] of all) {
			for (const figure of [limit.ws2008, limit.ws2008Kb956710, limit.r2, limit.article2008]) {
				if (!figure) continue;
				expect(figure.sources.length, name).toBeGreaterThan(0);
				for (const key of figure.sources) expect(isSourceKey(key), `${name}: ${key}`).toBe(true);
			}
		}
		expect(hostLimits.memoryMb.ws2008.estimate).toBe(true);
		expect(hostLimits.logicalProcessors.ws2008Kb956710.estimate).toBe(true);
		expect(hostLimits.logicalProcessors.ws2008.estimate).toBe(false);
		expect(vmLimits.memoryMb.ws2008.estimate).toBe(false);
		expect(vmLimits.syntheticNetworkAdapters.ws2008.estimate).toBe(true);
	});

	it('add up', () => {
		expect(
			vmLimits.syntheticNetworkAdapters.ws2008.value + vmLimits.legacyNetworkAdapters.ws2008.value
		).toBe(vmLimits.networkAdapters.ws2008.value);
		expect(
			vmLimits.scsiControllers.ws2008.value * vmLimits.scsiDisksPerController.ws2008.value
		).toBe(vmLimits.scsiDisks.ws2008.value);
		expect(
			vmLimits.ideControllers.ws2008.value * vmLimits.ideDevicesPerController.ws2008.value
		).toBe(vmLimits.ideDisks.ws2008.value);
		expect(vmLimits.ideDisks.ws2008.value + vmLimits.scsiDisks.ws2008.value).toBe(
			vmLimits.disks.ws2008.value
		);
		// R2's 64 logical processors were announced as four times the first release's.
		expect(hostLimits.logicalProcessors.r2.value).toBe(
			4 * hostLimits.logicalProcessors.ws2008.value
		);
	});

	it('keep what the 2008 article got wrong apart from what was true', () => {
		expect(vmLimits.networkAdapters.article2008.value).toBe(4);
		expect(vmLimits.networkAdapters.ws2008.value).toBe(12);
		expect(hostLimits.memoryMb.article2008.value).toBe(2 * hostLimits.memoryMb.ws2008.value);
		expect(vmLimits.snapshots.article2008.value).toBe(10);
		expect(vmLimits.scsiDisksPerController.article2008.value).toBe(255);
	});
});
