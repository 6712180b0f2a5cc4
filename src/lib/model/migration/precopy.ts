/**
 * The arithmetic of moving a running VM (facts §8). Live Migration (Windows Server 2008 R2) copies memory while
 * the VM runs and re-sends what it dirtied meanwhile, pass after pass, at most 10 passes, then pauses it for a
 * short blackout to send the rest (S19). Quick Migration (2008) pauses first: it saves the whole memory to
 * shared storage, the cluster moves the disk to the other node, and that node restores it (S19).
 *
 * This is a model, not a measurement: it takes the rates as given and ignores compression, page-level detail
 * and the cost of state other than memory, so its numbers are estimates that show how downtime scales.
 */

/** The most pre-copy passes Live Migration makes before it pauses the VM anyway (S19). */
export const MAX_PASSES = 10;

/** What pre-copy leaves for the blackout at most, unless the pass limit cuts it off: our choice, in MB. */
export const STOP_COPY_MB = 64;

export interface LiveMigrationInput {
	/** Memory of the VM, in MB. */
	memoryMb: number;
	/** How fast the running VM dirties memory, in MB/s. */
	dirtyMbPerSecond: number;
	/** Throughput of the migration network, in MB/s. */
	linkMbPerSecond: number;
	/** What is small enough to send with the VM paused, in MB. */
	stopCopyMb?: number;
}

export interface LiveMigrationPlan {
	/** MB sent in each pre-copy pass; the first is the whole memory. */
	passes: number[];
	/** MB left for the blackout, sent with the VM paused. */
	finalMb: number;
	/** Seconds the VM is paused. */
	blackoutSeconds: number;
	/** Seconds from start to the VM running on the target. */
	totalSeconds: number;
	/** Whether the passes shrank to the stop-copy size, or the pass limit cut them off. */
	converged: boolean;
}

export function planLiveMigration({
	memoryMb,
	dirtyMbPerSecond,
	linkMbPerSecond,
	stopCopyMb = STOP_COPY_MB
}: LiveMigrationInput): LiveMigrationPlan {
	for (const [name, v] of Object.entries({
		memoryMb,
		dirtyMbPerSecond,
		linkMbPerSecond,
		stopCopyMb
	})) {
		if (!Number.isFinite(v) || v < 0)
			throw new RangeError(`${name} must be a number of at least 0`);
	}
	if (linkMbPerSecond === 0) throw new RangeError('linkMbPerSecond must be more than 0');
	const passes: number[] = [];
	let toSend = memoryMb;
	let seconds = 0;
	while (passes.length < MAX_PASSES) {
		passes.push(toSend);
		const passSeconds = toSend / linkMbPerSecond;
		seconds += passSeconds;
		// What the VM dirtied while this pass was on the wire; it cannot dirty more than it has.
		toSend = Math.min(memoryMb, dirtyMbPerSecond * passSeconds);
		if (toSend <= stopCopyMb) break;
	}
	const blackoutSeconds = toSend / linkMbPerSecond;
	return {
		passes,
		finalMb: toSend,
		blackoutSeconds,
		totalSeconds: seconds + blackoutSeconds,
		converged: toSend <= stopCopyMb
	};
}

export interface QuickMigrationInput {
	memoryMb: number;
	/** Throughput of the shared storage for saving and restoring, in MB/s. */
	storageMbPerSecond: number;
	/** Seconds for the cluster to move the disk resource to the other node (an estimate to set). */
	diskMoveSeconds: number;
}

export interface QuickMigrationPlan {
	/** Seconds to write the whole memory to the shared disk (step 1, the VM already paused). */
	saveSeconds: number;
	/** Seconds for the cluster to move the disk resource to the other node (step 2). */
	moveSeconds: number;
	/** Seconds for the other node to read the memory back (step 3). */
	restoreSeconds: number;
	/** The VM is paused for all three. */
	downtimeSeconds: number;
}

/** Quick Migration step by step: save all memory, move the disk, restore all memory; the VM is down throughout. */
export function planQuickMigration({
	memoryMb,
	storageMbPerSecond,
	diskMoveSeconds
}: QuickMigrationInput): QuickMigrationPlan {
	if (!(storageMbPerSecond > 0) || !Number.isFinite(storageMbPerSecond))
		throw new RangeError('storageMbPerSecond must be more than 0');
	if (!(memoryMb >= 0) || !(diskMoveSeconds >= 0) || !Number.isFinite(memoryMb + diskMoveSeconds))
		throw new RangeError('sizes and times must be at least 0');
	const saveSeconds = memoryMb / storageMbPerSecond;
	// Restoring reads back what saving wrote, over the same storage.
	const restoreSeconds = saveSeconds;
	return {
		saveSeconds,
		moveSeconds: diskMoveSeconds,
		restoreSeconds,
		downtimeSeconds: saveSeconds + diskMoveSeconds + restoreSeconds
	};
}

/** Quick Migration's downtime: save all memory, move the disk, restore all memory. */
export function quickMigrationDowntime(input: QuickMigrationInput): number {
	return planQuickMigration(input).downtimeSeconds;
}
