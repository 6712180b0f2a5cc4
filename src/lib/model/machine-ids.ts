/**
 * The ids of the model's machines, apart from the machines themselves: lesson data can be checked for a valid
 * machine name on pages (like home) that never run a machine and so should not download XState or the model.
 * The ids are the machine folders (`model/<id>/index.ts`). The glob's loaders are never called here: only their
 * keys are read, so this costs a page a list of names, not the machines.
 */
import type { MachineId } from './descriptor';

export type { MachineId } from './descriptor';

export const machineIds = Object.keys(import.meta.glob('./*/index.ts')).map(
	(path) => path.split('/').at(-2) ?? ''
) as readonly MachineId[];

export function isMachineId(id: string): id is MachineId {
	return (machineIds as readonly string[]).includes(id);
}
