/** What each state of the xenAdapter machine stands for, by state path: explore's statechart shows it beside the state. */
import type { StateDescriptions } from '../leg-descriptions';

export default {
	kernel: 'The Xen-enabled SLES 10 kernel, unchanged, about to make a Xen paravirtual call.',
	adapter: 'The adapter, part of the Linux integration components, catches it inside the guest.',
	hypervisor:
		'\u2026and makes the Hyper-V hypercall that does the same work, through the hypercall page.',
	translatedBack:
		'The result goes back to the kernel in the form a Xen call would have returned it.',
	done: 'The kernel has the result of its call as if Xen had run it.'
} satisfies StateDescriptions;
