/** What each state of the migration machine stands for, by state path: explore's statechart shows it beside the state. */
import type { StateDescriptions } from '../leg-descriptions';

export default {
	running: 'The VM runs on the source node; VMMS there is asked to move it.',
	saving: 'Quick: the VM stops here and stays stopped until it is restored on the other node.',
	moving: "The cluster moves the disk resource (the LUN's ownership) to the other node.",
	restoring: 'The worker process on the target node reads the saved state back: the VM runs again.',
	configuration: 'Live: the configuration goes first and an empty VM is created on the target.',
	precopy: 'Memory goes over the network while the guest keeps running and dirtying pages.',
	blackout: 'The blackout: the last dirty pages and the processor and device state.',
	handover: 'With Cluster Shared Volumes no disk has to be dismounted and mounted.',
	announcing:
		"Running on the target: an unsolicited ARP tells the switches which port the VM's address is on now.",
	migrated: 'The VM runs on the other node.'
} satisfies StateDescriptions;
