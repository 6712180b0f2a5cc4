/**
 * Quick Migration beside Live Migration for one VM (facts §8), from numbers a person types in: how long each
 * keeps the VM from running. Quick (WS2008, §8.1): save + disk move + restore, all with the VM paused. Live
 * (2008 R2, §8.2): pre-copy passes while the VM runs, at most 10, then a blackout for what is left. Both come
 * from `precopy.ts`; this checks the inputs and sets the answers side by side. Every figure is an estimate.
 */
import { checkAll, type Checked, type InputRange } from '../checked';
import { vmLimits } from '../sizing/memory';
import {
	planLiveMigration,
	planQuickMigration,
	type LiveMigrationPlan,
	type QuickMigrationPlan
} from './precopy';

export type MigrationField =
	'memoryMb' | 'dirtyMbPerSecond' | 'linkMbPerSecond' | 'storageMbPerSecond' | 'diskMoveSeconds';

/**
 * A sanity bound on every rate, in MB/s: 100 GB/s is far beyond what a 2008-era network, disk array or memory
 * bus moves. It is this calculator's bound, not a Hyper-V limit.
 */
export const MAX_RATE_MB_PER_SECOND = 100_000;
/** A sanity bound on the disk move, in seconds: an hour. Also the calculator's own, not a Hyper-V limit. */
export const MAX_DISK_MOVE_SECONDS = 3600;

export const migrationRanges: Record<MigrationField, InputRange> = {
	// A WS2008 VM has at most 64 GB (S10).
	memoryMb: { min: 1, max: vmLimits.memoryMb.ws2008.value },
	// A VM that writes nothing is a fine case: one pass and no blackout for memory.
	dirtyMbPerSecond: { min: 0, max: MAX_RATE_MB_PER_SECOND },
	linkMbPerSecond: { min: 0, aboveMin: true, max: MAX_RATE_MB_PER_SECOND },
	storageMbPerSecond: { min: 0, aboveMin: true, max: MAX_RATE_MB_PER_SECOND },
	diskMoveSeconds: { min: 0, max: MAX_DISK_MOVE_SECONDS }
};

export type MigrationInputs = Record<MigrationField, unknown>;

export interface MigrationComparison {
	quick: QuickMigrationPlan;
	live: LiveMigrationPlan;
	/** How many times longer Quick Migration's downtime is than Live Migration's blackout; null for no blackout. */
	ratio: number | null;
	/** Always true: the model takes the rates as given and leaves out everything but memory (precopy.ts). */
	estimate: true;
}

/** Both migrations for one VM, or which input cannot be used. Never NaN, never a throw. */
export function compareMigrations(
	inputs: MigrationInputs
): Checked<MigrationComparison, MigrationField> {
	const checked = checkAll(inputs, migrationRanges);
	if (!checked.ok) return checked;
	const { memoryMb, dirtyMbPerSecond, linkMbPerSecond, storageMbPerSecond, diskMoveSeconds } =
		checked.value;
	const quick = planQuickMigration({ memoryMb, storageMbPerSecond, diskMoveSeconds });
	const live = planLiveMigration({ memoryMb, dirtyMbPerSecond, linkMbPerSecond });
	return {
		ok: true,
		value: {
			quick,
			live,
			ratio: live.blackoutSeconds > 0 ? quick.downtimeSeconds / live.blackoutSeconds : null,
			estimate: true
		}
	};
}
