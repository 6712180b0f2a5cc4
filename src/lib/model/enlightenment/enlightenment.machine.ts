/**
 * What an enlightenment saves, shown with and without it (facts §6.4; hints in CPUID 0x40000004, S2b, S3):
 * - remote TLB flush: an IPI that interrupts every other virtual processor, which flushes and acknowledges
 *   while the sender waits, or one HvCallFlushVirtualAddressSpace (0x0002) with a processor mask, after which
 *   the hypervisor need not interrupt the others at all;
 * - long spin wait: spinning away the time slice while the lock holder is preempted, or, after the spin-retry
 *   count, HvCallNotifyLongSpinWait (0x0008) so the scheduler runs the holder;
 * - APIC end of interrupt: a write to the memory-mapped APIC page that the hypervisor must decode, or a write
 *   to the EOI MSR (0x40000070);
 * - relaxed timing: watchdogs that assume punctual interrupts fire falsely, or the guest switches them off.
 * Counts here are what the mechanism implies, per operation; the time each costs is left to the cost model.
 *
 * Each operation leaves from the guest kernel, drawn at the WinHv box (the hypercall interface of the
 * enlightened Windows child), and ends back there. Only the way without the enlightenment passes the APIC box:
 * the IPIs of a remote flush and a memory-mapped EOI go through the virtual APIC, while the flush hypercall goes
 * straight to the hypercall handler and the EOI MSR write to the MSRs.
 */
import { assign, setup } from 'xstate';
import { at, type HopMeta } from '../hop';
import { doneAt, toStateNamed } from '../legs';

/** Writes to the memory-mapped ICR that send one IPI: the destination, then the command that sends it. */
export const ICR_WRITES_PER_IPI = 2;

export const enlightenmentKinds = ['tlbFlush', 'spinWait', 'apicEoi', 'relaxedTiming'] as const;
export type EnlightenmentKind = (typeof enlightenmentKinds)[number];

export interface EnlightenmentInput {
	kind: EnlightenmentKind;
	/** Whether the guest uses the enlightenment (the hint bit is set and the guest acts on it). */
	enlightened: boolean;
	/** Virtual processors of the guest, for the TLB flush (at most 4 per VM in Windows Server 2008). */
	vcpus?: number;
}

export interface EnlightenmentContext {
	kind: EnlightenmentKind;
	enlightened: boolean;
	vcpus: number;
	/** Other virtual processors interrupted to flush their own TLB, while the sender waits for them. */
	interruptedVps: number;
	vmExits: number;
	hypercalls: number;
	/** Memory-mapped accesses the hypervisor had to decode instruction by instruction. */
	decodedAccesses: number;
	/** Time slices spent spinning on a lock whose holder is not running. */
	wastedSlices: number;
	/** Watchdog alarms raised only because a virtual interrupt came late. */
	falseAlarms: number;
}

export type EnlightenmentEvent = {
	type:
		| 'op.start'
		| 'ipi.send'
		| 'ipi.deliver'
		| 'hypercall.issue'
		| 'spin.expire'
		| 'apic.write'
		| 'timer.late'
		| 'op.finish';
};

/** A state where the operation's work is done once the guest finishes it. */
const finishing = (meta: HopMeta) => ({ meta, on: { 'op.finish': 'done' } });

export const enlightenmentMachine = setup({
	types: {
		context: {} as EnlightenmentContext,
		events: {} as EnlightenmentEvent,
		input: {} as EnlightenmentInput,
		meta: {} as HopMeta,
		tags: {} as 'completed'
	},
	actions: {
		// One IPI is two writes to the ICR in the memory-mapped APIC page (destination, then command), each an
		// exit the hypervisor must decode; with a destination shorthand the one IPI reaches every other processor.
		ipi: assign({
			vmExits: ({ context }) => context.vmExits + ICR_WRITES_PER_IPI,
			decodedAccesses: ({ context }) => context.decodedAccesses + ICR_WRITES_PER_IPI
		}),
		interruptTargets: assign({ interruptedVps: ({ context }) => context.vcpus - 1 }),
		hypercall: assign({
			vmExits: ({ context }) => context.vmExits + 1,
			hypercalls: ({ context }) => context.hypercalls + 1
		}),
		mmioEoi: assign({
			vmExits: ({ context }) => context.vmExits + 1,
			decodedAccesses: ({ context }) => context.decodedAccesses + 1
		}),
		msrEoi: assign({ vmExits: ({ context }) => context.vmExits + 1 }),
		wasteSlice: assign({ wastedSlices: ({ context }) => context.wastedSlices + 1 }),
		falseAlarm: assign({ falseAlarms: ({ context }) => context.falseAlarms + 1 })
	},
	guards: {
		enlightened: ({ context }) => context.enlightened,
		needsIpi: ({ context }) => !context.enlightened && context.vcpus > 1,
		alone: ({ context }) => !context.enlightened && context.vcpus === 1,
		is: ({ context }, kind: EnlightenmentKind) => context.kind === kind
	}
}).createMachine({
	id: 'enlightenment',
	context: ({ input }) => {
		const vcpus = Math.min(Math.max(input.vcpus ?? 4, 1), 4);
		return {
			kind: input.kind,
			enlightened: input.enlightened,
			vcpus,
			interruptedVps: 0,
			vmExits: 0,
			hypercalls: 0,
			decodedAccesses: 0,
			wastedSlices: 0,
			falseAlarms: 0
		};
	},
	initial: 'guest',
	states: {
		guest: {
			meta: at('win-winhv', 'guest-kernel', ['S2b', 'S3']),
			on: {
				'op.start': toStateNamed('is', ['tlbFlush', 'spinWait', 'apicEoi'], 'relaxedTiming')
			}
		},
		tlbFlush: {
			meta: at('win-winhv', 'guest-kernel', ['S2b', 'S3']),
			on: {
				// Without the hint: one IPI to all the other virtual processors, through the APIC.
				'ipi.send': { guard: 'needsIpi', target: 'ipiSent', actions: 'ipi' },
				// With it: one hypercall naming every processor in a mask, straight from the guest, no APIC.
				'hypercall.issue': {
					guard: 'enlightened',
					target: 'flushed',
					actions: 'hypercall'
				},
				// A guest with one virtual processor has nobody to interrupt.
				'op.finish': { guard: 'alone', target: 'done' }
			}
		},
		ipiSent: {
			meta: at('hv-apic', 'hypervisor', ['S2b', 'S3'], {
				estimate: true,
				act: 'IPI (2 ICR writes)'
			}),
			on: { 'ipi.deliver': { target: 'targetsFlush', actions: 'interruptTargets' } }
		},
		targetsFlush: finishing(at('win-winhv', 'guest-kernel', ['S2b', 'S3'])),
		flushed: finishing(at('hv-hypercalls', 'hypervisor', ['S2d', 'S3'], { act: 'HvCall 0x0002' })),
		spinWait: {
			meta: at('hv-scheduler', 'hypervisor', ['S3']),
			on: {
				// Without the hint the guest spins until the slice runs out, and the holder still has not run.
				'spin.expire': {
					guard: ({ context }) => !context.enlightened,
					target: 'done',
					actions: 'wasteSlice'
				},
				// With it, after the spin-retry count, it tells the hypervisor, which schedules the holder.
				'hypercall.issue': { guard: 'enlightened', target: 'yielded', actions: 'hypercall' }
			}
		},
		yielded: finishing(at('hv-scheduler', 'hypervisor', ['S2d', 'S3'])),
		apicEoi: {
			meta: at('win-winhv', 'guest-kernel', ['S2b', 'S3']),
			on: {
				'apic.write': [
					{ guard: 'enlightened', target: 'eoiMsr', actions: 'msrEoi' },
					{ target: 'eoiDecoded', actions: 'mmioEoi' }
				]
			}
		},
		eoiDecoded: finishing(at('hv-apic', 'hypervisor', ['S2b', 'S3'], { act: 'EOI (MMIO)' })),
		eoiMsr: finishing(at('hv-msrs', 'hypervisor', ['S2b', 'S4'], { act: 'WRMSR 0x40000070' })),
		relaxedTiming: {
			meta: at('hv-scheduler', 'hypervisor', ['S2b']),
			on: {
				// The host was busy: a timer interrupt reaches the guest late.
				'timer.late': [
					{ guard: 'enlightened', target: 'done' },
					{ target: 'done', actions: 'falseAlarm' }
				]
			}
		},
		done: doneAt(at('win-winhv', 'guest-kernel', ['S2b']))
	}
});
