/**
 * The hops a lesson step passes through, in order, with what the machine says happened at each: read off the
 * machine as the step's events are replayed. frames.ts turns it into the step's moves (see $lib/motion/moves).
 */
import {
	initialTransition,
	transition,
	type AnyMachineSnapshot,
	type AnyStateMachine
} from 'xstate';
import { hopOf } from '$lib/model/hop';
import { machines } from '$lib/model/machines';
import type { PathPoint } from '$lib/motion/moves';
import { firstRun, timelineOf } from './timeline';
import type { LessonScript, MachineRun } from './types';

const pointOf = (snapshot: AnyMachineSnapshot, event?: string): PathPoint[] => {
	const hop = hopOf(snapshot);
	if (!hop) return [];
	return [{ node: hop.node, ...(hop.act ? { label: hop.act } : {}), ...(event ? { event } : {}) }];
};

/** For each step: where the request was as it began (or where its new run starts), then after each event. */
export function stepPaths(script: LessonScript): PathPoint[][] {
	const timeline = timelineOf(script);
	let run: MachineRun = firstRun(script);
	return script.steps.map((step, index) => {
		run = step.run ?? run;
		// Any machine of the model: events are checked against it when the timeline is built.
		const machine: AnyStateMachine = machines[run.machine];
		let snapshot =
			step.run || index === 0
				? initialTransition(machine, run.input)[0]
				: timeline[index - 1]!.snapshot;
		const path = pointOf(snapshot);
		for (const type of step.events) {
			[snapshot] = transition(machine, snapshot, { type });
			path.push(...pointOf(snapshot, type));
		}
		return path;
	});
}
