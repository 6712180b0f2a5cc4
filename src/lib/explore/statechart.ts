/**
 * A machine's statechart as plain data, read from the machine's own state nodes: the live chart of explore
 * mode draws this, so it can never drift from the model the way a hand-drawn copy would.
 */
import {
	and,
	not,
	or,
	stateIn,
	type AnyMachineSnapshot,
	type AnyStateMachine,
	type AnyStateNode
} from 'xstate';
import type { ComponentId } from '$lib/architecture/topology';
import type { StateDescriptions } from '$lib/model/descriptions';
import type { HopMeta } from '$lib/model/hop';

/** What a state is: `transient` is an atomic state that moves on by itself (it has `always`). */
export type StateKind = 'atomic' | 'compound' | 'parallel' | 'final' | 'history' | 'transient';

export interface ChartState {
	/** The state node's unique id, `diskRead.synthetic.app`. */
	id: string;
	/** Its name within its parent, `app`. */
	key: string;
	/** The state value path, `synthetic.app`; empty for the root. */
	path: string;
	/** The id of the state that holds this one; none for the root. */
	parent?: string;
	kind: StateKind;
	/** The id of the child entered first, for a compound state. */
	initial?: string;
	/** The component the request is at in this state (its `meta.hop`), if it has one. */
	hop?: ComponentId;
	/** What the state stands for, from its machine folder's `descriptions.ts`, if it has one. */
	description?: string;
	/** Transitions leaving this state, in the machine's order. */
	transitions: ChartTransition[];
	/** Child states in document order; empty for an atomic or final state. */
	children: ChartState[];
}

export interface ChartTransition {
	source: string;
	/** The event type; `null` for an eventless (`always`) transition. */
	event: string | null;
	/** Target state ids; empty for a targetless transition (actions only). */
	targets: string[];
	/** The guard as written (`accessesLeft`, `not(onIde)`, `onPath(windows)`), if the transition has one. */
	guard?: string;
}

export interface Statechart {
	root: ChartState;
	/** Every state by id, the root included. */
	states: ReadonlyMap<string, ChartState>;
	/** Every transition of the machine, event and eventless, in document order. */
	transitions: ChartTransition[];
}

type Guard = NonNullable<AnyStateNode['always']>[number]['guard'];

/**
 * XState's guard combinators, told apart by the function each carries to evaluate it (`check`): that is the
 * same object in every guard one combinator makes, and a minifier cannot rename it the way it renames the
 * combinator's function (`not` became `t` in the production build, and the chart read `t(onIde)`).
 */
const combinators = new Map<unknown, string>(
	(
		[
			['not', not('x')],
			['and', and([])],
			['or', or([])],
			['stateIn', stateIn('x')]
		] as const
	).map(([name, guard]) => [(guard as unknown as { check: unknown }).check, name])
);

/** A guard as a reader would write it: a name, a name with its params, or not()/and()/or() around guards. */
export function describeGuard(guard: Guard): string {
	if (typeof guard === 'string') return guard;
	if (typeof guard === 'function') {
		const made = guard as { check?: unknown; guards?: Guard[]; stateValue?: unknown };
		const combinator = combinators.get(made.check);
		if (combinator === 'stateIn') return `stateIn(${JSON.stringify(made.stateValue)})`;
		if (combinator && made.guards)
			return `${combinator}(${made.guards.map(describeGuard).join(', ')})`;
		// A guard written inline as a function has no name the model can vouch for.
		return 'guard';
	}
	if (guard && typeof guard === 'object' && 'type' in guard) {
		const params = 'params' in guard ? guard.params : undefined;
		if (params === undefined || typeof params === 'function') return String(guard.type);
		return `${String(guard.type)}(${typeof params === 'string' ? params : JSON.stringify(params)})`;
	}
	return 'guard';
}

function kindOf(node: AnyStateNode): StateKind {
	if (node.type === 'atomic' && node.always?.length) return 'transient';
	return node.type;
}

function transitionsOf(node: AnyStateNode): ChartTransition[] {
	const defs = [...node.transitions.values()].flat().concat(node.always ?? []);
	return defs.map((t) => ({
		source: node.id,
		event: t.eventType === '' || !t.eventType ? null : String(t.eventType),
		targets: (t.target ?? []).map((target) => target.id),
		...(t.guard ? { guard: describeGuard(t.guard) } : {})
	}));
}

function chartStateOf(
	node: AnyStateNode,
	descriptions: StateDescriptions,
	states: Map<string, ChartState>
): ChartState {
	const hop = (node.meta as Partial<HopMeta> | undefined)?.hop?.node;
	const initialTarget = node.type === 'compound' ? node.initial.target[0]?.id : undefined;
	const path = node.path.join('.');
	const description = path === '' ? undefined : descriptions[path];
	const state: ChartState = {
		id: node.id,
		key: node.key,
		path,
		...(node.parent ? { parent: node.parent.id } : {}),
		kind: kindOf(node),
		...(initialTarget ? { initial: initialTarget } : {}),
		...(hop ? { hop } : {}),
		...(description ? { description } : {}),
		transitions: transitionsOf(node),
		children: Object.values(node.states).map((child) => chartStateOf(child, descriptions, states))
	};
	states.set(state.id, state);
	return state;
}

/**
 * The statechart of a machine: its state tree and every transition, straight from `machine.root`, and what
 * each state stands for (the machine's descriptions, by state path; see model/descriptions.ts).
 */
export function statechartOf(
	machine: AnyStateMachine,
	descriptions: StateDescriptions = {}
): Statechart {
	const states = new Map<string, ChartState>();
	const root = chartStateOf(machine.root, descriptions, states);
	const transitions: ChartTransition[] = [];
	const collect = (s: ChartState) => {
		transitions.push(...s.transitions);
		s.children.forEach(collect);
	};
	collect(root);
	return { root, states, transitions };
}

/** The ids of the states a snapshot is in: the active leaf and every ancestor of it, the root included. */
export function activeStateIds(chart: Statechart, snapshot: AnyMachineSnapshot): Set<string> {
	const active = new Set<string>();
	const visit = (s: ChartState) => {
		if (s.path !== '' && !snapshot.matches(s.path as never)) return;
		active.add(s.id);
		s.children.forEach(visit);
	};
	visit(chart.root);
	return active;
}

/**
 * The events the machine takes from this snapshot, in the machine's order: those with an enabled transition,
 * guards evaluated. XState's own events (`xstate.*`) and wildcards are not the user's to send.
 */
export function acceptedEvents(machine: AnyStateMachine, snapshot: AnyMachineSnapshot): string[] {
	return machine.events.filter(
		(type) => !type.startsWith('xstate.') && !type.includes('*') && snapshot.can({ type } as never)
	);
}

/** The innermost active states (one, unless the machine has parallel states), in document order. */
export function activeLeafIds(chart: Statechart, active: ReadonlySet<string>): string[] {
	return [...active].filter((id) => !chart.states.get(id)?.children.some((c) => active.has(c.id)));
}

/** A target as seen from a transition's source: its name if it is a sibling, else its full path. */
export function targetName(chart: Statechart, sourceId: string, targetId: string): string {
	const source = chart.states.get(sourceId);
	const target = chart.states.get(targetId);
	if (!target) return targetId;
	return target.parent === source?.parent ? target.key : target.path || target.key;
}

/** How many states a subtree holds below its top, for a collapsed branch's summary. */
export function descendantCount(state: ChartState): number {
	return state.children.reduce((n, c) => n + 1 + descendantCount(c), 0);
}
