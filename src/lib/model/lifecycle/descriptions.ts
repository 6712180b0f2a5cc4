/** What each state of the lifecycle machine stands for, by state path: explore's statechart shows it beside the state. */
import type { StateDescriptions } from '../leg-descriptions';

export default {
	off: 'The VM is off: VMMS knows it, but it has no partition and no worker process. Snapshots can be taken or deleted.',
	'off.configured': 'A VM that VMMS knows but has not started yet.',
	'off.stopped':
		'Off again after a stop: its partition deleted, its worker process gone. A run ends here. On the virtual-disk scene: at the .avhd a deleted snapshot left in the chain, which can now be merged.',
	'off.merged':
		"A deleted snapshot's .avhd folded into its parent: every block it holds written into the parent's blocks, and the file gone, so the chain is one file shorter. Still off: the run's end.",
	requested: 'A start request reaches VMMS through WMI.',
	workerStarted: 'VMMS starts one vmwp.exe for this VM.',
	vid: "The worker asks VID, in the root's kernel, to build the partition.",
	created:
		'HvCallCreatePartition (0x0040): only a partition with CreatePartitions, in 2008 only the root.',
	memoryDeposited:
		"HvCallDepositMemory (0x0048): the root gives the hypervisor memory for the partition's structures.",
	ready:
		"Initialize (0x0041), map the guest's memory (HvCallMapGpaPages 0x004B), create its virtual processors (HvCallCreateVp 0x004E) and install intercepts for the emulated devices' ports (0x004D).",
	running: 'The VM runs: the hypervisor schedules its virtual processors.',
	paused:
		'Paused: the worker process and the partition stay, but the virtual processors do not run.',
	saved:
		'Saved: memory and device state are on disk, the worker process has ended and the partition is deleted.'
} satisfies StateDescriptions;
