/** What each state of the hostMemory machine stands for, by state path: explore's statechart shows it beside the state. */
import type { StateDescriptions } from '../leg-descriptions';

export default {
	ready: "The host's memory as it stands: the root's reserve and every VM started so far.",
	requested: 'Hyper-V Manager or a script asks VMMS, through WMI, to start the next VM.',
	worker: "One worker process per running VM; it asks VID for the VM's memory.",
	allocated: "VID takes the VM's RAM out of what the root has free.",
	deposited:
		"The root deposits memory with the hypervisor for the partition's own structures: the overhead.",
	refused:
		'The VM does not fit the plan: by the rule it should not be started, and nothing else is.',
	completed: "Every VM the plan allows has started: the host's memory as it ends up."
} satisfies StateDescriptions;
