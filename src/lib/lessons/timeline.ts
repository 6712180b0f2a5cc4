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
import { hopOf, type Hop } from '$lib/model/hop';
import * as v from 'valibot';
import { eventTypesOf, inputSchemas, machines } from '$lib/model/machines';
import type { MachineId } from '$lib/model/machine-ids';
import type { LessonScript, MachineRun } from './types';

export class LessonReplayError extends Error {}

export interface TimelineStep {
	/** The machine this step runs: the lesson's, or the one a step before it started. */
	machine: MachineId;
	snapshot: AnyMachineSnapshot;
	/** Where the request was at the end of the previous step, then after each event of this one. */
	trail: ComponentId[];
	/** The hops behind the trail, in the same order: where the request was on every scene. */
	hops: Hop[];
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
	let run = firstRun(script);
	let machine: AnyStateMachine = machines[run.machine];
	let [snapshot] = initialTransition(machine, run.input);
	const timeline: TimelineStep[] = [];
	for (const [index, step] of script.steps.entries()) {
		if (step.run) {
			run = step.run;
			machine = machines[run.machine];
			[snapshot] = initialTransition(machine, run.input);
		}
		const trail = step.run ? [] : boxOf(snapshot);
		if (step.run) trail.push(...boxOf(snapshot));
		const hops = hopsOf(snapshot);
		snapshot = replay(
			machine,
			snapshot,
			step.events,
			(type) =>
				`Lesson ${script.id}, step ${index + 1} (${step.id}): the machine in state ` +
				`${JSON.stringify(snapshot.value)} does not accept "${type}"`,
			(next) => {
				trail.push(...boxOf(next));
				hops.push(...hopsOf(next));
			}
		);
		timeline.push({ machine: run.machine, snapshot, trail, hops });
	}
	return timeline;
}

/** The run a lesson starts with. */
export const firstRun = (script: LessonScript) =>
	({ machine: script.machine, input: script.input }) as MachineRun;

/** Sends events one by one, failing with `message(type)` on the first one the machine does not accept. */
export function replay(
	machine: AnyStateMachine,
	from: AnyMachineSnapshot,
	events: readonly string[],
	message: (type: string) => string,
	onStep: (snapshot: AnyMachineSnapshot) => void = () => {}
): AnyMachineSnapshot {
	let snapshot = from;
	for (const type of events) {
		const event = { type };
		if (!snapshot.can(event)) throw new LessonReplayError(message(type));
		[snapshot] = transition(machine, snapshot, event);
		onStep(snapshot);
	}
	return snapshot;
}

const hopsOf = (snapshot: AnyMachineSnapshot): Hop[] => {
	const hop = hopOf(snapshot);
	return hop ? [hop] : [];
};

const boxOf = (snapshot: AnyMachineSnapshot): ComponentId[] => {
	const hop = hopOf(snapshot);
	return hop ? [hop.node] : [];
};

/** A script may only send events its machine knows, and give it an input it takes. */
export function checkRun(run: MachineRun, events: readonly string[], where: string) {
	if (!v.is(inputSchemas[run.machine], run.input)) {
		throw new LessonReplayError(
			`${where}: the input ${JSON.stringify(run.input)} is not one ${run.machine} takes`
		);
	}
	const known = new Set(eventTypesOf(run.machine));
	const unknown = events.filter((e) => !known.has(e));
	if (unknown.length) {
		throw new LessonReplayError(`${where}: ${run.machine} knows no event ${unknown.join(', ')}`);
	}
}

function checkAgainstMachine(script: LessonScript) {
	let run = firstRun(script);
	checkRun(run, [], `Lesson ${script.id}`);
	for (const [index, step] of script.steps.entries()) {
		run = step.run ?? run;
		checkRun(run, step.events, `Lesson ${script.id}, step ${index + 1} (${step.id})`);
	}
}
