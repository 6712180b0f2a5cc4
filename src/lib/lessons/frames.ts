/**
 * What a lesson page shows at each step, read off the lesson's timeline of machine snapshots: where the request
 * is (the hop), the boxes it passed on the way (the trail), what it has cost so far (the counters), the box a
 * prediction must name, and the same point in explore mode.
 *
 * Built at build time (the prerendered `/data/lessons/<id>.json`) so that a lesson page runs no machine: it
 * downloads neither XState nor the machines, only the numbers the model produced. Every field is derived from the
 * model here, in one place, and `frames.test.ts` checks it against the snapshots it came from.
 */
import type { ComponentId } from '$lib/architecture/topology';
import { exploreQueryFor } from '$lib/explore/from-lesson';
import { hopOf, type Hop } from '$lib/model/hop';
import { architectureTopology } from '$lib/motion/architecture';
import { movesAlong, type Move } from '$lib/motion/moves';
import { countersOf, type Counter } from './counters';
import { hopPuzzlesOf, predictAnswer, type HopPuzzle } from './answers';
import { stepPaths } from './step-path';
import { timelineOf } from './timeline';
import type { LessonScript } from './types';

export interface LessonFrame {
	/** Where the request is after this step, from the snapshot's `meta.hop`; none while a machine is set up. */
	hop?: Hop;
	/** Where the request was at the end of the previous step, then after each event of this one. */
	trail: ComponentId[];
	/**
	 * How the request moves in this step, move by move: along drawn links, along routes the figure does not
	 * draw, in place (an event with the machine's label), or from the start of a run. Never empty.
	 */
	moves: Move[];
	/** Every number the machine counts, as the snapshot's context has it after this step. */
	counters: Counter[];
	/** Set when the *next* step asks for a prediction: the box it takes the request to. */
	predict?: ComponentId;
	/** The explore query showing the same run at the same point, when explore can show that run. */
	explore?: string;
}

/** A lesson as its pages get it: the script, one frame per step, and the model's answers to its hop questions. */
export interface LessonData {
	script: LessonScript;
	frames: LessonFrame[];
	/** Every hop question's picture and answer, by question id (see answers.ts). */
	puzzles: Record<string, HopPuzzle>;
	/** The lesson after this one on the home page, for the quiz's last screen. */
	next?: string;
}

export function framesOf(script: LessonScript): LessonFrame[] {
	const timeline = timelineOf(script);
	const paths = stepPaths(script);
	return timeline.map(({ snapshot, trail }, index) => {
		const hop = hopOf(snapshot);
		const next = script.steps[index + 1];
		const explore = exploreQueryFor(script, index);
		return {
			...(hop ? { hop } : {}),
			trail,
			moves: movesAlong(
				paths[index]!,
				architectureTopology,
				index === 0 || script.steps[index]!.run !== undefined
			),
			counters: countersOf(snapshot),
			...(next?.predict ? { predict: predictAnswer(script, index + 1) } : {}),
			...(explore ? { explore } : {})
		};
	});
}

export const lessonData = (script: LessonScript, next?: string): LessonData => ({
	script,
	frames: framesOf(script),
	puzzles: hopPuzzlesOf(script),
	...(next ? { next } : {})
});
