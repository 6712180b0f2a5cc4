/**
 * A lesson's timeline: for every step, the machine snapshot and the trail of boxes the request passed on
 * the way there, computed up front by the model's one replay engine (model/run.ts). Stepping back is then an
 * index lookup: instant, and exactly what a learner saw on the way forward.
 */
import {
	checkRun,
	replaySteps,
	stepRuns,
	type MachineRun,
	type ReplayedStep
} from '$lib/model/run';
import type { LessonScript } from './types';

export type TimelineStep = ReplayedStep;

const built = new WeakMap<LessonScript, TimelineStep[]>();

/** The timeline of a lesson, computed once per script however often a page asks for it. */
export function timelineOf(script: LessonScript): TimelineStep[] {
	let timeline = built.get(script);
	if (!timeline) built.set(script, (timeline = buildTimeline(script)));
	return timeline;
}

/** The run a lesson starts with. */
export const firstRun = (script: LessonScript) =>
	({ machine: script.machine, input: script.input }) as MachineRun;

/** How an error names a step of a lesson. */
export const stepName = (script: LessonScript, index: number) =>
	`Lesson ${script.id}, step ${index + 1} (${script.steps[index]?.id})`;

/**
 * `timeline[i]` is the machine after every event of steps 0…i has been sent. Every run is checked against
 * its machine first: a script may only send events its machine knows, and give it an input it takes.
 */
export function buildTimeline(script: LessonScript): TimelineStep[] {
	checkRun(firstRun(script), [], `Lesson ${script.id}`);
	for (const [index, { run }] of stepRuns(firstRun(script), script.steps).entries()) {
		checkRun(run, script.steps[index]!.events, stepName(script, index));
		const compare = script.steps[index]!.compare;
		if (compare) {
			checkRun(compare.a, [], `${stepName(script, index)}, compared run a`);
			checkRun(compare.b, [], `${stepName(script, index)}, compared run b`);
		}
	}
	return replaySteps(firstRun(script), script.steps, (index) => stepName(script, index));
}
