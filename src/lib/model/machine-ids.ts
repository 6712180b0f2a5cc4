/**
 * The ids of the model's machines, apart from the machines themselves: lesson data can be checked for a valid
 * machine name on pages (like home) that never run a machine and so should not download XState or the model.
 */
export const machineIds = [
	'diskRead',
	'deviceIo',
	'hypercall',
	'vmbusChannel',
	'boot',
	'hostBoot',
	'enlightenment',
	'xenAdapter',
	'lifecycle',
	'vhdIo',
	'migration',
	'hostMemory'
] as const;

export type MachineId = (typeof machineIds)[number];

export function isMachineId(id: string): id is MachineId {
	return (machineIds as readonly string[]).includes(id);
}
