/**
 * Every machine of the model, by the id lesson scripts and other views use, read from the machine folders
 * (`model/<id>/index.ts`, see descriptor.ts). Lessons name a machine by id so that a script stays plain data,
 * and the schema can check its events against the machine they go to.
 */
import type * as v from 'valibot';
import type { MachineDescriptor, MachineId, MachineRegistry } from './descriptor';

export type { MachineId } from './descriptor';

const modules = import.meta.glob<{ default: MachineDescriptor }>('./*/index.ts', { eager: true });

const folderOf = (path: string) => path.split('/').at(-2) ?? '';

/** Every machine's descriptor, by id. */
export const descriptors = Object.fromEntries(
	Object.entries(modules).map(([path, module]) => {
		const descriptor = module.default;
		if (descriptor.id !== folderOf(path)) {
			throw new Error(
				`Machine in folder ${folderOf(path)} has id ${descriptor.id}; they must match`
			);
		}
		return [descriptor.id, descriptor];
	})
) as { [M in MachineId]: MachineRegistry[M] };

const each = <T>(pick: (d: MachineDescriptor) => T) =>
	Object.fromEntries(Object.values<MachineDescriptor>(descriptors).map((d) => [d.id, pick(d)]));

export const machines = each((d) => d.machine) as {
	[M in MachineId]: MachineRegistry[M]['machine'];
};

/** The input each machine takes, so a lesson's `input` is checked against its machine. */
export type MachineInputs = { [M in MachineId]: v.InferOutput<MachineRegistry[M]['input']> };

/**
 * What each machine accepts as input, checked when a lesson loads: a mistyped guest kind must not silently
 * take another path.
 */
export const inputSchemas = each((d) => d.input) as {
	[M in MachineId]: MachineRegistry[M]['input'];
};

/** What each machine models, for lists of machines (explore mode, docs); English, as in the code. */
export const machineDescriptions = each((d) => d.description) as Record<MachineId, string>;

/** The event types a machine accepts anywhere; a lesson may only send these. */
export function eventTypesOf(id: MachineId): readonly string[] {
	return machines[id].events;
}
