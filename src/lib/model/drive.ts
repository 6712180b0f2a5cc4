/**
 * Runs a machine to its end without a script: at every state it sends the first event the machine accepts
 * there. For machines whose states each accept one way on (the paths here, once the input is chosen), this
 * is "let it play"; tests use it, and explore mode can use it for autoplay.
 */
import {
	initialTransition,
	transition,
	type AnyMachineSnapshot,
	type AnyStateMachine
} from 'xstate';
import { hopOf, type Hop } from './hop';
import type { ComponentId } from '$lib/architecture/topology';

export interface Played {
	/** The snapshot where it ended: completed, done, or stuck with nothing accepted. */
	snapshot: AnyMachineSnapshot;
	/** Every state it rested in, start and end included. */
	states: AnyMachineSnapshot[];
	/** The boxes it visited, one per state. */
	hops: ComponentId[];
	/** The same visits with everything each hop says: privilege, sources, work. */
	path: Hop[];
}

export function playToEnd(machine: AnyStateMachine, input?: unknown, maxSteps = 500): Played {
	let [snapshot] = initialTransition(machine, input);
	const states = [snapshot];
	const finished = (s: AnyMachineSnapshot) => s.status === 'done' || s.hasTag('completed');
	for (let step = 0; step < maxSteps && !finished(snapshot); step++) {
		const type = machine.events.find((t) => snapshot.can({ type: t }));
		if (!type) break;
		[snapshot] = transition(machine, snapshot, { type });
		states.push(snapshot);
	}
	const path = states.map(hopOf).filter((h): h is Hop => !!h);
	return { snapshot, states, hops: path.map((h) => h.node), path };
}
