/**
 * What a lesson's machine accepts at each step, for the trainer writing one: beside the editor on /author/ every
 * step shows the state its events leave the machine in and the events it would accept next, read from the
 * machine itself (`snapshot.can`), never listed by hand.
 */
import type { AnyMachineSnapshot } from 'xstate';
import { eventTypesOf } from '$lib/model/machines';
import { attemptSteps } from '$lib/model/run';
import type { MachineId } from '$lib/model/machine-ids';
import { shown } from './errors';
import type { LenientFile } from './lenient';

/** The events this machine accepts in this snapshot, in the machine's own order. */
export function acceptedEvents(machine: MachineId, snapshot: AnyMachineSnapshot): string[] {
	return eventTypesOf(machine).filter((type) => snapshot.can({ type }));
}

/** One step as the machine sees it. */
export interface StepView {
	/** The step's id, or its position when it has none. */
	id: string;
	machine?: MachineId;
	/** The state the step's events leave the machine in; undefined where the replay could not get this far. */
	state?: string;
	/** The events the machine accepts after this step: what the next step may send. */
	accepts: string[];
	/** The first of this step's events the machine refused (or does not know). */
	refused?: string;
}

/**
 * Every step of a (possibly broken) file, replayed as far as it goes (model/run.ts `attemptSteps`): after a
 * refused or unknown event the rest of that run shows no state, and a later `run` starts afresh.
 */
export function stepViews(file: LenientFile): StepView[] {
	return attemptSteps(file, file.steps).map(({ run, snapshot, refused }, i) => {
		const id = file.steps[i]!.id ?? `#${i + 1}`;
		const machine = run.machine;
		if (machine && refused) {
			return {
				id,
				machine,
				accepts: acceptedEvents(machine, refused.snapshot),
				refused: refused.type
			};
		}
		if (!machine || !snapshot) return { id, machine, accepts: [] };
		return {
			id,
			machine,
			state: shown(snapshot.value, 120),
			accepts: acceptedEvents(machine, snapshot)
		};
	});
}
