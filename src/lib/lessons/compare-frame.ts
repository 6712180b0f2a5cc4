/**
 * A lesson step that compares two runs: each played to its end by the model's one engine (explore's `play`,
 * model/run.ts), as moves on the architecture figure, the machine's own counters and explore's totals, with
 * the ratio of b to a. Computed at build time into the step's frame, so the page still runs no machine.
 */
import { lockstep, ratios, totalsOf, type Totals } from '$lib/explore/compare';
import type { Hop } from '$lib/model/hop';
import { playRun, type MachineRun } from '$lib/model/run';
import { architectureTopology } from '$lib/motion/architecture';
import { movesAlong, type Move, type PathPoint } from '$lib/motion/moves';
import { countersOf, type Counter } from './counters';
import type { StepCompare } from './types';

/** One side of a comparison: a run from its start to its end. */
export interface CompareSide {
	run: MachineRun;
	/** Where the request ends. */
	hop?: Hop;
	/** Every move of the run, from its start: the token plays them all, in lockstep with the other side. */
	moves: Move[];
	/** The machine's counters at the end (countersOf). */
	counters: Counter[];
	/** Explore's totals of the whole run (hops, exits, trips to the worker, modelled time …). */
	totals: Totals;
}

export interface CompareFrame {
	sides: [CompareSide, CompareSide];
	/** b ÷ a per total, where a is not zero (explore's `ratios`). */
	ratio: Partial<Record<keyof Totals, number>>;
}

function sideOf(run: MachineRun): CompareSide {
	const played = lockstep(run, playRun(run));
	const points = played.states.flatMap((state, i): PathPoint[] => {
		const hop = played.hops[i];
		if (!hop) return [];
		const event = i > 0 ? played.events[i - 1] : undefined;
		return [
			{ node: hop.node, ...(hop.act ? { label: hop.act } : {}), ...(event ? { event } : {}) }
		];
	});
	const end = played.hops.findLast((h) => h !== undefined);
	return {
		run,
		...(end ? { hop: end } : {}),
		moves: movesAlong(points, architectureTopology, true),
		counters: countersOf(played.states.at(-1)!),
		totals: totalsOf(played)
	};
}

export function compareFrameOf(compare: StepCompare): CompareFrame {
	const a = sideOf(compare.a);
	const b = sideOf(compare.b);
	return { sides: [a, b], ratio: ratios(a.totals, b.totals) };
}
