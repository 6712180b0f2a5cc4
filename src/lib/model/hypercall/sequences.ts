/**
 * The hypercall machine's event runs and runs that lessons send as a whole, kept apart from the machine so that
 * lesson scripts can use them on pages that run no machine.
 */
import type { MachineRun } from '../run';
import type { PrivilegeName } from './codes';

/** The hypervisor takes a hypercall in: it dispatches it by call code, then checks input, privilege, alignment. */
export const hypercallChecks = [
	'hv.dispatch',
	'hv.validate',
	'hv.authorize',
	'hv.checkAlignment'
] as const;

/** A hypercall that passes its checks, from the dispatch to its return to the caller. */
export const hypercallServed = [...hypercallChecks, 'hv.execute', 'hv.return'] as const;

/**
 * One hypercall as a run of the hypercall machine: who calls it with which privileges, its call code, and as a
 * fast call (input in registers) or a rep call of `repCount` elements, `repsPerCall` of which fit in one call.
 */
export function hypercallRun(
	caller: 'root' | 'child',
	privileges: readonly PrivilegeName[],
	callCode: number,
	{
		fast = false,
		repCount = 0,
		repsPerCall
	}: { fast?: boolean; repCount?: number; repsPerCall?: number } = {}
): MachineRun<'hypercall'> {
	const input = {
		caller,
		privileges: [...privileges],
		call: { callCode, fast, repCount, repStartIndex: 0 }
	};
	return {
		machine: 'hypercall',
		input: repsPerCall === undefined ? input : { ...input, repsPerCall }
	};
}
