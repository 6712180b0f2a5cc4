/**
 * Model-based checks every machine's graph test makes, written once: which states a snapshot can rest in, which
 * of them no input reaches, and which reachable states can no longer finish. Each machine's test says what
 * "reached", "finished" and "the same state" mean for it (its inputs, its end, its serializer).
 */
import type { AnyStateMachine, InputFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';

type StateNode = AnyStateMachine['root'];
/** A machine's snapshot, as xstate/graph types the states it walks. */
type State<M extends AnyStateMachine> = ReturnType<M['transition']>;

/** The ids of the leaf states a snapshot can rest in (a transient leaf, one that moves on by itself, never is). */
export function restingLeafIds(machine: AnyStateMachine): string[] {
	const ids: string[] = [];
	const walk = (node: StateNode) => {
		const children = Object.values(node.states);
		if (children.length === 0 && !node.always?.length) ids.push(node.id);
		children.forEach(walk);
	};
	walk(machine.root);
	return ids;
}

/**
 * The resting leaves that no shortest path reaches with any of `inputs`. Every leaf carries a hop, so the meta of
 * a snapshot names the leaf it rests in.
 */
export function unreachedLeaves<M extends AnyStateMachine>(
	machine: M,
	inputs: readonly InputFrom<M>[],
	serializeState?: (snapshot: State<M>) => string
): string[] {
	const reached = new Set(
		inputs.flatMap((input) =>
			getShortestPaths(machine, { input, ...(serializeState ? { serializeState } : {}) }).flatMap(
				(p) => Object.keys(p.state.getMeta())
			)
		)
	);
	return restingLeafIds(machine).filter((id) => !reached.has(id));
}

interface DeadEndCheck<M extends AnyStateMachine> {
	input?: InputFrom<M>;
	serializeState?: (snapshot: State<M>) => string;
	/** What finishing means for this machine. */
	isEnd: (snapshot: State<M>) => boolean;
	/** The states to start from: by default every state the machine reaches (one shortest path to each). */
	from?: readonly State<M>[];
}

/**
 * The states from which the machine cannot reach an end any more, named by `serializeState` (or their value):
 * the dead ends a graph test expects to be none.
 */
export function deadEnds<M extends AnyStateMachine>(
	machine: M,
	{ input, serializeState, isEnd, from }: DeadEndCheck<M>
): string[] {
	// xstate/graph takes an absent serializer as "use the default", an undefined one as a function to call.
	const same = serializeState ? { serializeState } : {};
	const states = from ?? getShortestPaths(machine, { input, ...same }).map((p) => p.state);
	const name = serializeState ?? ((s: State<M>) => JSON.stringify((s as { value: unknown }).value));
	return states
		.filter(
			(state) =>
				!isEnd(state) &&
				getShortestPaths(machine, { input, ...same, fromState: state, toState: isEnd }).length === 0
		)
		.map(name);
}
