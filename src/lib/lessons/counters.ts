/**
 * The counters a lesson shows, read from the machine snapshot's context: every number a machine counts that
 * has a label here. A machine that does not count something simply does not show it; nothing is kept per step.
 * Bookkeeping numbers (loop positions, planned totals) have no label and stay hidden.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { m } from '$lib/paraglide/messages';
import { sizingRules, type SizingRule } from '$lib/model/sizing/memory';

export const counterLabel = {
	vmExits: m.counter_vm_exits,
	hypercalls: m.counter_hypercalls,
	guestHypercalls: m.counter_guest_hypercalls,
	rootHypercalls: m.counter_root_hypercalls,
	vmwpTrips: m.counter_vmwp_trips,
	ringWrites: m.counter_ring_writes,
	interrupts: m.counter_interrupts,
	interceptMessages: m.counter_intercept_messages,
	signals: m.counter_signals,
	quietWrites: m.counter_quiet_writes,
	outRing: m.counter_out_ring,
	inRing: m.counter_in_ring,
	controlMessages: m.counter_control_messages,
	cpuidExits: m.counter_cpuid_exits,
	msrWrites: m.counter_msr_writes,
	repsCompleted: m.counter_reps_completed,
	decodedAccesses: m.counter_decoded_accesses,
	interruptedVps: m.counter_interrupted_vps,
	wastedSlices: m.counter_wasted_slices,
	falseAlarms: m.counter_false_alarms,
	partitions: m.counter_partitions,
	workerProcesses: m.counter_worker_processes,
	snapshots: m.counter_snapshots,
	unmerged: m.counter_unmerged,
	fileIos: m.counter_file_ios,
	parentReads: m.counter_parent_reads,
	allocations: m.counter_allocations,
	passesDone: m.counter_passes_done,
	started: m.counter_started,
	refused: m.counter_refused,
	crossings: m.counter_crossings,
	reservedMb: m.counter_reserved_mb,
	freeMb: m.counter_free_mb
} satisfies Record<string, () => string>;

export type CounterKey = keyof typeof counterLabel;

/** What each counter counts, in one line: shown on hover and focus beside the number, and in the glossary. */
export const counterDefinition: Record<CounterKey, () => string> = {
	vmExits: m.counter_def_vm_exits,
	hypercalls: m.counter_def_hypercalls,
	guestHypercalls: m.counter_def_guest_hypercalls,
	rootHypercalls: m.counter_def_root_hypercalls,
	vmwpTrips: m.counter_def_vmwp_trips,
	ringWrites: m.counter_def_ring_writes,
	interrupts: m.counter_def_interrupts,
	interceptMessages: m.counter_def_intercept_messages,
	signals: m.counter_def_signals,
	quietWrites: m.counter_def_quiet_writes,
	outRing: m.counter_def_out_ring,
	inRing: m.counter_def_in_ring,
	controlMessages: m.counter_def_control_messages,
	cpuidExits: m.counter_def_cpuid_exits,
	msrWrites: m.counter_def_msr_writes,
	repsCompleted: m.counter_def_reps_completed,
	decodedAccesses: m.counter_def_decoded_accesses,
	interruptedVps: m.counter_def_interrupted_vps,
	wastedSlices: m.counter_def_wasted_slices,
	falseAlarms: m.counter_def_false_alarms,
	partitions: m.counter_def_partitions,
	workerProcesses: m.counter_def_worker_processes,
	snapshots: m.counter_def_snapshots,
	unmerged: m.counter_def_unmerged,
	fileIos: m.counter_def_file_ios,
	parentReads: m.counter_def_parent_reads,
	allocations: m.counter_def_allocations,
	passesDone: m.counter_def_passes_done,
	started: m.counter_def_started,
	refused: m.counter_def_refused,
	crossings: m.counter_def_crossings,
	reservedMb: m.counter_def_reserved_mb,
	freeMb: m.counter_def_free_mb
};

/** The order counters are listed in. */
export const counterKeys = Object.keys(counterLabel) as CounterKey[];

export interface Counter {
	key: CounterKey;
	value: number;
	/** The sizing rule the number is counted by, where the machine counts by one (the memory a host has left). */
	by?: SizingRule;
}

/** The counters whose numbers depend on the sizing rule the run plays: the same VMs fit or not by each. */
const byRule: readonly CounterKey[] = ['reservedMb', 'freeMb', 'refused'];

/** Under a counter that counts by a sizing rule: which one, so two runs side by side are told apart. */
export const counterRule: Record<SizingRule, () => string> = {
	article2008: m.counter_by_article,
	planning: m.counter_by_planning
};

export function countersOf(snapshot: AnyMachineSnapshot): Counter[] {
	const context = (snapshot.context ?? {}) as Record<string, unknown>;
	const rule = sizingRules.find((r) => r === context.rule);
	return counterKeys
		.filter((key) => typeof context[key] === 'number')
		.map((key) => ({
			key,
			value: context[key] as number,
			...(rule && byRule.includes(key) ? { by: rule } : {})
		}));
}
