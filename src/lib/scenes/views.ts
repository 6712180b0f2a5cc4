/**
 * What a drawn scene shows besides the request's place, read off the machine's snapshot: which node runs the VM,
 * who owns the storage, how much memory the next pre-copy pass sends; how long the disk chain is, whether the
 * block has a BAT entry and the sector its bitmap bit. Computed at build time into the lesson's frames, so the
 * page draws numbers the model produced and keeps nothing of its own.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { MigrationContext, MigrationPhase } from '$lib/model/migration/migration.machine';
import type { DiskKind, VhdIoContext } from '$lib/model/vhdIo/vhdIo.machine';
import type { LifecycleContext } from '$lib/model/lifecycle/lifecycle.machine';
import type { MachineId } from '$lib/model/machine-ids';
import type { HostMemoryContext } from '$lib/model/hostMemory/hostMemory.machine';
import { rootReserveMb, vmOverheadMb, type SizingRule } from '$lib/model/sizing/memory';
import type { HostBootContext, Requirement } from '$lib/model/hostBoot/hostBoot.machine';
import { hopOf } from '$lib/model/hop';
import { playToEnd } from '$lib/model/run';
import {
	designReadMachine,
	designs,
	type Design,
	type DesignReadContext
} from '$lib/model/designRead/designRead.machine';
import { bootChildStages, bootHostStages, type BootComponentId, type DrawnSceneId } from './ids';

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
	| 'passThrough'
	| 'ramTaken'
	| 'overheadDeposited'
	| 'refused'
	| 'vmRuns'
	| 'noX64'
	| 'noLaunch'
	| 'takeMemory'
	| 'versionResponse'
	| 'allOffers';

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

/** Where one VM is in its start, on one rule's bar: asking for memory, its RAM taken, running, or refused. */
export type MemoryVmState = 'asking' | 'ram' | 'running' | 'refused';

export interface MemoryVm {
	ramMb: number;
	overheadMb: number;
	state: MemoryVmState;
}

/** The host's memory by one sizing rule: the root's reserve, the VMs started so far, what is left. */
export interface MemoryBar {
	rule: SizingRule;
	/** The rule the machine runs; the other bar is the same starts by the other rule, worked out beside it. */
	run: boolean;
	hostMb: number;
	rootMb: number;
	vms: MemoryVm[];
	freeMb: number;
}

export interface MemoryView {
	scene: 'memory';
	/** The planning rule's bar first, the 2008 article's second. */
	bars: MemoryBar[];
	event?: SceneEvent;
}

export interface BootView {
	scene: 'boot';
	/** The lane the request is on: the host's boot, or a child's. */
	lane: 'host' | 'child';
	/** The stage reached on that lane, counted from 0. */
	reached: number;
	/** The requirement the host's boot stopped on. */
	missing?: Requirement;
	event?: SceneEvent;
	/** What happened in place, as the processor names it (`CPUID 0x40000001`): technical, not translated. */
	act?: string;
}

/** One design's read, played by the machine from the guest to the disk. */
export interface DesignTotals {
	/** Protection boundaries crossed: a guest into the hypervisor, the hypervisor into another partition. */
	crossings: number;
	/** Places the request passes through, the guest and the disk included. */
	hops: number;
	/** Where the disk driver runs: in the hypervisor itself, or in a partition of its own. */
	driverIn: 'hypervisor' | 'partition';
}

export interface DesignsView {
	scene: 'designs';
	/** The design the request is travelling in now. */
	design: Design;
	/** Boundaries it has crossed so far in that design. */
	crossings: number;
	/** Every design's whole read, for the totals under each column. */
	totals: Record<Design, DesignTotals>;
	/** The read has reached the disk. */
	arrived: boolean;
	/** Nothing happens in place on this scene: every hop is a move. */
	event?: undefined;
}

export type SceneView = ClusterView | VhdView | MemoryView | BootView | DesignsView;

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
	// The LUN's new owner shows from the step that moves it (the token at the storage), as the narration says.
	const lunOwner = ['moving', 'restoring', 'migrated'].includes(state) ? 'b' : 'a';
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

const overhead = (ramMb: number, rule: SizingRule) => {
	const result = vmOverheadMb(ramMb, rule);
	return result.ok ? result.value : 0;
};

/** Where the machine's next VM is in its start, by its state. */
const startStage: Record<string, MemoryVmState | undefined> = {
	requested: 'asking',
	worker: 'asking',
	allocated: 'ram',
	deposited: 'running',
	refused: 'refused'
};

function memoryView(snapshot: AnyMachineSnapshot): MemoryView {
	const context = snapshot.context as HostMemoryContext;
	const state = stateOf(snapshot);
	const stage = startStage[state];
	const reached = context.vms.slice(0, context.started + (stage ? 1 : 0));
	// The machine's own rule, read straight off its context: what it took is what the bar fills.
	const vms: MemoryVm[] = reached.map((ramMb, i) => ({
		ramMb,
		overheadMb: overhead(ramMb, context.rule),
		state: i < context.started ? 'running' : stage!
	}));
	const taken = vms.reduce(
		(sum, vm) =>
			sum + (vm.state === 'running' ? vm.ramMb + vm.overheadMb : vm.state === 'ram' ? vm.ramMb : 0),
		0
	);
	const hostMb = context.reservedMb + context.freeMb;
	const run: MemoryBar = {
		rule: context.rule,
		run: true,
		hostMb,
		rootMb: context.reservedMb - taken,
		vms,
		freeMb: context.freeMb
	};
	// The other rule on the same host and the same starts: each VM fits or is refused by that rule's sum.
	const rule: SizingRule = context.rule === 'planning' ? 'article2008' : 'planning';
	const rootMb = rootReserveMb(rule);
	let freeMb = hostMb - rootMb;
	const other: MemoryVm[] = [];
	for (const [i, vm] of vms.entries()) {
		const overheadMb = overhead(vm.ramMb, rule);
		const decided = vm.state !== 'asking';
		if (decided && vm.ramMb + overheadMb > freeMb) {
			other.push({ ramMb: vm.ramMb, overheadMb, state: 'refused' });
			break;
		}
		const state = i < context.started ? 'running' : vm.state === 'refused' ? 'running' : vm.state;
		freeMb -= state === 'running' ? vm.ramMb + overheadMb : state === 'ram' ? vm.ramMb : 0;
		other.push({ ramMb: vm.ramMb, overheadMb, state });
	}
	const otherBar: MemoryBar = { rule, run: false, hostMb, rootMb, vms: other, freeMb };
	const event: Record<string, SceneEvent> = {
		allocated: 'ramTaken',
		deposited: 'overheadDeposited',
		refused: 'refused',
		...(context.started > 0 ? { ready: 'vmRuns' as const, completed: 'vmRuns' as const } : {})
	};
	return {
		scene: 'memory',
		bars: context.rule === 'planning' ? [run, otherBar] : [otherBar, run],
		...(event[state] ? { event: event[state] } : {})
	};
}

/** The innermost state of a snapshot's value. */
const leafOf = (value: AnyMachineSnapshot['value']): string =>
	typeof value === 'string' ? value : leafOf(Object.values(value)[0]!);

function bootView(machine: MachineId, snapshot: AnyMachineSnapshot): BootView {
	const hop = hopOf(snapshot);
	const place = hop?.places?.boot;
	const lane = machine === 'hostBoot' ? 'host' : 'child';
	const stages: readonly BootComponentId[] = lane === 'host' ? bootHostStages : bootChildStages;
	const leaf = leafOf(snapshot.value);
	const missing = machine === 'hostBoot' ? (snapshot.context as HostBootContext).missing : null;
	// What happens at a stage the request stays on (the machines' leaf states of that name).
	const event: Record<string, SceneEvent> = {
		noX64: 'noX64',
		noVt: 'noLaunch',
		noDep: 'noLaunch',
		memory: 'takeMemory',
		connected: 'versionResponse',
		offered: 'allOffers'
	};
	const happened = event[leaf];
	return {
		scene: 'boot',
		lane,
		reached: Math.max(place ? stages.indexOf(place) : 0, 0),
		...(missing ? { missing } : {}),
		...(happened ? { event: happened } : {}),
		...(hop?.act ? { act: hop.act } : {})
	};
}

/** Each design's read played to its end by the same machine: the numbers under the columns. */
const designTotals = Object.fromEntries(
	designs.map((design) => {
		const played = playToEnd(designReadMachine, { design });
		// The hop at the design's driver box: its privilege says whether the hypervisor runs the driver.
		const driver = played.path.find((hop) => hop.places?.designs?.endsWith('-driver'));
		return [
			design,
			{
				crossings: (played.snapshot.context as DesignReadContext).crossings,
				hops: played.path.length,
				driverIn: driver?.privilege === 'hypervisor' ? 'hypervisor' : 'partition'
			}
		];
	})
) as Record<Design, DesignTotals>;

function designsView(snapshot: AnyMachineSnapshot): DesignsView {
	const context = snapshot.context as DesignReadContext;
	return {
		scene: 'designs',
		design: context.design,
		crossings: context.crossings,
		totals: designTotals,
		arrived: snapshot.hasTag('completed')
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
	if (scene === 'memory') {
		if (machine !== 'hostMemory')
			throw new Error(`The memory scene shows hostMemory, not ${machine}`);
		return memoryView(snapshot);
	}
	if (scene === 'designs') {
		if (machine !== 'designRead')
			throw new Error(`The designs scene shows designRead, not ${machine}`);
		return designsView(snapshot);
	}
	if (scene === 'boot') {
		if (machine !== 'hostBoot' && machine !== 'boot')
			throw new Error(`The boot scene shows hostBoot and boot, not ${machine}`);
		return bootView(machine, snapshot);
	}
	if (machine !== 'vhdIo' && machine !== 'lifecycle')
		throw new Error(`The virtual-disk scene shows vhdIo and lifecycle, not ${machine}`);
	return vhdView(machine, snapshot);
}
