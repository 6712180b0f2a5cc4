/**
 * Two runs side by side, step for step: the hops of each, which hops only one of them makes, and what each
 * costs in total, with the ratio. Everything comes from playing the machines; nothing here is hand-entered.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { costOf, modelledNs, type CostTotals } from '$lib/model/cost';
import type { Hop } from '$lib/model/hop';
import { hopOf } from '$lib/model/hop';
import { playToEnd, type Played } from '$lib/model/play';
import type { MachineRun } from '$lib/model/run';
import { exploreMachines, type ExploreRun } from './machines';
import { totalKeys, type Totals } from './totals';

export interface PlayedRun<R extends MachineRun = MachineRun> {
	run: R;
	/** Every state the run rests in, start and end included. */
	states: AnyMachineSnapshot[];
	/** The event that led into each state after the first (`events[i]` leads from state i to i + 1). */
	events: string[];
	/** The hop of each state (states without a hop are left out of `path` but kept in `states`). */
	hops: (Hop | undefined)[];
	path: Hop[];
}

/** A run played to its end, with the hop of every state kept for the lockstep view. */
export function lockstep<R extends MachineRun>(run: R, played: Played): PlayedRun<R> {
	const { states, events, path } = played;
	return { run, states, events, hops: states.map(hopOf), path };
}

/** Plays one of explore's runs to its end (model/play.ts), with explore's own machines (machines.ts). */
export const play = (run: ExploreRun, maxSteps = 500): PlayedRun<ExploreRun> =>
	lockstep(run, playToEnd(exploreMachines[run.machine], run.input, maxSteps));

export { totalKeys, type Totals } from './totals';

export function totalsOf(played: PlayedRun): Totals {
	const cost: CostTotals = costOf(played.path);
	const context = (played.states.at(-1)?.context ?? {}) as Record<string, unknown>;
	const count = (key: string) => (typeof context[key] === 'number' ? (context[key] as number) : 0);
	return {
		hops: played.path.length,
		guestExits: count('vmExits'),
		// A machine counts hypercalls as one number, or the guest's and the root's apart.
		hypercalls: count('hypercalls') + count('guestHypercalls') + count('rootHypercalls'),
		vmwpTrips: count('vmwpTrips'),
		partitionSwitches: cost['partition-switch'],
		kernelUser: cost['kernel-user'],
		copies: cost['data-copy'],
		ringWrites: cost['ring-write'],
		modelledNs: modelledNs(cost)
	};
}

/** b divided by a, per total; undefined where a is zero (no ratio to show). */
export function ratios(a: Totals, b: Totals): Partial<Record<keyof Totals, number>> {
	const out: Partial<Record<keyof Totals, number>> = {};
	for (const key of totalKeys) if (a[key] > 0) out[key] = b[key] / a[key];
	return out;
}

/**
 * Which hops of each path the other does not share, by a longest common subsequence of the boxes visited:
 * the shared spine (apps, stacks, the disk) lines up, the detours (VMBus, or VID and the worker) stand out.
 */
export function hopDiff(
	a: readonly Hop[],
	b: readonly Hop[]
): { onlyA: boolean[]; onlyB: boolean[] } {
	const n = a.length;
	const m = b.length;
	const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			table[i]![j] =
				a[i]!.node === b[j]!.node
					? table[i + 1]![j + 1]! + 1
					: Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
		}
	}
	const onlyA = new Array<boolean>(n).fill(true);
	const onlyB = new Array<boolean>(m).fill(true);
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		if (a[i]!.node === b[j]!.node) {
			onlyA[i++] = false;
			onlyB[j++] = false;
		} else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
		else j++;
	}
	return { onlyA, onlyB };
}

/** The state a run shows at a lockstep position: its own last state once it has finished. */
export const stateAt = (played: PlayedRun, step: number) =>
	played.states[Math.min(step, played.states.length - 1)]!;
