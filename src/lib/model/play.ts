/**
 * A machine played to its end without a script, apart from run.ts so that a page that plays a machine it
 * imports itself (explore: the disk read and the device machines) does not import the registry, and with it
 * every other machine. run.ts re-exports it: it is the same engine.
 */
import {
	initialTransition,
	transition,
	type AnyMachineSnapshot,
	type AnyStateMachine
} from 'xstate';
import type { ComponentId } from '$lib/architecture/topology';
import { hopOf, type Hop } from './hop';

/** A run played to its end. */
export interface Played {
	/** The snapshot where it ended: completed, done, or stuck with nothing accepted. */
	snapshot: AnyMachineSnapshot;
	/** Every state it rested in, start and end included. */
	states: AnyMachineSnapshot[];
	/** The event that led into each state after the first (`events[i]` leads from state i to i + 1). */
	events: string[];
	/** The boxes it visited, one per state that has a hop. */
	hops: ComponentId[];
	/** The same visits with everything each hop says: privilege, sources, work. */
	path: Hop[];
}

const finished = (s: AnyMachineSnapshot) => s.status === 'done' || s.hasTag('completed');

/**
 * Runs a machine to its end without a script: at every state it sends the first event the machine accepts
 * there. For machines whose states each accept one way on (the paths here, once the input is chosen), this
 * is "let it play"; explore and the model's tests use it.
 */
export function playToEnd(machine: AnyStateMachine, input?: unknown, maxSteps = 500): Played {
	let [snapshot] = initialTransition(machine, input);
	const states = [snapshot];
	const events: string[] = [];
	for (let step = 0; step < maxSteps && !finished(snapshot); step++) {
		const type = machine.events.find((t) => snapshot.can({ type: t }));
		if (!type) break;
		[snapshot] = transition(machine, snapshot, { type });
		states.push(snapshot);
		events.push(type);
	}
	const path = states.map(hopOf).filter((h): h is Hop => !!h);
	return { snapshot, states, events, hops: path.map((h) => h.node), path };
}
