/**
 * The cost counters a lesson shows, read from the machine snapshot's context. A machine that does not count
 * something simply does not show it; nothing here is kept per step.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { DiskReadCounters } from '$lib/model/diskRead.machine';
import { m } from '$lib/paraglide/messages';

export type CounterKey = keyof DiskReadCounters;

// Typed against the machine's counters: a counter added there is a type error here until it has a label.
export const counterLabel: Record<CounterKey, () => string> = {
	vmExits: m.counter_vm_exits,
	hypercalls: m.counter_hypercalls,
	vmwpTrips: m.counter_vmwp_trips,
	ringWrites: m.counter_ring_writes,
	interrupts: m.counter_interrupts
};

/** The order counters are listed in. */
export const counterKeys = Object.keys(counterLabel) as CounterKey[];

export function countersOf(snapshot: AnyMachineSnapshot): { key: CounterKey; value: number }[] {
	const context = snapshot.context as Record<string, unknown>;
	return counterKeys
		.filter((key) => typeof context[key] === 'number')
		.map((key) => ({ key, value: context[key] as number }));
}
