/**
 * Model-based checks with xstate/graph: every state of the machine is reachable for some guest, and every
 * path, whatever the guest, ends with the read completed: no dead ends, no state that cannot finish.
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import type { SnapshotFrom } from 'xstate';
import { diskReadMachine, type DiskReadInput } from './diskRead.machine';
import { hopOf } from '../hop';
import { deadEnds, unreachedLeaves } from '$lib/testing/machine-graph';

type Snapshot = SnapshotFrom<typeof diskReadMachine>;

// Counters only grow, so without this every visit of the port-access loop would be a new graph node. The
// state value plus the loop's position are what decide the future.
const serializeState = (s: Snapshot) =>
	JSON.stringify([s.value, s.context.phase, s.context.accessesDone]);

const inputs: DiskReadInput[] = [
	{ guest: 'enlightened' },
	{ guest: 'unenlightened' },
	{ guest: 'enlightened', controller: 'ide' },
	{ guest: 'unenlightened', controller: 'scsi' }
];

describe('disk read machine, as a graph', () => {
	const pathsOf = (input: DiskReadInput) =>
		getShortestPaths(diskReadMachine, { input, serializeState });

	it('reaches every leaf state with one guest kind or the other', () => {
		expect(unreachedLeaves(diskReadMachine, inputs, serializeState)).toEqual([]);
	});

	for (const input of inputs) {
		describe(JSON.stringify(input), () => {
			it('completes from every reachable state', () => {
				const from = pathsOf(input).map((p) => p.state);
				expect(from.length).toBeGreaterThan(
					input.controller === 'scsi' && input.guest === 'unenlightened' ? 0 : 10
				);
				const isEnd = (s: Snapshot) => s.hasTag('completed');
				expect(deadEnds(diskReadMachine, { input, serializeState, isEnd, from })).toEqual([]);
			});

			it('ends every simple path in the completed state, with a hop on every state', () => {
				const simple = getSimplePaths(diskReadMachine, { input, serializeState });
				const ends = simple.filter((p) => p.state.status === 'done' || !hasNext(p.state));
				expect(ends.length).toBeGreaterThan(0);
				for (const end of ends) expect(end.state.hasTag('completed')).toBe(true);
				for (const path of simple) expect(hopOf(path.state)).toBeDefined();
			});
		});
	}
});

function hasNext(snapshot: Snapshot): boolean {
	return diskReadMachine.events.some((type) =>
		snapshot.can({ type } as Parameters<typeof snapshot.can>[0])
	);
}
