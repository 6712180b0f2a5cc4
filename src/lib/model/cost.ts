/**
 * What a path costs, derived from its hops alone: every count here follows from where consecutive hops run
 * (their privilege and partition) plus the work a hop declares. These are cost classes, not the counters a
 * lesson shows: those are counted once, in the machine's context, by the states that cause them (legs.ts).
 *
 * The modelled time multiplies the counts by per-class constants. No source in the fact sheet measures these
 * for 2008 hardware, so they are our illustrative orders of magnitude, chosen only so that comparisons show
 * ratios. Device time (the disk or the wire) is the same on both paths of a comparison and is left out: the
 * modelled time is the CPU overhead of getting the request there and back.
 */
import { getComponent, type PartitionId } from '$lib/architecture/topology';
import type { Hop, Privilege } from './hop';

export const costClasses = [
	'guest-instruction',
	'vm-exit',
	'hypervisor-work',
	'partition-switch',
	'kernel-user',
	'ring-write',
	'data-copy',
	'device-io'
] as const;
export type CostClass = (typeof costClasses)[number];
export type CostTotals = Record<CostClass, number>;

/**
 * Nanoseconds per occurrence of each class, an estimate: a VM exit and entry round trip on VT-x/AMD-V hardware
 * of 2008 took on the order of a thousand or more cycles; a switch of partition adds a context switch; a
 * user/kernel transition a few hundred cycles; a hop of kernel code or hypervisor work is a short routine.
 */
export const nsPerOccurrence: Record<CostClass, number> = {
	'guest-instruction': 200,
	'vm-exit': 1500,
	'hypervisor-work': 300,
	'partition-switch': 1000,
	'kernel-user': 500,
	'ring-write': 100,
	'data-copy': 1000,
	'device-io': 0
};

const isUser = (p: Privilege) => p === 'guest-user' || p === 'root-user';
const inPartition = (p: Privilege) => p !== 'hypervisor' && p !== 'hardware';

/** Which cost classes one hop adds, given the hop before it and the partition that was running. */
export function classesOf(
	previous: Hop | undefined,
	hop: Hop,
	running: PartitionId | undefined
): CostClass[] {
	const classes: CostClass[] = [];
	if (hop.privilege === 'guest-user' || hop.privilege === 'guest-kernel')
		classes.push('guest-instruction');
	if (hop.privilege === 'hypervisor') {
		classes.push('hypervisor-work');
		if (previous && inPartition(previous.privilege)) classes.push('vm-exit');
	}
	if (hop.privilege === 'hardware') classes.push('device-io');
	if (inPartition(hop.privilege) && running && getComponent(hop.node).partition !== running) {
		classes.push('partition-switch');
	}
	if (previous && isUser(previous.privilege) !== isUser(hop.privilege)) classes.push('kernel-user');
	if (hop.work) classes.push(hop.work);
	return classes;
}

/** The totals of a path, class by class. */
export function costOf(path: readonly Hop[]): CostTotals {
	const totals = Object.fromEntries(costClasses.map((c) => [c, 0])) as CostTotals;
	let running: PartitionId | undefined;
	path.forEach((hop, i) => {
		for (const c of classesOf(path[i - 1], hop, running)) totals[c]++;
		if (inPartition(hop.privilege)) running = getComponent(hop.node).partition;
	});
	return totals;
}

/** Modelled CPU overhead in nanoseconds (device time left out; see above). */
export function modelledNs(totals: CostTotals): number {
	return costClasses.reduce((sum, c) => sum + totals[c] * nsPerOccurrence[c], 0);
}
