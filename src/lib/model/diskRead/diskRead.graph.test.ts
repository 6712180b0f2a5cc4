/**
 * Model-based checks with xstate/graph: every state of the machine is reachable for some guest, and every
 * path, whatever the guest, ends with the read completed: no dead ends, no state that cannot finish.
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import type { SnapshotFrom } from 'xstate';
import { diskReadMachine, type DiskReadInput } from './diskRead.machine';
import { hopOf } from '../hop';

type Snapshot = SnapshotFrom<typeof diskReadMachine>;

// Counters only grow, so without this every visit of the port-access loop would be a new graph node. The
// state value plus the loop's position are what decide the future.
const serializeState = (s: Snapshot) =>
	JSON.stringify([s.value, s.context.phase, s.context.accessesDone]);

const leafIds = (): string[] => {
	const ids: string[] = [];
	const walk = (node: (typeof diskReadMachine)['root']) => {
		const children = Object.values(node.states);
		// A transient state (one that moves on by itself) is never where a snapshot rests.
		if (children.length === 0 && !node.always?.length) ids.push(node.id);
		children.forEach(walk);
	};
	walk(diskReadMachine.root);
	return ids;
};

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
		// Every leaf carries a hop, so the meta of a snapshot names the leaf it rests in.
		const reached = new Set(
			inputs.flatMap((input) => pathsOf(input).flatMap((p) => Object.keys(p.state.getMeta())))
		);
		expect(leafIds().filter((id) => !reached.has(id))).toEqual([]);
	});

	for (const input of inputs) {
		describe(JSON.stringify(input), () => {
			it('completes from every reachable state', () => {
				const paths = pathsOf(input);
				expect(paths.length).toBeGreaterThan(
					input.controller === 'scsi' && input.guest === 'unenlightened' ? 0 : 10
				);
				for (const path of paths) {
					const onward = getShortestPaths(diskReadMachine, {
						input,
						serializeState,
						fromState: path.state,
						toState: (s) => s.hasTag('completed')
					});
					expect(onward.length, `from ${serializeState(path.state)}`).toBeGreaterThan(0);
				}
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
