/** What each state of the enlightenment machine stands for, by state path: explore's statechart shows it beside the state. */
import type { StateDescriptions } from '../leg-descriptions';

export default {
	guest: 'The guest kernel is about to do the operation.',
	tlbFlush:
		'The guest kernel has changed a mapping that other virtual processors may still hold in their TLBs.',
	ipiSent:
		'The two ICR writes of the IPI, through the memory-mapped APIC page; the write count is ours ([M]).',
	targetsFlush:
		'Every other virtual processor takes the interrupt in its kernel, flushes its own TLB and acknowledges; the sender waits until all have. This is what the flush hypercall spares.',
	flushed: 'HvCallFlushVirtualAddressSpace (0x0002) with a processor mask.',
	spinWait: 'A virtual processor spins on a lock whose holder is not running right now.',
	yielded:
		'With the hint: after its spin-retry count the guest tells the hypervisor, which can run the lock holder.',
	apicEoi: 'The guest kernel has handled an interrupt and must tell the APIC it is done.',
	eoiDecoded:
		'Without the hint: a write to the EOI register of the memory-mapped APIC page, decoded by the hypervisor.',
	eoiMsr: 'With it: a write to the synthetic EOI MSR (0x40000070), which says what it is.',
	relaxedTiming: 'A timer interrupt reaches the guest late because the host was busy.',
	done: 'The operation is finished; the counters show what it cost.'
} satisfies StateDescriptions;
