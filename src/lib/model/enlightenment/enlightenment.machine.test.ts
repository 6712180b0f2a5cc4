import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { hopOf } from '../hop';
import {
	ICR_WRITES_PER_IPI,
	enlightenmentKinds,
	enlightenmentMachine,
	type EnlightenmentContext,
	type EnlightenmentInput
} from './enlightenment.machine';
import { playToEnd } from '../run';
import { deadEnds } from '$lib/testing/machine-graph';
import type { ComponentId } from '$lib/architecture/topology';

function complete(input: EnlightenmentInput): EnlightenmentContext {
	const { snapshot } = playToEnd(enlightenmentMachine, input);
	expect(snapshot.status).toBe('done');
	return snapshot.context as EnlightenmentContext;
}

/** The boxes an operation passes, each stay in one box counted once. */
function route(input: EnlightenmentInput): ComponentId[] {
	const { hops } = playToEnd(enlightenmentMachine, input);
	return hops.filter((box, i) => box !== hops[i - 1]);
}

/** How many of the states the operation rests in are at a box: each IPI is one. */
const visits = (input: EnlightenmentInput, box: ComponentId) =>
	playToEnd(enlightenmentMachine, input).hops.filter((h) => h === box).length;

describe('enlightenments, with and without', () => {
	it('flushes remote TLBs with one hypercall instead of an IPI that interrupts every other processor', () => {
		const without = complete({ kind: 'tlbFlush', enlightened: false, vcpus: 4 });
		const withIt = complete({ kind: 'tlbFlush', enlightened: true, vcpus: 4 });
		// One IPI, two trapped ICR writes, three processors interrupted and waited for.
		expect(without).toMatchObject({
			vmExits: ICR_WRITES_PER_IPI,
			decodedAccesses: ICR_WRITES_PER_IPI,
			interruptedVps: 3,
			hypercalls: 0
		});
		expect(withIt).toMatchObject({
			vmExits: 1,
			decodedAccesses: 0,
			interruptedVps: 0,
			hypercalls: 1
		});
		// The writes do not grow with the guest; the processors interrupted do.
		expect(complete({ kind: 'tlbFlush', enlightened: false, vcpus: 2 })).toMatchObject({
			vmExits: ICR_WRITES_PER_IPI,
			interruptedVps: 1
		});
		// A single-processor guest has nobody to interrupt.
		expect(complete({ kind: 'tlbFlush', enlightened: false, vcpus: 1 })).toMatchObject({
			vmExits: 0,
			interruptedVps: 0
		});
	});

	it('sends the IPIs through the APIC, but the flush hypercall straight from WinHv', () => {
		const without = { kind: 'tlbFlush', enlightened: false, vcpus: 4 } as const;
		expect(route(without)).toEqual(['win-winhv', 'hv-apic', 'win-winhv']);
		// One IPI for all the other virtual processors, not one each.
		expect(visits(without, 'hv-apic')).toBe(1);
		expect(route({ ...without, vcpus: 2 })).toEqual(['win-winhv', 'hv-apic', 'win-winhv']);
		expect(route({ ...without, vcpus: 1 })).toEqual(['win-winhv']);
		expect(route({ kind: 'tlbFlush', enlightened: true, vcpus: 4 })).toEqual([
			'win-winhv',
			'hv-hypercalls',
			'win-winhv'
		]);
	});

	it.each([
		[
			'yields a long spin wait to the scheduler instead of burning the time slice',
			'spinWait',
			{ wastedSlices: 1, hypercalls: 0 },
			{ wastedSlices: 0, hypercalls: 1 }
		],
		[
			'ends an interrupt with an MSR write the hypervisor need not decode',
			'apicEoi',
			{ vmExits: 1, decodedAccesses: 1 },
			{ vmExits: 1, decodedAccesses: 0 }
		]
	] as const)('%s', (_title, kind, without, withIt) => {
		expect(complete({ kind, enlightened: false })).toMatchObject(without);
		expect(complete({ kind, enlightened: true })).toMatchObject(withIt);
	});

	it('ends an interrupt at the APIC box without the hint, at the MSRs box with it', () => {
		expect(route({ kind: 'apicEoi', enlightened: false })).toEqual([
			'win-winhv',
			'hv-apic',
			'win-winhv'
		]);
		expect(route({ kind: 'apicEoi', enlightened: true })).toEqual([
			'win-winhv',
			'hv-msrs',
			'win-winhv'
		]);
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
		'ends every path (%s); enlightened: no decoding, wasted slice, false alarm or APIC on the way',
		(_, input) => {
			const paths = getShortestPaths(enlightenmentMachine, { input });
			const ends = paths.filter((p) => p.state.status === 'done');
			expect(ends.length).toBeGreaterThan(0);
			for (const path of paths) expect(hopOf(path.state)).toBeDefined();
			// No dead end: from every state the operation can still finish.
			const isEnd = (s: (typeof paths)[number]['state']) => s.status === 'done';
			const from = paths.map((p) => p.state);
			expect(deadEnds(enlightenmentMachine, { input, isEnd, from })).toEqual([]);
			const boxes = new Set(paths.flatMap((p) => p.steps.map((s) => hopOf(s.state)?.node)));
			if (input.enlightened) {
				expect(boxes.has('hv-apic')).toBe(false);
				for (const end of ends) {
					expect(end.state.context).toMatchObject({
						decodedAccesses: 0,
						wastedSlices: 0,
						falseAlarms: 0
					});
				}
			} else {
				// The hardware way never uses a Hyper-V shortcut: no hypercall, no synthetic MSR.
				expect(boxes.has('hv-hypercalls')).toBe(false);
				expect(boxes.has('hv-msrs')).toBe(false);
				for (const end of ends) expect(end.state.context.hypercalls).toBe(0);
			}
			// Only the hardware-style IPIs and EOI write reach the APIC.
			expect(boxes.has('hv-apic')).toBe(
				!input.enlightened && (input.kind === 'tlbFlush' || input.kind === 'apicEoi')
			);
		}
	);
});
