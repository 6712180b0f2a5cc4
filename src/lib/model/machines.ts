/**
 * Every machine a lesson can run, by the id lesson scripts use. Lessons name a machine by id so that a script
 * stays plain data, and the schema can check its events against the machine they will be sent to.
 */
import * as v from 'valibot';
import { diskReadMachine, type DiskReadInput } from './diskRead.machine';

export const machines = {
	diskRead: diskReadMachine
} as const;

export type MachineId = keyof typeof machines;

/** The input each machine takes, so a lesson's `input` is checked against its machine. */
export interface MachineInputs {
	diskRead: DiskReadInput;
}

/**
 * What each machine accepts as input, checked when a lesson loads: a mistyped guest kind must not silently
 * take another path.
 */
export const inputSchemas = {
	diskRead: v.strictObject({ guest: v.picklist(['enlightened', 'unenlightened']) })
} satisfies { [M in MachineId]: v.GenericSchema<unknown, MachineInputs[M]> };

export function isMachineId(id: string): id is MachineId {
	return Object.hasOwn(machines, id);
}

/** The event types a machine accepts anywhere; a lesson may only send these. */
export function eventTypesOf(id: MachineId): readonly string[] {
	return machines[id].events;
}
