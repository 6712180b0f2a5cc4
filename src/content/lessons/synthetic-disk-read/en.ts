import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'The same read through VMBus',
	summary:
		'Follow the same 4 KB read by an enlightened Windows guest: a packet in shared memory, one signal, and the root kernel does the rest.',
	objectives: [
		'Trace the synthetic path: VSC, VMBus ring buffer, signal, VSP, root I/O stack.',
		'Explain why the worker process is not on this path.',
		'Compare the cost with the emulated read.'
	],
	steps: {
		start: {
			title: 'An enlightened guest wants 4 KB',
			text: 'This Windows child has the integration components. At boot its VMBus driver accepted the storage channel offer, shared ring buffers with the root and opened the channel.'
		},
		stack: {
			title: 'Down the guest storage stack',
			text: "The read goes down the guest's file system and disk drivers as usual, towards the bottom of its storage stack."
		},
		storvsc: {
			title: 'StorVSC builds a packet',
			text: 'At the bottom sits StorVSC, the storage VSC. It wraps a SCSI READ in a VMBus packet (EXECUTE_SRB) with the guest-physical addresses of the data buffer.'
		},
		ring: {
			title: 'Into the ring buffer',
			text: 'The packet is written into the outbound ring buffer, memory the guest shares with the root. No exit, no hypervisor: just a memory write.'
		},
		signal: {
			title: 'One signal',
			text: 'The ring was empty, so the root must be told: the guest calls HvCallSignalEvent (0x005D) through the hypercall page, one VM exit. Had the ring not been empty, no signal at all; a guest may also flag a monitor page instead, with no exit.'
		},
		synic: {
			title: 'The hypervisor rings the root',
			text: "The hypervisor sets the target port's bit in the root's synthetic interrupt controller (SynIC) event flags and raises an interrupt in the root's VMBus driver."
		},
		storvsp: {
			title: 'StorVSP reads the packet',
			text: "StorVSP, the storage VSP, takes the packet from the ring. It runs in the root's kernel: the request never visits the worker process.",
			correction:
				'The 2008 overview says the VSP runs on the guest OS. It does not: VSPs run only in the root partition, in kernel mode; the guest side is the VSC.'
		},
		'root-io': {
			title: 'The root I/O stack',
			text: "StorVSP turns the packet into an ordinary request on the VHD file or pass-through disk, down the root's own storage stack to its physical driver."
		},
		disk: {
			title: 'Straight into guest memory',
			text: 'The disk reads the block, and the data lands directly in the guest pages the packet named. No extra copy.'
		},
		completion: {
			title: 'The completion comes back',
			text: 'The completion climbs the root stack back to StorVSP, still all in kernel mode.'
		},
		'completion-ring': {
			title: 'A completion packet',
			text: 'StorVSP writes a COMPLETE_IO packet with the SCSI status and the same request ID into the inbound ring.'
		},
		'signal-guest': {
			title: 'The root signals the guest',
			text: "The inbound ring was empty, so the root signals the guest with its own HvCallSignalEvent, and the hypervisor flags the guest's SynIC."
		},
		'guest-interrupt': {
			title: 'A VMBus interrupt in the guest',
			text: "The guest's VMBus driver takes the interrupt, scans the event flags and finds the storage channel."
		},
		'storvsc-done': {
			title: 'StorVSC matches the request',
			text: 'StorVSC reads the completion from the ring and matches its request ID to the waiting SCSI command.'
		},
		eoi: {
			title: 'A cheap end of interrupt',
			text: 'The guest ends the interrupt with one write to the synthetic EOI register (MSR 0x40000070), an enlightenment that replaces emulated APIC accesses.'
		},
		done: {
			title: 'At most two exits for 4 KB',
			text: 'At most about two guest exits, two hypercalls and no trip to user mode, against about twelve exits on the emulated path. These tallies are estimates from the documented mechanisms.'
		}
	}
};

export default narration;
