import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { hopOf } from '../hop';
import {
	enlightenmentKinds,
	enlightenmentMachine,
	type EnlightenmentContext,
	type EnlightenmentInput
} from './enlightenment.machine';
import { playToEnd } from '../drive';

function complete(input: EnlightenmentInput): EnlightenmentContext {
	const { snapshot } = playToEnd(enlightenmentMachine, input);
	expect(snapshot.status).toBe('done');
	return snapshot.context as EnlightenmentContext;
}

describe('enlightenments, with and without', () => {
	it('flushes remote TLBs with one hypercall instead of an IPI per other virtual processor', () => {
		const without = complete({ kind: 'tlbFlush', enlightened: false, vcpus: 4 });
		const withIt = complete({ kind: 'tlbFlush', enlightened: true, vcpus: 4 });
		expect(without).toMatchObject({ vmExits: 3, decodedAccesses: 3, hypercalls: 0 });
		expect(withIt).toMatchObject({ vmExits: 1, decodedAccesses: 0, hypercalls: 1 });
		// A single-processor guest has nobody to interrupt.
		expect(complete({ kind: 'tlbFlush', enlightened: false, vcpus: 1 }).vmExits).toBe(0);
	});

	it('yields a long spin wait to the scheduler instead of burning the time slice', () => {
		expect(complete({ kind: 'spinWait', enlightened: false })).toMatchObject({
			wastedSlices: 1,
			hypercalls: 0
		});
		expect(complete({ kind: 'spinWait', enlightened: true })).toMatchObject({
			wastedSlices: 0,
			hypercalls: 1
		});
	});

	it('ends an interrupt with an MSR write the hypervisor need not decode', () => {
		expect(complete({ kind: 'apicEoi', enlightened: false })).toMatchObject({
			vmExits: 1,
			decodedAccesses: 1
		});
		expect(complete({ kind: 'apicEoi', enlightened: true })).toMatchObject({
			vmExits: 1,
			decodedAccesses: 0
		});
	});

	it('keeps a late timer from raising a false watchdog alarm with relaxed timing', () => {
		expect(complete({ kind: 'relaxedTiming', enlightened: false }).falseAlarms).toBe(1);
		expect(complete({ kind: 'relaxedTiming', enlightened: true }).falseAlarms).toBe(0);
	});
});

describe('enlightenment machine, as a graph', () => {
	const inputs = enlightenmentKinds.flatMap((kind) =>
		[false, true].map((enlightened) => ({ kind, enlightened }) as EnlightenmentInput)
	);
	it.each(inputs.map((i) => [`${i.kind}, enlightened ${i.enlightened}`, i] as const))(
		'ends every path (%s); an enlightened guest never decodes, wastes a slice or raises a false alarm',
		(_, input) => {
			const paths = getShortestPaths(enlightenmentMachine, { input });
			const ends = paths.filter((p) => p.state.status === 'done');
			expect(ends.length).toBeGreaterThan(0);
			for (const path of paths) expect(hopOf(path.state)).toBeDefined();
			if (input.enlightened) {
				for (const end of ends) {
					expect(end.state.context).toMatchObject({
						decodedAccesses: 0,
						wastedSlices: 0,
						falseAlarms: 0
					});
				}
			}
		}
	);
});
