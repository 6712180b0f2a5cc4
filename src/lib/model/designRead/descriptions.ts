/** What each state of the designRead machine stands for, by state path: explore's statechart shows it beside the state. */
import type { StateDescriptions } from '../leg-descriptions';

export default {
	choosing: 'The read starts in the design the input names.',
	monolithic: 'Classic VMware ESX: one hypervisor layer, the VMkernel, holds the drivers.',
	'monolithic.guest':
		"The guest's own driver issues the read to the virtual disk controller it sees.",
	'monolithic.driver':
		'The VMkernel takes it: its own storage stack and device driver, inside the hypervisor, serve it. No other partition is involved.',
	'monolithic.disk': 'The hypervisor driver reads the physical disk.',
	xen: 'Xen: the privileged Linux domain dom0 holds the drivers, and backs the guests.',
	'xen.frontend': "The domU's blkfront driver, its counterpart of a VSC, hands the request on.",
	'xen.channel':
		'It reaches dom0 through the Xen hypervisor: an event channel, with the data in pages the domU grants (the counterparts of SynIC events and GPADLs).',
	'xen.backend': "Dom0's blkback driver, its counterpart of a VSP, takes the request.",
	'xen.driver': "Dom0's ordinary Linux disk driver takes it on.",
	'xen.disk': "Dom0's driver reads the physical disk.",
	hyperv: 'Hyper-V: the root partition holds the drivers, and its VSPs serve the children.',
	'hyperv.vsc': "The child's storage VSC writes the request into its VMBus ring.",
	'hyperv.vmbus':
		"VMBus signals the root through the hypervisor's SynIC; the ring itself is memory both partitions share.",
	'hyperv.vsp': "The root's storage VSP takes the request off the ring.",
	'hyperv.driver': "The root's ordinary Windows disk driver takes it on.",
	'hyperv.disk': "The root's driver reads the physical disk."
} satisfies StateDescriptions;
