/**
 * The marked routes a lesson will draw, found before its steps are shown: while the browser is idle, a few at a
 * time. Finding a way around tries 32 curves against every box of the drawing (geometry.ts), which a presenter's
 * key press paid, on the spot, for each pair of boxes seen for the first time. The routes land in drawMoves' own
 * store, so a step draws exactly what it would have drawn without this, only sooner.
 */
import { drawMoves, type SceneGeometry } from './geometry';
import type { Move } from './moves';

/** What the browser says of an idle period (IdleDeadline's part this uses). */
export interface Idle {
	timeRemaining: () => number;
}
/** Runs `work` when the browser is idle; returns the cancel. */
export type Scheduler = (work: (idle: Idle) => void) => () => void;

/** requestIdleCallback where there is one (not in Safari): otherwise a timer, with one route per turn. */
export const idleScheduler: Scheduler = (work) => {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(work, { timeout: 3000 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(() => work({ timeRemaining: () => 0 }), 50);
	return () => clearTimeout(id);
};

/** Leave this much of an idle period unused: a key press then finds the main thread free. */
const MARGIN_MS = 4;
/**
 * Work no longer than this in one turn, however long the idle period: a page with nothing to draw gets 50 ms ones,
 * and a task that long delays the frame of a key press that comes meanwhile.
 */
const TURN_MS = 8;

/**
 * Finds the routes of `runs` (each a step's moves, in the order they will be shown) during idle periods, at least
 * one and at most TURN_MS' worth per period. Returns the cancel (a page left before it is done).
 */
export function findRoutesAhead(
	runs: readonly (readonly Move[])[],
	scene: SceneGeometry,
	schedule: Scheduler = idleScheduler
): () => void {
	const seen = new Set<string>();
	const queue: Move[] = [];
	for (const move of runs.flat()) {
		if (move.kind !== 'route') continue;
		const pair = `${move.from}>${move.to}`;
		if (seen.has(pair)) continue;
		seen.add(pair);
		queue.push(move);
	}
	let cancel = () => {};
	const turn = (idle: Idle) => {
		const until = performance.now() + TURN_MS;
		do drawMoves([queue.shift()!], scene);
		while (queue.length && idle.timeRemaining() > MARGIN_MS && performance.now() < until);
		if (queue.length) cancel = schedule(turn);
	};
	if (queue.length) cancel = schedule(turn);
	return () => cancel();
}
