/**
 * What a drawn scene shows besides the request's place, read off the machine's snapshot: which node runs the VM,
 * who owns the storage, how much memory the next pre-copy pass sends; how long the disk chain is, whether the
 * block has a BAT entry and the sector its bitmap bit. Computed at build time into the lesson's frames, so the
 * page draws numbers the model produced and keeps nothing of its own.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { MigrationContext, MigrationPhase } from '$lib/model/migration/migration.machine';
import type { DiskKind, VhdIoContext } from '$lib/model/storage/vhdIo.machine';
import type { LifecycleContext } from '$lib/model/partition/lifecycle.machine';
import type { MachineId } from '$lib/model/machine-ids';
import type { DrawnSceneId } from './ids';

/** What a VM on one node is doing. */
export type VmStatus = 'none' | 'running' | 'paused' | 'empty' | 'receiving';

/** A short label of what happened at the place itself, when the request does not move (see the scene texts). */
export type SceneEvent =
	| 'pass'
	| 'blackout'
	| 'arp'
	| 'lunMove'
	| 'csvHandover'
	| 'zeros'
	| 'bitmapSet'
	| 'allocate'
	| 'snapshot'
	| 'deleted'
	| 'merge'
	| 'passThrough';

export interface ClusterView {
	scene: 'cluster';
	kind: 'quick' | 'live';
	vm: { a: VmStatus; b: VmStatus };
	/** The LUN (2008, one owner at a time) or a Cluster Shared Volume (R2, every node reads and writes it). */
	storage: { kind: 'lun' | 'csv'; owner: 'a' | 'b' | 'both' };
	memoryMb: number;
	/** Memory still to send: the pass now on the wire, or what the blackout sends (live only). */
	toSendMb?: number;
	passesDone: number;
	phases: MigrationPhase[];
	/** Phases finished so far; the one at this index is under way. */
	phaseNow: number;
	event?: SceneEvent;
}

export interface VhdView {
	scene: 'vhd';
	disk: DiskKind;
	/** .avhd files in the chain on top of the parent. */
	chain: number;
	/** Of those, the files of deleted snapshots still waiting to be merged into their parent. */
	unmerged: number;
	/** A deleted snapshot's file has just been merged: its blocks folded into its parent. */
	merged: boolean;
	op?: 'read' | 'write';
	/** The block's BAT entry points into the file (not 0xFFFFFFFF). */
	batEntry: boolean;
	/** The sector's bit in the block's bitmap: the newest file holds the sector. */
	bitSet: boolean;
	/** A block was appended by this request. */
	appended: boolean;
	/** The request went on to the parent. */
	toParent: boolean;
	event?: SceneEvent;
}

export type SceneView = ClusterView | VhdView;

const stateOf = (snapshot: AnyMachineSnapshot) =>
	typeof snapshot.value === 'string' ? snapshot.value : Object.keys(snapshot.value)[0]!;

function clusterView(snapshot: AnyMachineSnapshot): ClusterView {
	const context = snapshot.context as MigrationContext;
	const state = stateOf(snapshot);
	const live = context.kind === 'live';
	const passes = context.phases.filter((p) => p.phase === 'pass');
	const vm: Record<string, ClusterView['vm']> = {
		running: { a: 'running', b: 'none' },
		saving: { a: 'paused', b: 'none' },
		moving: { a: 'none', b: 'none' },
		restoring: { a: 'none', b: 'paused' },
		configuration: { a: 'running', b: 'empty' },
		precopy: { a: 'running', b: 'receiving' },
		blackout: { a: 'paused', b: 'receiving' },
		handover: { a: 'paused', b: 'paused' },
		announcing: { a: 'none', b: 'running' },
		migrated: { a: 'none', b: 'running' }
	};
	// Quick: save (0), move (1), restore (2). Live: a phase per pass, then the blackout.
	const phaseNow: Record<string, number> = live
		? {
				// The pass the step tells of: the first while it starts, then the one just sent.
				precopy: Math.max(context.passesDone - 1, 0),
				blackout: passes.length,
				handover: passes.length + 1,
				announcing: passes.length + 1,
				migrated: passes.length + 1
			}
		: { saving: 0, moving: 1, restoring: 2, migrated: 3 };
	const event: Record<string, SceneEvent> = {
		moving: 'lunMove',
		blackout: 'blackout',
		handover: 'csvHandover',
		announcing: 'arp',
		...(context.passesDone > 0 ? { precopy: 'pass' as const } : {})
	};
	const lunOwner = ['restoring', 'migrated'].includes(state) ? 'b' : 'a';
	const toSendMb =
		state === 'precopy'
			? passes[Math.max(context.passesDone - 1, 0)]!.mb
			: state === 'blackout'
				? context.phases.at(-1)!.mb
				: undefined;
	return {
		scene: 'cluster',
		kind: context.kind,
		vm: vm[state] ?? { a: 'running', b: 'none' },
		storage: live ? { kind: 'csv', owner: 'both' } : { kind: 'lun', owner: lunOwner },
		memoryMb: context.memoryMb,
		...(live && toSendMb !== undefined ? { toSendMb } : {}),
		passesDone: context.passesDone,
		phases: context.phases,
		phaseNow: phaseNow[state] ?? 0,
		...(event[state] ? { event: event[state] } : {})
	};
}

function vhdView(machine: MachineId, snapshot: AnyMachineSnapshot): VhdView {
	if (machine === 'lifecycle') {
		// Snapshots taken: each adds a differencing disk on top of the chain; the newest is empty so far. A
		// deleted snapshot's file stays in the chain until it is merged, which shortens the chain by one.
		const { snapshots, unmerged } = snapshot.context as LifecycleContext;
		const chain = snapshots + unmerged;
		const merged = snapshot.matches({ off: 'merged' });
		const event: SceneEvent | undefined = merged
			? 'merge'
			: unmerged > 0
				? 'deleted'
				: chain > 0
					? 'snapshot'
					: undefined;
		return {
			scene: 'vhd',
			disk: chain > 0 ? 'differencing' : 'dynamic',
			chain,
			unmerged,
			merged,
			batEntry: false,
			bitSet: false,
			appended: false,
			toParent: false,
			...(event ? { event } : {})
		};
	}
	const context = snapshot.context as VhdIoContext;
	const state = stateOf(snapshot);
	const event: Record<string, SceneEvent> = {
		zeros: 'zeros',
		allocate: 'allocate',
		claim: 'bitmapSet',
		physical: 'passThrough'
	};
	return {
		scene: 'vhd',
		disk: context.disk,
		chain: context.disk === 'differencing' ? 1 : 0,
		unmerged: 0,
		merged: false,
		op: context.op,
		batEntry: context.blockAllocated,
		bitSet: context.sectorInChild && context.blockAllocated,
		appended: context.allocations > 0,
		toParent: context.parentReads > 0,
		...(event[state] ? { event: event[state] } : {})
	};
}

/** The scene's view of a snapshot of the machine a lesson step runs. */
export function sceneViewOf(
	scene: DrawnSceneId,
	machine: MachineId,
	snapshot: AnyMachineSnapshot
): SceneView {
	if (scene === 'cluster') {
		if (machine !== 'migration')
			throw new Error(`The cluster scene shows migrations, not ${machine}`);
		return clusterView(snapshot);
	}
	if (machine !== 'vhdIo' && machine !== 'lifecycle')
		throw new Error(`The virtual-disk scene shows vhdIo and lifecycle, not ${machine}`);
	return vhdView(machine, snapshot);
}
