/**
 * The one way the app plays a machine. A run is a machine and its input; from there a view either replays the
 * events a script names (a lesson, a quiz question, an authored file) or lets the machine play to its end
 * (explore, the model's tests). Everything is computed with XState's pure `initialTransition`/`transition`, so
 * the same events always give the same snapshots, and stepping back is an index lookup.
 *
 * A script is split into runs here too: a step with `run` starts a fresh run, the steps after it continue it.
 * Every view that asks "which run does step i belong to, and how far into it is it" asks `stepRuns`.
 */
import {
	initialTransition,
	transition,
	type AnyMachineSnapshot,
	type AnyStateMachine,
	type EventFromLogic,
	type InputFrom,
	type SnapshotFrom
} from 'xstate';
import * as v from 'valibot';
import type { ComponentId } from '$lib/architecture/topology';
import { hopOf, type Hop } from './hop';
import type { MachineId } from './machine-ids';
import { eventTypesOf, inputSchemas, machines, type MachineInputs } from './machines';
import { playToEnd, type Played } from './play';

export { playToEnd, type Played } from './play';

/** A machine and the input it starts with: one run of the model (of one of the machines `M`). */
export type MachineRun<M extends MachineId = MachineId> = {
	[K in M]: { machine: K; input: MachineInputs[K] };
}[M];

/** Where a replay stopped: the step and event (both from 0), the event's type and the state that refused it. */
export interface Refusal {
	step: number;
	event: number;
	type: string;
	state: unknown;
}

/** A script sent an event its machine does not accept at that point (or named a run it cannot start). */
export class ReplayError extends Error {
	constructor(
		message: string,
		/** Set when an event was refused, for callers that point at it (the authoring page). */
		readonly refusal?: Refusal
	) {
		super(message);
		this.name = 'ReplayError';
	}
}

/** A script may only send events its machine knows, and give it an input it takes. */
export function checkRun(run: MachineRun, events: readonly string[], where: string) {
	if (!v.is(inputSchemas[run.machine], run.input)) {
		throw new ReplayError(
			`${where}: the input ${JSON.stringify(run.input)} is not one ${run.machine} takes`
		);
	}
	const known = new Set(eventTypesOf(run.machine));
	const unknown = events.filter((e) => !known.has(e));
	if (unknown.length) {
		throw new ReplayError(`${where}: ${run.machine} knows no event ${unknown.join(', ')}`);
	}
}

/** A run's machine and its first snapshot. */
export function startRun(run: MachineRun): {
	machine: AnyStateMachine;
	snapshot: AnyMachineSnapshot;
} {
	const machine: AnyStateMachine = machines[run.machine];
	const [snapshot] = initialTransition(machine, run.input);
	return { machine, snapshot };
}

/**
 * Sends events one by one and returns the snapshot after each. The first event the machine does not accept
 * throws a ReplayError naming `where`, the state and the event.
 */
export function sendAll(
	machine: AnyStateMachine,
	from: AnyMachineSnapshot,
	events: readonly string[],
	where: string,
	step = 0
): AnyMachineSnapshot[] {
	const after: AnyMachineSnapshot[] = [];
	let snapshot = from;
	for (const [index, type] of events.entries()) {
		const event = { type };
		if (!snapshot.can(event)) {
			throw new ReplayError(
				`${where}: the machine in state ${JSON.stringify(snapshot.value)} does not accept "${type}"`,
				{ step, event: index, type, state: snapshot.value }
			);
		}
		[snapshot] = transition(machine, snapshot, event);
		after.push(snapshot);
	}
	return after;
}

/** The boxes a sequence of snapshots visits, one per snapshot that has a hop. */
/**
 * Where `events` take a machine from its start, for code (the machines' own tests) that holds the machine
 * itself rather than its id. Each event must be accepted where the one before left the machine: a refused
 * one throws a ReplayError naming the state and the event.
 */
export function replay<M extends AnyStateMachine>(
	machine: M,
	input: InputFrom<M>,
	events: readonly EventFromLogic<M>['type'][]
): SnapshotFrom<M> {
	const [start] = initialTransition(machine, input);
	return (sendAll(machine, start, events, machine.id).at(-1) ?? start) as SnapshotFrom<M>;
}

export const boxesOf = (snapshots: readonly AnyMachineSnapshot[]): ComponentId[] =>
	snapshots.flatMap((s) => {
		const hop = hopOf(s);
		return hop ? [hop.node] : [];
	});

/** A step of a script as the engine needs it: perhaps a fresh run, then events. */
export interface ScriptStep<R = MachineRun> {
	run?: R;
	events: readonly string[];
}

/** Which run a step belongs to. */
export interface StepRun<R = MachineRun> {
	run: R;
	/** The step that started the run, or undefined for the script's own first run. */
	startedBy: number | undefined;
	/** Whether the run starts at this step (the first step, or one with `run`). */
	fresh: boolean;
	/** How many events of this run were sent before this step. */
	before: number;
}

/** For every step, the run it plays on: a step with `run` starts one, the steps after it continue it. */
export function stepRuns<R>(
	first: R,
	steps: readonly { run?: R; events: readonly unknown[] }[]
): StepRun<R>[] {
	let current: Omit<StepRun<R>, 'fresh'> = { run: first, startedBy: undefined, before: 0 };
	return steps.map((step, i) => {
		if (step.run !== undefined) current = { run: step.run, startedBy: i, before: 0 };
		const here = { ...current, fresh: i === 0 || step.run !== undefined };
		current = { ...current, before: current.before + step.events.length };
		return here;
	});
}

/** One step of a replayed script. */
export interface ReplayedStep {
	/** The machine this step runs: the script's, or the one a step before it started. */
	machine: MachineId;
	snapshot: AnyMachineSnapshot;
	/** Where the request was at the end of the previous step, then after each event of this one. */
	trail: ComponentId[];
	/** The same places with the machine's whole hop, and the event that led to each after the first. */
	visits: Visit[];
}

/** A place a replay passed: the hop there, and the event that brought the request to it. */
export interface Visit {
	hop: Hop;
	event?: string;
}

/**
 * Replays a script step by step: `result[i]` is the machine after every event of steps 0…i. `where(i)` names
 * step i in an error ("Lesson x, step 3 (id)").
 */
export function replaySteps(
	first: MachineRun,
	steps: readonly ScriptStep[],
	where: (step: number) => string
): ReplayedStep[] {
	let machine: AnyStateMachine | undefined;
	let snapshot: AnyMachineSnapshot | undefined;
	return stepRuns(first, steps).map(({ run, fresh }, i) => {
		if (fresh || !machine || !snapshot) ({ machine, snapshot } = startRun(run));
		const events = steps[i]!.events;
		const after = sendAll(machine, snapshot, events, where(i), i);
		const visits = [snapshot, ...after].flatMap((s, k): Visit[] => {
			const hop = hopOf(s);
			return hop ? [{ hop, ...(k > 0 ? { event: events[k - 1] } : {}) }] : [];
		});
		snapshot = after.at(-1) ?? snapshot;
		return { machine: run.machine, snapshot, trail: visits.map((v) => v.hop.node), visits };
	});
}

/** A run, by id and input, played to its end. */
export const playRun = (run: MachineRun, maxSteps?: number): Played =>
	playToEnd(machines[run.machine], run.input, maxSteps);

/** A run as a file may name it: the machine may be missing or unknown, the input anything. */
export interface LooseRun {
	machine?: MachineId;
	input?: unknown;
}

/** How far one step of a lenient replay got. */
export interface Attempt {
	/** The run the step plays on, and the step that started it (undefined: the script's own first run). */
	run: LooseRun;
	startedBy: number | undefined;
	/** The machine after the step's events; undefined where the replay did not get this far. */
	snapshot?: AnyMachineSnapshot;
	/** The first event of the step the machine refused (or that is not an event at all), and where. */
	refused?: { event: number; type: string; snapshot: AnyMachineSnapshot };
	/** The run could not start (its input made the machine throw): the message. */
	failed?: string;
}

/**
 * Replays a script that may be broken, for the authoring page: instead of throwing at the first refusal it
 * reports it, stops that run there (its state is already off) and starts afresh at the next step with `run`.
 * A run `skip` rejects (a machine it has already reported) is not played at all.
 */
export function attemptSteps(
	first: LooseRun,
	steps: readonly { run?: LooseRun; events: readonly unknown[] }[],
	skip: (startedBy: number | undefined) => boolean = () => false
): Attempt[] {
	let machine: AnyStateMachine | undefined;
	let snapshot: AnyMachineSnapshot | undefined;
	let stopped = false;
	return stepRuns(first, steps).map(({ run, startedBy, fresh }, i): Attempt => {
		const at: Attempt = { run, startedBy };
		if (fresh) {
			stopped = !run.machine || skip(startedBy);
			snapshot = undefined;
		}
		if (stopped) return at;
		try {
			if (!machine || !snapshot) ({ machine, snapshot } = startRun(run as MachineRun));
			for (const [event, type] of steps[i]!.events.entries()) {
				if (typeof type !== 'string' || !snapshot.can({ type })) {
					stopped = true;
					return { ...at, refused: { event, type: String(type), snapshot } };
				}
				[snapshot] = transition(machine, snapshot, { type });
			}
		} catch (e) {
			// An input the machine cannot start from, or an action that throws on the way.
			stopped = true;
			return { ...at, failed: e instanceof Error ? e.message : String(e) };
		}
		return { ...at, snapshot };
	});
}
