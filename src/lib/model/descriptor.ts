/**
 * What a machine folder says about its machine: one descriptor, the default export of `model/<id>/index.ts`.
 * The registry (machines.ts), the ids (machine-ids.ts) and the input types are all read from these, so a new
 * machine is a new folder and nothing else.
 */
import type * as v from 'valibot';
import type { AnyStateMachine, InputFrom } from 'xstate';

/** A state as xstate/graph sees it while it explores a machine. */
export interface ExploredState {
	value: unknown;
	context: Record<string, unknown>;
}

export interface MachineDescriptor<
	Id extends string = string,
	Machine extends AnyStateMachine = AnyStateMachine,
	Schema extends v.GenericSchema = v.GenericSchema
> {
	/** The name lessons and links use; equal to the folder name. */
	id: Id;
	machine: Machine;
	/** What the machine accepts as input, checked when a lesson loads: a mistyped guest must not take another path. */
	input: Schema;
	/** What the machine models, for lists of machines (the authoring guide, the JSON Schema); English, as in the code. */
	description: string;
	/** Inputs that between them take every branch; the model-wide tests (invariants.test.ts) play each of them. */
	samples: readonly v.InferOutput<Schema>[];
	/**
	 * How xstate/graph explores the machine: the key of a state. Counters only grow, so a key made of the whole
	 * context never repeats; keep in what decides where the machine can go next. The whole context by default.
	 */
	explore?: { serializeState: (state: ExploredState) => string };
}

/**
 * Every machine folder adds its descriptor here by declaration merging (see any `model/<id>/index.ts`), so
 * that ids, inputs and events are typed without a list anyone has to keep.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the machine folders
export interface MachineRegistry {}

export type MachineId = keyof MachineRegistry & string;

/**
 * Declares a machine folder's descriptor; the input schema must give exactly what the machine takes, so the
 * schema and the machine cannot drift apart.
 */
export function defineMachine<
	const Id extends string,
	Machine extends AnyStateMachine,
	Schema extends v.GenericSchema<unknown, InputFrom<Machine>>
>(descriptor: MachineDescriptor<Id, Machine, Schema>): MachineDescriptor<Id, Machine, Schema> {
	return descriptor;
}

/** A state key made of the state value and the named context fields: the others only count. */
export const byValueAnd =
	(...keys: string[]) =>
	(s: ExploredState): string =>
		JSON.stringify([s.value, ...keys.map((k) => s.context[k])]);
