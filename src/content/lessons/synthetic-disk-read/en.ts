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
			text: 'This Windows child has the integration components. At boot its VMBus driver accepted the storage channel offer, shared ring buffers with the root and opened the channel.',
			notes:
				'How a channel is set up is the subject of the lesson VMBus up close; here it is already done. Point at the VMBus line between this child and the root.'
		},
		stack: {
			title: 'Down the guest storage stack',
			text: "The read goes down the guest's file system and disk drivers as usual, towards the bottom of its storage stack.",
			notes:
				'So far this is the same path as on a physical machine. Ask what sits at the bottom of this stack instead of a real disk driver.'
		},
		storvsc: {
			title: 'StorVSC builds a packet',
			text: 'At the bottom sits StorVSC, the storage VSC. It wraps a SCSI READ in a VMBus packet (EXECUTE_SRB) that lists the guest-physical addresses of the data buffer.',
			notes:
				'The packet also carries a request ID, so the completion can be matched to it later. Compare with the previous lesson: no port is touched, so nothing traps.'
		},
		ring: {
			title: 'Into the ring buffer',
			text: 'The packet goes into the outbound ring buffer, memory the guest shares with the root. No exit and no hypervisor: just a memory write.',
			correction:
				'The 2008 article says synthetic devices send a packet to a driver in the root of the VMBus. More precisely, the VSC writes the packet into a shared ring buffer and signals; the VSP in the root kernel reads it from there.',
			notes:
				'The ring is ordinary guest memory that the root has mapped. Show the counters: one ring write, still no VM exit.'
		},
		signal: {
			title: 'One signal',
			text: 'The ring was empty, so the root must be told: the guest calls HvCallSignalEvent (0x005D) through the hypercall page, one VM exit. Had the ring already held work, there would be no signal at all.',
			notes:
				'A guest can also set a bit in a monitor page instead, with no exit; VMBus up close shows that variant. The hypercall page hides the difference between the Intel and AMD instructions.'
		},
		synic: {
			title: 'The hypervisor rings the root',
			text: "The hypervisor sets the target port's bit in the event flags of the root's SynIC, its synthetic interrupt controller. Then it raises an interrupt in the root's VMBus driver.",
			notes:
				"The SynIC box is our addition to Microsoft's figure. Ask whether the worker process has been involved so far: it has not, and it will not be."
		},
		storvsp: {
			title: 'StorVSP reads the packet',
			text: "StorVSP, the storage VSP, takes the packet from the ring. It runs in the root's kernel: the request never visits the worker process.",
			correction:
				'The 2008 article says the VSP runs on the guest OS. It does not: VSPs run only in the root partition, and the guest side is the VSC. StorVSP and the network VSP are kernel drivers; synthetic video, mouse and the integration services are served from the worker process, as reported for later builds.',
			notes:
				'This is the biggest difference from the emulated read: no trip to user mode. Point at the VMWP box, which stays dark for the whole lesson.'
		},
		'root-io': {
			title: 'The root I/O stack',
			text: "StorVSP turns the packet into an ordinary request on the VHD file or pass-through disk. It goes down the root's own storage stack to the physical driver.",
			notes:
				'These are the same root I/O stack and drivers the emulated read used; only the way in differs.'
		},
		disk: {
			title: 'Straight into guest memory',
			text: 'The disk reads the block, and the data lands directly in the guest pages the packet named. There is no extra copy.',
			notes:
				'Large transfers travel as lists of guest pages; only small payloads are copied into the ring itself. Ask how that compares with the emulated read.'
		},
		completion: {
			title: 'The completion comes back',
			text: "The completion climbs the root's storage stack back to StorVSP, still all in kernel mode.",
			notes:
				'On the emulated path the completion went back up to the worker process in user mode; here it stops in the kernel.'
		},
		'completion-ring': {
			title: 'A completion packet',
			text: 'StorVSP writes a COMPLETE_IO packet, with the SCSI status and the same request ID, into the inbound ring.',
			notes: 'The ring writes counter goes to two: one packet each way for the whole read.'
		},
		'signal-guest': {
			title: 'The root signals the guest',
			text: "The inbound ring was empty, so the root signals the guest with its own HvCallSignalEvent. The hypervisor then flags the guest's SynIC.",
			notes:
				"The empty-to-non-empty rule holds in this direction too. The root's hypercall is no exit of the guest, so the VM exits counter stays at one."
		},
		'guest-interrupt': {
			title: 'A VMBus interrupt in the guest',
			text: "The guest's VMBus driver takes the interrupt on SINT2, scans the event flags and finds the storage channel.",
			notes:
				'In the WS2008 protocol all channels shared one interrupt bitmap page, one bit per channel. Ask how many completions this single interrupt could deliver.'
		},
		'storvsc-done': {
			title: 'StorVSC matches the request',
			text: 'StorVSC reads the completion from the ring and matches its request ID to the waiting SCSI command.',
			notes: 'Had several completions queued up, this one interrupt would have served them all.'
		},
		eoi: {
			title: 'A cheap end of interrupt',
			text: 'The guest ends the interrupt with one write to the synthetic EOI register, MSR 0x40000070. This enlightenment replaces emulated APIC accesses.',
			notes:
				'Ask before revealing: an end of interrupt normally goes to the APIC, so where does an enlightened guest send it? An MSR write is a cheaper exit than an APIC access the hypervisor must decode.'
		},
		done: {
			title: 'At most two exits for 4 KB',
			text: 'By our estimate at most about two guest exits, two hypercalls and no trip to user mode, against about twelve exits on the emulated path. Under load, several requests can share one signal.',
			notes:
				'Both sets of counters are side by side under the two diagrams, with the ratio in the table: point at the emulated read still bouncing after the synthetic one has finished. The tally is derived from the documented mechanisms, not measured.',
			compare: { a: 'Synthetic (VMBus)', b: 'Emulated IDE' }
		}
	},
	questions: {
		'after-root-interrupt': {
			prompt:
				"The root's VMBus driver has taken the interrupt for the storage channel. Who reads the packet from the ring? Click the box.",
			explanation:
				"StorVSP, the storage VSP in the root's kernel. The worker process in user mode is not on the synthetic path at all."
		},
		'ide-fast-path': {
			prompt:
				"This enlightened guest's disk hangs on the IDE controller. Where does its read go after the guest's storage stack? Click the box.",
			explanation:
				"The integration components' IDE filter hands the request to StorVSC, so it goes over VMBus like a SCSI request. Emulated IDE is then only used while booting."
		},
		'vsp-where': {
			prompt: 'Where does StorVSP run?',
			options: {
				'root-kernel': 'In the root partition, in kernel mode',
				'worker-process': "In the worker process, in the root's user mode",
				'guest-kernel': "In the guest's kernel",
				hypervisor: 'In the hypervisor'
			},
			explanation:
				'StorVSP is a kernel driver in the root partition, as is the network VSP; the guest side of the pair is the VSC. Not every VSP is in the kernel: synthetic video, mouse and the integration services are served from the worker process in user mode.'
		},
		'when-signal': {
			prompt: 'When does the guest signal the root after writing a packet into the ring?',
			options: {
				'ring-was-empty': 'Only when the ring was empty before the write',
				'every-packet': 'After every packet',
				timer: 'Never: the root checks the ring on a timer'
			},
			explanation:
				'A side is interrupted only when a ring goes from empty to non-empty. If work is already waiting, the reader will find the new packet anyway.'
		},
		'data-path': {
			prompt: 'How do the 4 KB of data reach the guest?',
			options: {
				'guest-pages': 'The root writes them straight into the guest pages listed in the packet',
				'inline-in-ring': 'They are copied into the ring buffer inside the completion packet',
				'through-worker-process': 'The worker process copies them into guest memory'
			},
			explanation:
				'Large transfers are described by lists of guest-physical pages in the packet, and the host reads or writes those pages directly, without an extra copy.'
		},
		'exit-count': {
			prompt: 'About how many guest exits does one synthetic 4 KB read take, by our estimate?',
			options: {
				none: 'None',
				'about-two': 'About two: one signal and one end of interrupt',
				'about-twelve': 'About twelve, as on the emulated path'
			},
			explanation:
				'One HvCallSignalEvent to tell the root and one cheap EOI write: at most about two exits, against about twelve for emulated IDE. This tally is an estimate from the documented mechanisms.'
		}
	}
};

export default narration;
