/**
 * What the model checks can still read of a lesson file the schema refused, so one pass reports every problem:
 * a misspelt source key in step 2 does not hide a missing narration or an event the machine refuses in step 5.
 * Anything not of the expected shape is left out here (the schema has already said what is wrong with it).
 */
import { isMachineId, type MachineId } from '$lib/model/machine-ids';
import { authoredLocales, type AuthoredLocale } from './schema';

export interface LenientStep {
	/** Left out when the step has no usable id (the schema reports it). */
	id?: string;
	/** The step's events as written; only texts are checked against the machine. */
	events: unknown[];
	/** A fresh run; `machine` left out when the file names no known machine. */
	run?: { machine?: MachineId; input: unknown };
}

export interface LenientFile {
	machine?: MachineId;
	input: unknown;
	steps: LenientStep[];
	/** Per narrated locale, the step ids its words are keyed by. */
	narratedSteps: Partial<Record<AuthoredLocale, string[]>>;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
	value !== null && typeof value === 'object' && !Array.isArray(value);
const machineOf = (value: unknown) =>
	typeof value === 'string' && isMachineId(value) ? value : undefined;

/** The parts of a parsed JSON object the model checks need, each only where it has the right shape. */
export function lenientOf(data: Json): LenientFile {
	const steps: LenientStep[] = Array.isArray(data.steps)
		? data.steps.map((raw) => {
				const step = isObject(raw) ? raw : {};
				return {
					id: typeof step.id === 'string' ? step.id : undefined,
					events: Array.isArray(step.events) ? step.events : [],
					run: isObject(step.run)
						? { machine: machineOf(step.run.machine), input: step.run.input }
						: undefined
				};
			})
		: [];
	const narratedSteps: LenientFile['narratedSteps'] = {};
	const narration = isObject(data.narration) ? data.narration : {};
	for (const locale of authoredLocales) {
		const words = narration[locale];
		if (isObject(words) && isObject(words.steps)) narratedSteps[locale] = Object.keys(words.steps);
	}
	return { machine: machineOf(data.machine), input: data.input, steps, narratedSteps };
}
