/**
 * A lesson's timeline: for every step, the machine snapshot and the trail of boxes the request passed on
 * the way there, computed up front with XState's pure `initialTransition`/`transition`. Stepping back is
 * then an index lookup: instant, and exactly what a learner saw on the way forward.
 */
import {
	initialTransition,
	transition,
	type AnyMachineSnapshot,
	type AnyStateMachine
} from 'xstate';
import type { ComponentId } from '$lib/architecture/topology';
import { hopOf } from '$lib/model/hop';
import * as v from 'valibot';
import { eventTypesOf, inputSchemas, machines } from '$lib/model/machines';
import type { LessonScript } from './types';

export class LessonReplayError extends Error {}

export interface TimelineStep {
	snapshot: AnyMachineSnapshot;
	/** Where the request was at the end of the previous step, then after each event of this one. */
	trail: ComponentId[];
}

const built = new WeakMap<LessonScript, TimelineStep[]>();

/** The timeline of a lesson, computed once per script however often a page asks for it. */
export function timelineOf(script: LessonScript): TimelineStep[] {
	let timeline = built.get(script);
	if (!timeline) built.set(script, (timeline = buildTimeline(script)));
	return timeline;
}

/** `timeline[i]` is the machine after every event of steps 0…i has been sent. */
export function buildTimeline(script: LessonScript): TimelineStep[] {
	checkAgainstMachine(script);
	const machine: AnyStateMachine = machines[script.machine];
	let [snapshot] = initialTransition(machine, script.input);
	const timeline: TimelineStep[] = [];
	for (const [index, step] of script.steps.entries()) {
		const trail = boxOf(snapshot);
		for (const type of step.events) {
			const event = { type };
			if (!snapshot.can(event)) {
				throw new LessonReplayError(
					`Lesson ${script.id}, step ${index + 1} (${step.id}): the machine in state ` +
						`${JSON.stringify(snapshot.value)} does not accept "${type}"`
				);
			}
			[snapshot] = transition(machine, snapshot, event);
			trail.push(...boxOf(snapshot));
		}
		timeline.push({ snapshot, trail });
	}
	return timeline;
}

const boxOf = (snapshot: AnyMachineSnapshot): ComponentId[] => {
	const hop = hopOf(snapshot);
	return hop ? [hop.node] : [];
};

/** A script may only send events its machine knows, and give it an input it takes. */
function checkAgainstMachine(script: LessonScript) {
	if (!v.is(inputSchemas[script.machine], script.input)) {
		throw new LessonReplayError(
			`Lesson ${script.id}: the input ${JSON.stringify(script.input)} is not one ${script.machine} takes`
		);
	}
	const known = new Set(eventTypesOf(script.machine));
	for (const [index, step] of script.steps.entries()) {
		const unknown = step.events.filter((e) => !known.has(e));
		if (unknown.length) {
			throw new LessonReplayError(
				`Lesson ${script.id}, step ${index + 1} (${step.id}): ${script.machine} knows no event ${unknown.join(', ')}`
			);
		}
	}
}
