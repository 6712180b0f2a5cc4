/**
 * The hops a lesson step passes through, in order, with what the machine says happened at each: read off the
 * lesson's timeline (the one replay, model/run.ts). frames.ts turns it into the step's moves ($lib/motion/moves).
 */
import type { PathPoint } from '$lib/motion/moves';
import { timelineOf } from './timeline';
import type { LessonScript } from './types';

/** For each step: where the request was as it began (or where its new run starts), then after each event. */
export const stepPaths = (script: LessonScript): PathPoint[][] =>
	timelineOf(script).map(({ visits }) =>
		visits.map(({ hop, event }) => ({
			node: hop.node,
			...(hop.act ? { label: hop.act } : {}),
			...(event ? { event } : {})
		}))
	);
