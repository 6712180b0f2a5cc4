import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { hopOf } from '../hop';
import { vhdIoMachine, type VhdIoContext, type VhdIoInput } from './vhdIo.machine';
import { playToEnd } from '../run';

/** Serves the access to the end and returns where it went and what it cost. */
function serve(input: VhdIoInput) {
	const { snapshot, states } = playToEnd(vhdIoMachine, input);
	expect(snapshot.hasTag('completed')).toBe(true);
	return { ...(snapshot.context as VhdIoContext), visited: states.map((s) => String(s.value)) };
}

describe('a disk access by kind of disk', () => {
	it('serves a fixed VHD by arithmetic, with one file I/O and no lookup', () => {
		const read = serve({ disk: 'fixed', op: 'read' });
		expect(read.visited).toEqual(['request', 'offset', 'device', 'done']);
		expect(read.fileIos).toBe(1);
	});

	it('gives a pass-through disk no VHD layer at all', () => {
		const read = serve({ disk: 'passThrough', op: 'read' });
		expect(read.visited).toEqual(['request', 'physical', 'device', 'done']);
		expect(read.fileIos).toBe(0);
	});

	it('looks a dynamic VHD up in its BAT; an unwritten block reads as zeros without touching the disk', () => {
		expect(serve({ disk: 'dynamic', op: 'read', blockAllocated: true }).visited).toContain('bat');
		const hole = serve({ disk: 'dynamic', op: 'read', blockAllocated: false });
		expect(hole.visited).toContain('zeros');
		expect(hole.visited).not.toContain('device');
	});

	it('allocates a block on the first write to it, and only then', () => {
		const first = serve({ disk: 'dynamic', op: 'write', blockAllocated: false });
		expect(first.allocations).toBe(1);
		expect(first.fileIos).toBe(3);
		expect(serve({ disk: 'dynamic', op: 'write', blockAllocated: true }).allocations).toBe(0);
	});

	/** A differencing disk whose block is allocated, but not for the sector asked for: its parent has that. */
	const sectorNotInChild = (op: VhdIoInput['op']) =>
		serve({ disk: 'differencing', op, blockAllocated: true, sectorInChild: false });

	it('sends a read a differencing disk does not hold on to its parent', () => {
		expect(sectorNotInChild('read').parentReads).toBe(1);
		const neverWritten = serve({ disk: 'differencing', op: 'read', blockAllocated: false });
		expect(neverWritten.parentReads).toBe(1);
		expect(serve({ disk: 'differencing', op: 'read', sectorInChild: true }).parentReads).toBe(0);
	});

	it('writes into the child of a differencing disk, never into its parent', () => {
		const write = sectorNotInChild('write');
		expect(write.parentReads).toBe(0);
		expect(write.visited).toContain('claim');
		expect(write.sectorInChild).toBe(true);
	});
});

describe('VHD access machine, as a graph', () => {
	const inputs: VhdIoInput[] = (
		['fixed', 'dynamic', 'differencing', 'passThrough'] as const
	).flatMap((disk) =>
		(['read', 'write'] as const).flatMap((op) =>
			[true, false].flatMap((blockAllocated) =>
				[true, false].map((sectorInChild) => ({ disk, op, blockAllocated, sectorInChild }))
			)
		)
	);

	it.each(inputs.map((i) => [JSON.stringify(i), i] as const))(
		'ends, with a hop on every state: %s',
		(_, input) => {
			const paths = getShortestPaths(vhdIoMachine, { input });
			const ends = paths.filter((p) => p.state.hasTag('completed'));
			expect(ends).toHaveLength(1);
			for (const path of paths) expect(hopOf(path.state)).toBeDefined();
			// A write never reads a parent; only differencing disks have one.
			if (input.op === 'write' || input.disk !== 'differencing') {
				expect(ends[0]!.state.context.parentReads).toBe(0);
			}
		}
	);
});
