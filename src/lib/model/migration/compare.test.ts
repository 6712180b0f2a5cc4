import { describe, expect, it } from 'vitest';
import { compareMigrations, MAX_RATE_MB_PER_SECOND, type MigrationInputs } from './compare';
import { MAX_PASSES, planQuickMigration, quickMigrationDowntime } from './precopy';

const inputs = (over: Partial<MigrationInputs> = {}): MigrationInputs => ({
	memoryMb: 4096,
	dirtyMbPerSecond: 20,
	linkMbPerSecond: 110,
	storageMbPerSecond: 100,
	diskMoveSeconds: 5,
	...over
});

const value = (i: MigrationInputs) => {
	const result = compareMigrations(i);
	if (!result.ok) throw new Error(`expected a result, got ${JSON.stringify(result)}`);
	return result.value;
};

describe('Quick Migration step by step (facts §8.1)', () => {
	it('saves the whole memory, moves the disk, restores the whole memory', () => {
		// 4 GB at 100 MB/s: 40.96 s to save, 5 s to move the LUN, 40.96 s to restore.
		expect(
			planQuickMigration({ memoryMb: 4096, storageMbPerSecond: 100, diskMoveSeconds: 5 })
		).toEqual({
			saveSeconds: 40.96,
			moveSeconds: 5,
			restoreSeconds: 40.96,
			downtimeSeconds: 86.92
		});
		expect(
			quickMigrationDowntime({ memoryMb: 4096, storageMbPerSecond: 100, diskMoveSeconds: 5 })
		).toBe(86.92);
	});
});

describe('Quick beside Live Migration', () => {
	it('works the fact sheet example: 4 GB, 20 MB/s dirtied, ~1 Gbit/s link (110 MB/s), 100 MB/s storage', () => {
		const c = value(inputs());
		expect(c.quick.downtimeSeconds).toBeCloseTo(86.92, 10);
		// Pass 1 sends 4096 MB in 37.24 s, during which 744.73 MB are dirtied; pass 2 sends those in 6.77 s
		// (135.40 MB dirtied); pass 3 sends those in 1.23 s (24.62 MB dirtied), under the 64 MB stop-copy size.
		expect(c.live.passes).toHaveLength(3);
		expect(c.live.passes[1]).toBeCloseTo(744.727, 3);
		expect(c.live.passes[2]).toBeCloseTo(135.405, 3);
		// 4096 × (20/110)³ = 24.619 MB left, sent in a 0.224 s blackout.
		expect(c.live.finalMb).toBeCloseTo(24.619, 3);
		expect(c.live.blackoutSeconds).toBeCloseTo(0.2238, 4);
		expect(c.live.converged).toBe(true);
		// The whole move takes (4096 + 744.73 + 135.40 + 24.62) / 110 = 45.46 s, with the VM running.
		expect(c.live.totalSeconds).toBeCloseTo(45.46, 2);
		expect(c.ratio).toBeCloseTo(388.4, 1);
		expect(c.estimate).toBe(true);
	});

	it('shows pre-copy failing when the VM dirties memory faster than the link sends it', () => {
		// 1 GB, 200 MB/s dirtied, 110 MB/s link: every pass resends all 1024 MB; after 10 passes the VM is paused
		// for 1024 / 110 = 9.31 s. Quick Migration at 100 MB/s with a 5 s move: 2 × 10.24 + 5 = 25.48 s.
		const c = value(inputs({ memoryMb: 1024, dirtyMbPerSecond: 200 }));
		expect(c.live.passes).toHaveLength(MAX_PASSES);
		expect(c.live.converged).toBe(false);
		expect(c.live.blackoutSeconds).toBeCloseTo(9.309, 3);
		expect(c.quick.downtimeSeconds).toBeCloseTo(25.48, 10);
		expect(c.ratio).toBeCloseTo(2.737, 3);
	});

	it('has no blackout for memory when the VM writes nothing, and then no ratio', () => {
		const c = value(inputs({ dirtyMbPerSecond: 0 }));
		expect(c.live.passes).toEqual([4096]);
		expect(c.live.blackoutSeconds).toBe(0);
		expect(c.ratio).toBeNull();
	});

	it('is nowhere near "about 4 seconds for 1 GB" (the 2008 article) at ordinary storage speeds', () => {
		const c = value(inputs({ memoryMb: 1024 }));
		expect(c.quick.downtimeSeconds).toBeCloseTo(25.48, 10);
		// Even with no disk move at all, 4 s would take 2 × 1024 / 4 = 512 MB/s of storage.
		expect(
			value(inputs({ memoryMb: 1024, diskMoveSeconds: 0, storageMbPerSecond: 512 })).quick
				.downtimeSeconds
		).toBe(4);
	});
});

describe('input that cannot be used', () => {
	it('says which input is wrong and how, never NaN', () => {
		expect(compareMigrations(inputs({ memoryMb: undefined }))).toMatchObject({
			ok: false,
			field: 'memoryMb',
			problem: 'not-a-number'
		});
		expect(compareMigrations(inputs({ dirtyMbPerSecond: NaN }))).toMatchObject({
			field: 'dirtyMbPerSecond',
			problem: 'not-a-number'
		});
		expect(compareMigrations(inputs({ dirtyMbPerSecond: -1 }))).toMatchObject({
			field: 'dirtyMbPerSecond',
			problem: 'too-small',
			min: 0,
			aboveMin: false
		});
		expect(compareMigrations(inputs({ linkMbPerSecond: 0 }))).toMatchObject({
			field: 'linkMbPerSecond',
			problem: 'too-small',
			min: 0,
			aboveMin: true
		});
		expect(compareMigrations(inputs({ storageMbPerSecond: 0 }))).toMatchObject({
			field: 'storageMbPerSecond',
			problem: 'too-small'
		});
		expect(compareMigrations(inputs({ diskMoveSeconds: -5 }))).toMatchObject({
			field: 'diskMoveSeconds',
			problem: 'too-small'
		});
	});

	it('refuses what no WS2008 VM or 2008-era hardware can be, with the bound', () => {
		expect(compareMigrations(inputs({ memoryMb: 65537 }))).toMatchObject({
			field: 'memoryMb',
			problem: 'too-large',
			max: 65536
		});
		expect(compareMigrations(inputs({ linkMbPerSecond: Infinity }))).toMatchObject({
			field: 'linkMbPerSecond',
			problem: 'too-large',
			max: MAX_RATE_MB_PER_SECOND
		});
		expect(compareMigrations(inputs({ diskMoveSeconds: 1e9 }))).toMatchObject({
			field: 'diskMoveSeconds',
			problem: 'too-large'
		});
	});

	it('gives finite numbers for every input it accepts, at the edges of each range', () => {
		for (const memoryMb of [1, 4096, 65536])
			for (const dirtyMbPerSecond of [0, 1, 20, MAX_RATE_MB_PER_SECOND])
				for (const linkMbPerSecond of [0.001, 110, MAX_RATE_MB_PER_SECOND])
					for (const storageMbPerSecond of [0.001, MAX_RATE_MB_PER_SECOND]) {
						const c = value(
							inputs({ memoryMb, dirtyMbPerSecond, linkMbPerSecond, storageMbPerSecond })
						);
						const numbers = [
							c.quick.downtimeSeconds,
							c.live.blackoutSeconds,
							c.live.totalSeconds,
							c.live.finalMb,
							...c.live.passes,
							c.ratio ?? 0
						];
						for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
						expect(c.live.passes.length).toBeLessThanOrEqual(MAX_PASSES);
					}
	});
});
