import { describe, expect, it } from 'vitest';
import { MAX_PASSES, planLiveMigration, quickMigrationDowntime } from './precopy';

describe('Live Migration pre-copy', () => {
	it('sends the whole memory first, then ever smaller dirty sets, and pauses only for the rest', () => {
		// 4 GB over about 1 Gbit/s (~110 MB/s), dirtying 20 MB/s.
		const plan = planLiveMigration({ memoryMb: 4096, dirtyMbPerSecond: 20, linkMbPerSecond: 110 });
		expect(plan.passes[0]).toBe(4096);
		for (let i = 1; i < plan.passes.length; i++)
			expect(plan.passes[i]!).toBeLessThan(plan.passes[i - 1]!);
		expect(plan.converged).toBe(true);
		expect(plan.blackoutSeconds).toBeLessThan(1);
		expect(plan.totalSeconds).toBeGreaterThan(4096 / 110);
	});

	it('stops after 10 passes when the VM dirties memory as fast as the link sends it', () => {
		const plan = planLiveMigration({ memoryMb: 2048, dirtyMbPerSecond: 200, linkMbPerSecond: 110 });
		expect(plan.passes).toHaveLength(MAX_PASSES);
		expect(plan.converged).toBe(false);
		expect(plan.blackoutSeconds).toBeGreaterThan(10);
	});

	it('refuses rates that make no sense, rather than answering NaN', () => {
		expect(() =>
			planLiveMigration({ memoryMb: -1, dirtyMbPerSecond: 1, linkMbPerSecond: 1 })
		).toThrow(/memoryMb/);
		expect(() =>
			planLiveMigration({ memoryMb: 1, dirtyMbPerSecond: 1, linkMbPerSecond: 0 })
		).toThrow(/link/);
		expect(() =>
			planLiveMigration({ memoryMb: NaN, dirtyMbPerSecond: 1, linkMbPerSecond: 1 })
		).toThrow();
	});
});

describe('Quick Migration downtime', () => {
	it('grows with memory: save and restore it all, plus the disk move', () => {
		const oneGb = quickMigrationDowntime({
			memoryMb: 1024,
			storageMbPerSecond: 100,
			diskMoveSeconds: 5
		});
		const fourGb = quickMigrationDowntime({
			memoryMb: 4096,
			storageMbPerSecond: 100,
			diskMoveSeconds: 5
		});
		expect(oneGb).toBeCloseTo(25.48, 1);
		expect(fourGb).toBeGreaterThan(3 * oneGb);
		// Far from the 2008 article's "about 4 seconds for 1 GB" at ordinary storage speeds.
		expect(oneGb).toBeGreaterThan(4);
	});
});
