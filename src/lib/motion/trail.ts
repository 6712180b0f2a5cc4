/**
 * What the picture shows of a run at one step: this step's moves, the moves of the run's earlier steps as a
 * fading trail, and how often each line has been crossed so far (a heat map: the emulated read's round trips
 * against the synthetic read's single arc). Read off the frames, so stepping back shows exactly the same.
 */
import { crossingKey, crossings, type Move } from './moves';

export interface TrailMove {
	move: Move;
	/** How many steps ago: 1 for the step before this one. */
	age: number;
}

export interface Motion {
	moves: readonly Move[];
	earlier: readonly TrailMove[];
	/** Crossings per line (see crossingKey) over the run so far, this step included; only lines crossed twice or more. */
	counts: Readonly<Record<string, number>>;
}

/** The motion at step `index` (0-based) of steps whose moves are `steps`; a step beginning with `start` begins a run. */
export function motionAt(steps: readonly (readonly Move[])[], index: number): Motion {
	let first = index;
	while (first > 0 && steps[first]![0]?.kind !== 'start') first--;
	const earlier: TrailMove[] = [];
	for (let i = first; i < index; i++) {
		for (const move of steps[i]!) {
			if (crossingKey(move)) earlier.push({ move, age: index - i });
		}
	}
	const counts: Record<string, number> = {};
	for (const [key, n] of crossings(steps.slice(first, index + 1).flat()))
		if (n > 1) counts[key] = n;
	return { moves: steps[index]!, earlier, counts };
}

/** The motion of a single step that has only travels along links (explore, a handout): no trail, no counts. */
export const motionOfMoves = (moves: readonly Move[]): Motion => ({
	moves,
	earlier: [],
	counts: {}
});
