/** What each state of the hypercall machine stands for, by state path: explore's statechart shows it beside the state. */
import { under, type StateDescriptions } from '../leg-descriptions';

/** The caller's three states (`callerStates`), the same in the root and in a child but for the first. */
const caller = (prepare: string): StateDescriptions => ({
	prepare,
	returned: 'The caller has the status in RAX.',
	continued:
		'The call came back unfinished: the processor executes the call instruction again, from the rep start index.'
});

export default {
	start: 'A transient state: the calling partition decides where the call starts.',
	root: 'The root partition makes the call, with every privilege.',
	...under(
		'root',
		caller("The root's kernel builds the input value through WinHv, with all privileges.")
	),
	child: 'A child partition makes the call, with the privileges its partition was given.',
	...under(
		'child',
		caller(
			"A child's kernel (WinHv in Windows) puts the input value in RCX, the block addresses in RDX/R8."
		)
	),
	hypervisor: 'The hypervisor handles the call: dispatch, checks, execution.',
	'hypervisor.exit': 'CALL into the hypercall page, whose VMCALL/VMMCALL leaves the partition.',
	'hypervisor.validate':
		'The hypervisor checks the input value: reserved bits must be zero, and a rep count only on a rep call.',
	'hypervisor.authorize':
		"Is the caller allowed this call? The partition's privilege mask decides.",
	'hypervisor.checkAlignment':
		"A memory-based call's input and output blocks must be 8-byte aligned; a fast call passes its parameters in registers.",
	'hypervisor.execute': 'The hypervisor does the work of the call.',
	'hypervisor.reps': 'A rep call does one element after another while its time budget lasts.',
	'hypervisor.timeBudgetSpent':
		"Out of time: back into the calling partition with the rep start index moved on and RIP left on the call instruction in the hypercall page, which the processor simply executes again. The caller's code (WinHv) never sees a return; the hop stays at its box for want of a page box.",
	'hypervisor.rejected': 'The call failed a check: an error status, and nothing was done.',
	'hypervisor.done':
		'The call succeeded: the status and, for a rep call, the reps completed go back in RAX.'
} satisfies StateDescriptions;
