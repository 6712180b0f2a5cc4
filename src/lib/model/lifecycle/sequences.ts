/**
 * A VM's start through the management stack, as lessons and tests send it (facts §2): WMI, VMMS, the worker,
 * VID, then the root-only hypercalls that create and set up the partition. Apart from the machine, so lesson
 * scripts can use it on pages that run no machine.
 */
export const startVm = [
	'vm.start',
	'vmms.launch',
	'vmwp.request',
	'hv.createPartition',
	'hv.depositMemory',
	'hv.setUp',
	'vm.run'
] as const;
