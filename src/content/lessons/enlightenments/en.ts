import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Enlightenments: what a hypervisor-aware kernel saves',
	summary:
		'Four everyday kernel operations, each done first the hardware way and then the enlightened way: a remote TLB flush, a long spin wait, an end of interrupt and a late timer. Count what every enlightenment saves.',
	objectives: [
		'Find the enlightenment hints in CPUID leaf 0x40000004.',
		'Compare a remote TLB flush by IPI with a single flush hypercall, and say what the hypercall really saves.',
		'Explain lock-holder preemption and what HvCallNotifyLongSpinWait does about it.',
		'Say what the EOI MSR and relaxed timing save, and why memory enlightenments mattered so much in Windows Server 2008, which had no SLAT.'
	],
	steps: {
		'flush-start': {
			title: 'A TLB flush on four processors',
			text: 'This guest has four virtual processors and has just changed a page mapping, so stale copies in the TLBs of the other three must go. First we do it the way a kernel does on real hardware.',
			notes:
				'The hints a guest acts on come from CPUID leaf 0x40000004; in this run the guest ignores them. Ask: how does one processor make another flush its TLB?'
		},
		'flush-ipi-first': {
			title: 'An IPI, the hardware way',
			text: "The kernel sends one inter-processor interrupt by writing the APIC's command register (ICR) in its memory-mapped page: the destination, then the command, and with a shorthand one IPI reaches all three. Each write exits, and the hypervisor must decode it.",
			notes:
				'Point at the APIC box and at the decoded-accesses counter: two, for one IPI. That an IPI takes two ICR writes on the memory-mapped APIC is our estimate of how a 2008 kernel sends it.'
		},
		'flush-ipi-rest': {
			title: 'Three processors interrupted',
			text: 'The hypervisor delivers the interrupt to the other three virtual processors. Each stops what it was doing, flushes its own TLB and acknowledges, and the sender waits until all three have.',
			notes:
				'Ask what grows as a guest gets more virtual processors: not the ICR writes, but the processors interrupted and the wait for the slowest, which may not even be running.'
		},
		'flush-done': {
			title: 'Flushed, at a price',
			text: 'The flush is done after two trapped writes, three interrupted processors and a wait for all of them. That interruption and wait is the real cost, and it grows with the guest.',
			notes:
				'Remember the counters: two exits, two decoded accesses, three processors interrupted, no hypercall.'
		},
		'flush-hypercall': {
			title: 'One hypercall instead',
			text: 'Bit 2 of CPUID leaf 0x40000004 EAX recommends a hypercall for remote flushes. The guest makes one HvCallFlushVirtualAddressSpace (0x0002) call with a mask naming every processor to flush, straight to the hypercall handler.',
			notes:
				'Point at the trail: from the guest kernel straight to the hypercall handler, with no APIC box on the way. Bits 0 and 1 of the same register recommend hypercalls for address-space switches and local flushes too.'
		},
		'flush-hypercall-done': {
			title: 'One exit, nothing to decode',
			text: 'One exit instead of two, nothing to decode, and no other processor interrupted or waited for: the hypervisor handles the flush for the processors in the mask. Without SLAT in 2008 memory management was costly; SLAT in R2 reportedly cut the overhead from about 10% to 2%.',
			correction:
				'The 2008 article says Windows Server 2008 is fully enlightened, improved at every possible point. That overstates it: more enlightenments came with R2 and later versions, and SLAT in R2 changed the memory-management picture.',
			notes:
				'SLAT is Intel EPT or AMD RVI: the processor walks both the guest and the host page tables, so the hypervisor no longer has to shadow them.',
			compare: { a: 'With the flush hypercall', b: 'Without the enlightenment' }
		},
		'spin-start': {
			title: 'Waiting for a lock',
			text: 'A virtual processor wants a spinlock held by another virtual processor of the same guest, which the hypervisor has just taken off the CPU. Without the enlightenment it just spins, unaware that the holder is not running.',
			notes:
				'On real hardware the holder always runs, so spinning briefly is cheap. Ask why that changes here.'
		},
		'spin-wasted': {
			title: 'A wasted time slice',
			text: 'It spins until its time slice runs out, and the lock is still held, because the holder never got a processor. This is lock-holder preemption.',
			notes: 'Point at the wasted-slices counter: one whole slice spent doing nothing useful.'
		},
		'spin-notify': {
			title: 'Telling the scheduler',
			text: 'An enlightened guest spins only as many times as the spin-retry count in CPUID 0x40000004 EBX says. Then it calls HvCallNotifyLongSpinWait (0x0008), so the scheduler can give the time to another processor, such as the lock holder.',
			notes:
				'Ask why the guest first spins up to the retry count instead of calling the hypervisor straight away.'
		},
		'spin-holder-runs': {
			title: 'No slice wasted',
			text: 'The call is only advice and always returns success, but no slice burns away waiting for a holder that cannot run. Compare the wasted-slices counter of both runs.',
			notes: 'Ask the class: why is it safe for the hypervisor to treat this call as a mere hint?'
		},
		'eoi-mmio': {
			title: 'End of interrupt, the hardware way',
			text: 'An interrupt has been handled, and the kernel must tell the APIC it is done: an end of interrupt (EOI). Without the enlightenment it writes the EOI register in the memory-mapped APIC page.',
			notes:
				'Every interrupt a guest takes ends this way, so this small cost adds up fast. Ask the class which box the write will land in.'
		},
		'eoi-mmio-done': {
			title: 'Decoded at the APIC',
			text: "That write exits to the hypervisor's virtual APIC, which must fetch and decode the instruction to learn which register was written and with what. One exit, one decoded access.",
			notes: 'Point at the APIC box and at the decoded-accesses counter, which went up by one.'
		},
		'eoi-msr': {
			title: 'EOI through an MSR',
			text: 'With bit 3 of the hints set, the kernel writes the synthetic EOI MSR (0x40000070) instead. That is still an exit, but an MSR write says exactly what it is, so there is nothing to decode.',
			notes:
				'Compare with the run before: this write lands in the MSRs box, not the APIC box. MSRs 0x40000071 and 0x40000072 do the same for the ICR and TPR registers.'
		},
		'timing-late': {
			title: 'A busy host',
			text: 'Virtual processors share the physical ones, so when the host is busy a timer interrupt can reach a guest late. Here one arrives late in a guest without the enlightenment.',
			notes: 'Ask: what in a kernel assumes that timer interrupts arrive on time?'
		},
		'timing-false-alarm': {
			title: 'A false alarm',
			text: 'A watchdog in the kernel that expects punctual interrupts decides something has hung. It raises an alarm, although nothing was wrong.',
			notes: 'Point at the false-alarms counter.'
		},
		'timing-relaxed': {
			title: 'Relaxed timing',
			text: 'Bit 5 of the hints tells the kernel to relax its timing and switch off such watchdogs. The late interrupt arrives, and no alarm goes off.',
			notes:
				'Recap: each enlightenment is optional and hinted, and each saves something different: exits, decoding, wasted slices or false alarms.'
		}
	},
	questions: {
		'flush-hop': {
			prompt:
				'The guest kernel must flush the TLBs of its other processors. Without the hint it would write the APIC once for each; this guest acts on the remote-flush hint. Where does the flush go?',
			explanation:
				'Straight from the guest kernel to the hypervisor’s hypercall handler, past the APIC: one HvCallFlushVirtualAddressSpace with a processor mask replaces the IPI, its trapped APIC writes, and the interruption of every other processor.'
		},
		'flush-savings': {
			prompt:
				'A guest with four virtual processors flushes the TLBs of the other three. What does the enlightenment save?',
			options: {
				'no-interrupts':
					'The other three are no longer interrupted and waited for, and two decoded APIC writes become one hypercall exit',
				none: 'Nothing: the hypercall costs as much as the IPI',
				'three-to-zero': 'All exits: the flush no longer leaves the guest',
				'one-ipi-each': 'Three IPIs, one per processor, become one hypercall'
			},
			explanation:
				'Without the hint one IPI, two trapped ICR writes, reaches all three others, and each must stop, flush and acknowledge while the sender waits. With it, one hypercall names the processors in a mask; the hypervisor need not interrupt them, and nothing is decoded.'
		},
		'spin-call': {
			prompt:
				'What does HvCallNotifyLongSpinWait tell the hypervisor, and what can it do with that?',
			options: {
				'scheduler-runs-holder':
					'That this processor has spun a long time on a lock, so the scheduler can run another one, such as the lock holder',
				'takes-lock': 'Which lock to take on the guest’s behalf',
				'adds-vcpu': 'That the guest needs an extra virtual processor',
				'fails-if-busy': 'Nothing useful: it returns an error when the host is busy'
			},
			explanation:
				'It is advice after the spin-retry count runs out, and it always returns success. The scheduler can use the time for another processor, ideally the preempted lock holder.'
		},
		'eoi-hop': {
			prompt:
				'An enlightened guest ends an interrupt with the EOI enlightenment. Which part of the hypervisor receives its write?',
			explanation:
				'The MSRs block: the guest writes synthetic MSR 0x40000070 instead of the EOI register in the memory-mapped APIC page.'
		},
		'eoi-saves': {
			prompt:
				'What does writing EOI to MSR 0x40000070 save, compared with the memory-mapped APIC page?',
			options: {
				'no-decoding': 'The decoding: an MSR write says what it is, a memory write must be decoded',
				'no-exit': 'The exit: an MSR write stays inside the guest',
				'no-interrupt': 'The interrupt itself'
			},
			explanation:
				'Both ways cost one exit. The MSR write tells the hypervisor directly which register and value are meant, so it need not fetch and decode the guest’s instruction.'
		},
		'hints-where': {
			prompt: 'Where does a guest learn which enlightenments the hypervisor recommends?',
			options: {
				'cpuid-40000004': 'In CPUID leaf 0x40000004',
				'guest-os-id': 'In the guest OS ID MSR',
				'vmbus-offer': 'In a VMBus channel offer',
				'hypercall-page': 'In the hypercall page'
			},
			explanation:
				'Leaf 0x40000004 holds the recommendations in EAX (hypercall flushes, APIC MSRs, relaxed timing and more) and the spin-retry count in EBX. The guest OS ID goes the other way: it is what the guest tells the hypervisor.'
		},
		'no-slat': {
			prompt: 'Why did memory-management enlightenments matter so much in Windows Server 2008?',
			options: {
				'shadow-page-tables':
					'Without SLAT the hypervisor kept shadow page tables, so page-table and TLB work was expensive',
				'no-hypercalls': 'Because hypercalls did not exist yet',
				'single-processor': 'Because guests had only one virtual processor'
			},
			explanation:
				'SLAT came with R2 and reportedly cut the overhead from about 10% to about 2%. Before it, every page-table change a guest made cost the hypervisor work, so shortcuts for flushes and switches paid off.'
		}
	}
};

export default narration;
