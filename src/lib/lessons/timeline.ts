/**
 * A lesson's timeline: the machine snapshot at every step, computed up front with XState's pure
 * `initialTransition`/`transition`. Stepping back is then an index lookup: instant and exactly what a
 * learner saw on the way forward, with no actor and no side effects.
 */
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { machines } from '$lib/model/machines';
import type { LessonScript } from './types';

export class LessonReplayError extends Error {}

const built = new WeakMap<LessonScript, AnyMachineSnapshot[]>();

/** The timeline of a lesson, computed once per script however often a page asks for it. */
export function timelineOf(script: LessonScript): AnyMachineSnapshot[] {
	let timeline = built.get(script);
	if (!timeline) built.set(script, (timeline = buildTimeline(script)));
	return timeline;
}

/** Snapshots per step: `timeline[i]` is the machine after every event of steps 0…i has been sent. */
export function buildTimeline(script: LessonScript): AnyMachineSnapshot[] {
	const machine = machines[script.machine];
	let [snapshot] = initialTransition(machine, script.input);
	const timeline: AnyMachineSnapshot[] = [];
	for (const [index, step] of script.steps.entries()) {
		for (const type of step.events) {
			const event = { type } as Parameters<typeof transition<typeof machine>>[2];
			if (!snapshot.can(event)) {
				throw new LessonReplayError(
					`Lesson ${script.id}, step ${index + 1} (${step.id}): the machine in state ` +
						`${JSON.stringify(snapshot.value)} does not accept "${type}"`
				);
			}
			[snapshot] = transition(machine, snapshot, event);
		}
		timeline.push(snapshot);
	}
	return timeline;
}
