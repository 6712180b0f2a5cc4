import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Hypercalls: how a guest calls the hypervisor',
	summary:
		'An enlightened guest finds Hyper-V through CPUID, switches on the hypercall page and then makes three hypercalls: one that succeeds, one it has no right to make, and a long one that has to continue.',
	objectives: [
		'Name the CPUID leaves and MSRs a guest uses to find Hyper-V and to enable hypercalls.',
		'Read a hypercall input value: call code, fast bit, rep count and rep start index.',
		'Explain the status codes SUCCESS and ACCESS_DENIED, and why only the root may create partitions.',
		'Describe how a rep hypercall continues after its time budget runs out.'
	],
	steps: {
		firmware: {
			title: 'Booting, still unaware',
			text: 'A Windows Server 2008 child is booting. Its BIOS reads the boot disk through the emulated IDE controller in the worker process, because nothing in the guest knows about Hyper-V yet.',
			notes:
				'Point at the IDE box inside the VMWP. Ask the class: how could a kernel find out that it runs on a hypervisor at all?'
		},
		kernel: {
			title: 'The kernel takes over',
			text: 'The Windows kernel is loaded and starts. Its WinHv layer knows how to talk to Hyper-V, but first the kernel must find out whether a hypervisor is there.',
			notes: 'WinHv is the library in the diagram that wraps hypercalls for Windows drivers.'
		},
		'present-bit': {
			title: 'Is there a hypervisor?',
			text: 'The kernel runs CPUID leaf 1 and finds bit 31 of ECX set: a hypervisor is present. The hypervisor itself supplies that answer; watch the CPUID counter.',
			notes:
				'On real hardware this bit is zero. It only says that some hypervisor is there, not which one.'
		},
		vendor: {
			title: 'Leaf 0x40000000: who is it?',
			text: 'Leaf 0x40000000 returns the vendor string "Microsoft Hv" in EBX, ECX and EDX, and in EAX the highest hypervisor leaf on offer.',
			notes:
				'The string is spread over three registers: "Micr", "osof", "t Hv". Other hypervisors answer the same leaf with their own name.'
		},
		interface: {
			title: 'Leaf 0x40000001: which interface?',
			text: 'Leaf 0x40000001 returns the interface signature "Hv#1" in EAX. A guest should decide whether to use hypercalls on this signature, not on the vendor string.',
			notes:
				'Ask why the interface matters more than the name: another vendor could implement the same interface.'
		},
		'guest-os-id': {
			title: 'The guest says who it is',
			text: 'The guest writes a non-zero identity (vendor, OS, version) to the guest OS ID MSR, 0x40000000. Until it does, the hypervisor will not enable the hypercall page.',
			notes:
				'Same number as the CPUID leaf, but a different namespace: this is a model-specific register, written with WRMSR.'
		},
		'hypercall-page': {
			title: 'The hypercall page',
			text: 'The guest writes the address of a free page plus the enable bit to the hypercall MSR, 0x40000001, and the hypervisor overlays that page with the call instruction this processor needs. The guest just CALLs the page, whether it runs on Intel or AMD.',
			notes:
				'The page holds VMCALL on Intel and VMMCALL on AMD, by our reading; the TLFS only says the opcode differs by vendor. The page can be read and executed, not written.'
		},
		'signal-input': {
			title: 'A first hypercall: HvCallSignalEvent',
			text: 'Later a VMBus driver in this child wants to nudge the root with HvCallSignalEvent (0x005D). WinHv puts the input value 0x000000000001005D in RCX: call code in bits 15 to 0, fast bit 16 set, rep count and start index zero.',
			notes:
				'Write the 64 bits on the board and mark the fields. Fast means the parameters travel in registers, not in a memory block.'
		},
		'signal-exit': {
			title: 'Into the hypervisor',
			text: 'The guest CALLs the hypercall page, and its instruction makes the processor leave the guest: one VM exit. The hypervisor now holds the input value.',
			notes: 'Watch the exit counter go to one. This is the only exit the whole call costs.'
		},
		'signal-check-input': {
			title: 'Known code, valid input',
			text: 'The call code is known, and for a simple call the rep fields must be zero and no reserved bit may be set: all fine. The TLFS does not fix the order of these checks; the order shown is our estimate.',
			notes:
				'A bad call code would return INVALID_HYPERCALL_CODE (0x0002); a reserved bit or a rep count on a simple call, INVALID_HYPERCALL_INPUT (0x0003).'
		},
		'signal-privilege': {
			title: 'Is the caller allowed?',
			text: 'HvCallSignalEvent needs the SignalEvents privilege, which by our estimate the virtualization stack grants every child that uses VMBus. A fast call has no memory block, so it cannot be misaligned either.',
			notes:
				'The 2008 R2 TLFS leaves SignalEvents off by default for children; working VMBus guests show it is granted. A misaligned memory block would give INVALID_ALIGNMENT (0x0004).'
		},
		'signal-done': {
			title: 'Success',
			text: "The hypervisor sets the event flag in the root's SynIC and returns HV_STATUS_SUCCESS (0x0000) in RAX. The call needs no buffers, so nothing can run out.",
			notes: 'Status codes sit in bits 15 to 0 of RAX; zero means success.'
		},
		'denied-try': {
			title: 'Asking for too much',
			text: 'The same child now tries HvCallCreatePartition (0x0040), a memory-based call with input value 0x0000000000000040. Code and input are valid; next comes the privilege check.',
			notes: 'Ask the class to predict the outcome before clicking on.'
		},
		denied: {
			title: 'Access denied',
			text: 'Creating partitions needs the CreatePartitions privilege, and in Windows Server 2008 only the root holds it. The call returns HV_STATUS_ACCESS_DENIED (0x0006) and nothing is created.',
			notes:
				'Privileges live in each partition’s privilege mask, set by its parent; a guest can read its own in CPUID leaf 0x40000003.'
		},
		'rep-start': {
			title: 'A rep call from the root',
			text: "The root maps 25 pages of a child's memory with HvCallMapGpaPages (0x004B), a rep call: rep count 25 in bits 43 to 32, start index 0. The root holds every privilege, so all checks pass.",
			correction:
				'The 2008 article calls the parent partition one VM among the others. In fact the hypervisor builds the root at boot from the Windows instance that loaded it; its memory is identity-mapped and it holds every privilege, while a child has only the memory its parent maps in with calls like this one.',
			notes:
				'The exit counter stays at zero: it counts exits from a child, and this call comes from the root.'
		},
		'rep-budget': {
			title: 'Out of time after 20',
			text: 'The hypervisor aims to spend no more than about 50 microseconds on one call. In this example, modelled on one in the TLFS, it gets through 20 of the 25 pages and stops, with the rep start index moved on to 20.',
			notes:
				'How many reps fit in the budget depends on the call and the machine; 20 is the TLFS example, not a constant.'
		},
		'rep-return': {
			title: 'Back, but not moved on',
			text: "The virtual processor goes back into the root with its instruction pointer still on the call instruction in the hypercall page, and the input value now reads 0x001400190000004B: start index 20 in bits 59 to 48. WinHv's own code sees no return at all.",
			notes:
				'Compare with the first value, 0x000000190000004B: only the start index field changed. The diagram shows the step at WinHv because the hypercall page sits in its partition; no WinHv code runs here.'
		},
		'rep-reissue': {
			title: 'The same call again',
			text: 'The processor executes the same instruction again and re-enters the hypervisor, which carries on at page 20. This is a continuation, invisible to WinHv: the hypercall counter counts two entries into the hypervisor for one call.',
			notes:
				'Ask: why not simply run all 25 at once? Because one call must not hold a processor for long.'
		},
		'rep-finish': {
			title: 'All 25 done',
			text: 'The last five pages fit in the budget, and the call returns HV_STATUS_SUCCESS with 25 reps completed in bits 43 to 32 of RAX. A long list never holds the processor for long, yet the caller wrote just one call.',
			notes: 'Recap the three outcomes: success, access denied, and success after a continuation.'
		}
	},
	questions: {
		'interface-leaf': {
			prompt:
				'Which CPUID leaf gives the interface signature "Hv#1", the value a guest should base its use of hypercalls on?',
			explanation:
				'Leaf 0x40000001 returns "Hv#1" in EAX. Leaf 0x40000000 gives the vendor name, leaf 1 only says that some hypervisor is present, and MSR 0x40000001 is the hypercall MSR, not a CPUID leaf.'
		},
		'os-id-hop': {
			prompt:
				'The kernel has found "Hv#1". It now writes its identity to the guest OS ID register. Which part of the hypervisor receives that write?',
			explanation:
				'The guest OS ID (0x40000000) is a synthetic MSR, so the write goes to the hypervisor’s MSRs block. The hypercall page is switched on the same way, through MSR 0x40000001.'
		},
		'before-page': {
			prompt: 'What must a guest do before the hypervisor lets it enable the hypercall page?',
			options: {
				'guest-os-id': 'Write a non-zero value to the guest OS ID MSR',
				'vmbus-contact': 'Contact the root over VMBus',
				'create-vp': 'Create its virtual processors with a hypercall',
				nothing: 'Nothing: the page is always enabled'
			},
			explanation:
				'Without a non-zero guest OS ID the hypercall page cannot be enabled, and clearing the ID later switches the page off. VMBus comes later and itself needs hypercalls.'
		},
		'input-value': {
			prompt:
				'A child makes HvCallSignalEvent (0x005D) as a fast call with no reps. Which input value goes in RCX?',
			explanation:
				'The call code sits in bits 15 to 0 and the fast flag is bit 16, giving 0x1005D. Without bit 16 it would be a memory-based call; a rep count of 1 on a simple call is invalid input; and the call code never sits in the top bits.'
		},
		'denied-status': {
			prompt:
				'A child without the CreatePartitions privilege calls HvCallCreatePartition. What comes back?',
			options: { success: 'HV_STATUS_SUCCESS, with an empty partition' },
			explanation:
				'The call code is valid, so the call gets as far as the privilege check and fails there with ACCESS_DENIED. In Windows Server 2008 only the root holds CreatePartitions.'
		},
		'budget-hop': {
			prompt:
				'The root’s 25-page HvCallMapGpaPages has used up its time budget after 20 pages. Where does control go next?',
			explanation:
				'Back into the root, to the call instruction in the hypercall page (drawn at WinHv), with the start index advanced to 20 and the instruction pointer unchanged. The virtual processor simply executes it again and continues at page 20; WinHv never sees a return.'
		},
		continuation: {
			prompt: 'A rep call of 25 elements stops after 20. What happens then?',
			options: {
				'resume-at-20':
					'It returns with the rep start index at 20 and the instruction pointer unchanged, so running it again resumes at element 20',
				restart: 'The caller must start again from element 0',
				'error-split': 'It returns an error, and the caller must split the list into smaller calls',
				'hold-vp': 'The hypervisor keeps the processor until all 25 are done'
			},
			explanation:
				'That is the rep continuation of the TLFS: the work done is kept, the start index moves on, and because the instruction pointer did not move, the virtual processor re-executes the same instruction and picks up where the call stopped. The caller’s code notices nothing.'
		}
	}
};

export default narration;
