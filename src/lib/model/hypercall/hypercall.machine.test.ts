import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { hopOf } from '../hop';
import { childDefaultPrivileges, rootPrivileges } from './codes';
import {
	hypercallMachine,
	statusValue,
	type HypercallContext,
	type HypercallInput
} from './hypercall.machine';
import { playToEnd } from '../run';
import { decodeResult, encodeResult } from './input-value';

/** Runs a call to the end, and reads its result value the way the caller would. */
function complete(input: HypercallInput) {
	const { snapshot, hops } = playToEnd(hypercallMachine, input);
	expect(snapshot.hasTag('completed')).toBe(true);
	const context = snapshot.context as HypercallContext;
	return {
		...context,
		hops,
		result: encodeResult(statusValue(context.status!), context.repsCompleted)
	};
}

const signalEvent = { callCode: 0x005d, fast: true, repCount: 0, repStartIndex: 0 };
const createPartition = { callCode: 0x0040, fast: false, repCount: 0, repStartIndex: 0 };

describe('a hypercall', () => {
	it('goes from the caller’s kernel into the hypervisor and back, one exit for a child', () => {
		const call = complete({ caller: 'child', privileges: ['SignalEvents'], call: signalEvent });
		expect(call.status).toBe('SUCCESS');
		expect(call.hops[0]).toBe('win-winhv');
		expect(call.hops).toContain('hv-hypercalls');
		expect(call).toMatchObject({ vmExits: 1, hypercalls: 1 });
	});

	it('denies a child a root-only call (HvCallCreatePartition) with ACCESS_DENIED', () => {
		const call = complete({
			caller: 'child',
			privileges: childDefaultPrivileges,
			call: createPartition
		});
		expect(call.status).toBe('ACCESS_DENIED');
		expect(decodeResult(call.result)).toEqual({ status: 0x0006, repsCompleted: 0 });
	});

	it('lets the root, which holds every privilege, create a partition', () => {
		const call = complete({ caller: 'root', privileges: rootPrivileges, call: createPartition });
		expect(call.status).toBe('SUCCESS');
		expect(call.hops[0]).toBe('root-winhv');
		expect(call.vmExits).toBe(0);
	});

	it('answers an unknown call code, bad input and misalignment with their own status', () => {
		const base = { caller: 'root' as const, privileges: rootPrivileges };
		expect(complete({ ...base, call: { ...createPartition, callCode: 0x7777 } }).status).toBe(
			'INVALID_HYPERCALL_CODE'
		);
		expect(complete({ ...base, call: createPartition, reservedBits: true }).status).toBe(
			'INVALID_HYPERCALL_INPUT'
		);
		// A simple call with a rep count is malformed input.
		expect(complete({ ...base, call: { ...createPartition, repCount: 3 } }).status).toBe(
			'INVALID_HYPERCALL_INPUT'
		);
		expect(complete({ ...base, call: createPartition, aligned: false }).status).toBe(
			'INVALID_ALIGNMENT'
		);
		// A fast call has no memory block to misalign.
		expect(
			complete({ caller: 'child', privileges: ['SignalEvents'], call: signalEvent, aligned: false })
				.status
		).toBe('SUCCESS');
	});

	it('in the model’s order, checks the input before the privilege (the TLFS gives no order)', () => {
		const call = complete({
			caller: 'child',
			privileges: [],
			call: { ...createPartition, repCount: 1 }
		});
		expect(call.status).toBe('INVALID_HYPERCALL_INPUT');
	});

	it('continues a long rep call where it stopped (the TLFS example: 25 reps, 20 per call)', () => {
		const call = complete({
			caller: 'root',
			privileges: rootPrivileges,
			call: { callCode: 0x0051, fast: false, repCount: 25, repStartIndex: 0 },
			repsPerCall: 20
		});
		expect(call.status).toBe('SUCCESS');
		expect(call.hypercalls).toBe(2);
		expect(call.repsCompleted).toBe(25);
		expect(call.call.repStartIndex).toBe(25);
		expect(decodeResult(call.result)).toEqual({ status: 0, repsCompleted: 25 });
	});

	it('always lets HvCallNotifyLongSpinWait succeed for an ordinary child', () => {
		const call = complete({
			caller: 'child',
			privileges: childDefaultPrivileges,
			call: { callCode: 0x0008, fast: true, repCount: 0, repStartIndex: 0 }
		});
		expect(call.status).toBe('SUCCESS');
	});
});

describe('hypercall machine, as a graph', () => {
	const cases: HypercallInput[] = [
		{ caller: 'child', privileges: ['SignalEvents'], call: signalEvent },
		{ caller: 'child', privileges: [], call: createPartition },
		{ caller: 'root', privileges: rootPrivileges, call: createPartition, aligned: false },
		{
			caller: 'root',
			privileges: rootPrivileges,
			call: { callCode: 0x004b, fast: false, repCount: 9, repStartIndex: 0 },
			repsPerCall: 4
		}
	];

	it.each(cases.map((c) => [JSON.stringify(c.call), c] as const))(
		'ends every path with a status (%s)',
		(_, input) => {
			const paths = getShortestPaths(hypercallMachine, {
				input,
				serializeState: (s) => JSON.stringify([s.value, s.context.call.repStartIndex])
			});
			const ends = paths.filter((p) => p.state.hasTag('completed'));
			expect(ends.length).toBeGreaterThan(0);
			for (const end of ends) expect(end.state.context.status).toBeDefined();
			for (const path of paths) expect(hopOf(path.state)).toBeDefined();
		}
	);

	it('never lets a caller without the privilege get past the check', () => {
		const paths = getShortestPaths(hypercallMachine, {
			input: { caller: 'child', privileges: [], call: createPartition },
			serializeState: (s) => JSON.stringify(s.value)
		});
		const visited = paths.flatMap((p) => p.steps.map((s) => JSON.stringify(s.state.value)));
		expect(visited.some((v) => v.includes('execute'))).toBe(false);
		expect(paths.find((p) => p.state.hasTag('completed'))?.state.context.status).toBe(
			'ACCESS_DENIED'
		);
	});
});
