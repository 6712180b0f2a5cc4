/**
 * The registers of a hypercall as it proceeds (facts §6.3, TLFS S2a): RCX holds the input value, RDX and R8 the
 * input and output blocks' GPAs (or, for a fast call, the input itself), RAX the result value once the
 * hypervisor returns. Read off the `hypercall` machine's snapshot at build time, so a lesson step shows the
 * registers the model is at, and a continuation shows RCX with its rep start index moved on.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { HypercallContext } from '$lib/model/hypercall/hypercall.machine';
import { statusCodes, type StatusName } from '$lib/model/hypercall/codes';
import { encodeInput, encodeResult, hex64 } from '$lib/model/hypercall/input-value';

export interface HypercallRegisters {
	/** The input value, as a 64-bit hex literal (`HypercallBits` shows it bit by bit). */
	rcx: string;
	/** A memory-based call passes block addresses; a fast call passes its input in the registers. */
	fast: boolean;
	/** Where the call is: prepared by the caller, inside the hypervisor, back with a result, or to be re-executed. */
	phase: 'prepared' | 'hypervisor' | 'returned' | 'continued';
	/** The result value, once the caller has it: 64-bit hex, its status and the reps completed. */
	rax?: { value: string; status: StatusName; reps: number };
}

const leafPath = (value: AnyMachineSnapshot['value']): string[] =>
	typeof value === 'string'
		? [value]
		: Object.entries(value).flatMap(([key, inner]) => [key, ...leafPath(inner!)]);

export function registersOf(snapshot: AnyMachineSnapshot): HypercallRegisters {
	const context = snapshot.context as HypercallContext;
	const [where, leaf] = leafPath(snapshot.value);
	const phase: HypercallRegisters['phase'] =
		where === 'hypervisor'
			? 'hypervisor'
			: leaf === 'returned'
				? 'returned'
				: leaf === 'continued'
					? 'continued'
					: 'prepared';
	const status = context.status;
	return {
		rcx: hex64(encodeInput(context.call)),
		fast: context.call.fast,
		phase,
		...(phase === 'returned' && status
			? {
					rax: {
						value: hex64(encodeResult(statusCodes[status], context.repsCompleted)),
						status,
						reps: context.repsCompleted
					}
				}
			: {})
	};
}
