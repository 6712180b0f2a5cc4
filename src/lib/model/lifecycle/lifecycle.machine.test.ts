import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { getComponent, type ComponentId } from '$lib/architecture/topology';
import { hopOf } from '../hop';
import { lifecycleMachine, MAX_SNAPSHOTS, type LifecycleEvent } from './lifecycle.machine';
import { startVm } from './sequences';
import { replay } from '../run';
import { deadEnds } from '$lib/testing/machine-graph';

type Snapshot = SnapshotFrom<typeof lifecycleMachine>;

const run = (events: readonly LifecycleEvent['type'][]): Snapshot =>
	replay(lifecycleMachine, undefined, events);

const start = startVm;

describe('VM lifecycle', () => {
	it('starts through WMI, VMMS, a worker process and VID, then root-only hypercalls', () => {
		let [snapshot] = initialTransition(lifecycleMachine);
		const places: ComponentId[] = [];
		for (const type of start) {
			[snapshot] = transition(lifecycleMachine, snapshot, { type });
			places.push(hopOf(snapshot)!.node);
		}
		expect(places.slice(0, 3)).toEqual(['root-wmi', 'root-vmwp', 'root-vid']);
		expect(places.slice(3).every((id) => getComponent(id).partition === 'hypervisor')).toBe(true);
		expect(snapshot.hasTag('running')).toBe(true);
		expect(snapshot.context).toMatchObject({ workerProcesses: 1, hypercalls: 6 });
	});

	it('keeps one worker process while running or paused, none when saved or off', () => {
		expect(run([...start, 'vm.pause']).context.workerProcesses).toBe(1);
		expect(run([...start, 'vm.save']).context.workerProcesses).toBe(0);
		expect(run([...start, 'vm.stop']).context.workerProcesses).toBe(0);
		expect(run([...start, 'vm.save', 'vm.start', 'vmms.launch']).context.workerProcesses).toBe(1);
	});

	it('ends a run only when a started VM is stopped: off after a stop, not the first off or a save', () => {
		const [first] = initialTransition(lifecycleMachine);
		expect(first.matches('off')).toBe(true);
		expect(first.hasTag('completed')).toBe(false);
		expect(run([...start, 'vm.save']).hasTag('completed')).toBe(false);
		expect(run([...start, 'vm.pause']).hasTag('completed')).toBe(false);
		const stopped = run([...start, 'vm.stop']);
		expect(stopped.matches('off')).toBe(true);
		expect(stopped.hasTag('completed')).toBe(true);
		expect(stopped.hasTag('stopped')).toBe(true);
		// Still the same box as before the start, and the VM can be snapshotted and started again.
		expect(hopOf(stopped)?.node).toBe(hopOf(first)?.node);
		expect(run([...start, 'vm.stop', 'vm.snapshot']).hasTag('completed')).toBe(true);
		expect(run([...start, 'vm.stop', 'vm.start']).hasTag('completed')).toBe(false);
		// The partition was deleted with one more hypercall.
		expect(stopped.context).toMatchObject({ workerProcesses: 0, hypercalls: 7 });
	});

	it('deletes the partition on a save as on a stop, and builds it again on a restore', () => {
		const saved = run([...start, 'vm.save']);
		expect(saved.context).toMatchObject({ workerProcesses: 0, hypercalls: 7 });
		expect(run([...start, 'vm.pause', 'vm.save']).context.hypercalls).toBe(7);
		// Start 6, save 1, restore 6, stop 1.
		const restoredAndStopped = run([...start, 'vm.save', ...start, 'vm.stop']);
		expect(restoredAndStopped.context).toMatchObject({ workerProcesses: 0, hypercalls: 14 });
	});

	it('takes at most 50 snapshots, each one more .avhd in the chain', () => {
		const snapshots = Array<LifecycleEvent['type']>(MAX_SNAPSHOTS).fill('vm.snapshot');
		const full = run([...start, ...snapshots]);
		expect(full.context.snapshots).toBe(50);
		expect(full.can({ type: 'vm.snapshot' })).toBe(false);
	});

	it('takes a deleted snapshot out of the tree at once, and merges its .avhd only once the VM is off', () => {
		const two = [...start, 'vm.snapshot', 'vm.snapshot'] as LifecycleEvent['type'][];
		const deleted = run([...two, 'vm.deleteSnapshot']);
		// Out of the tree, still in the chain: the file waits for the merge.
		expect(deleted.context).toMatchObject({ snapshots: 1, unmerged: 1 });
		expect(deleted.hasTag('running')).toBe(true);
		// No merge while the VM runs (2008 and R2: U44), nor while it is paused or saved.
		expect(deleted.can({ type: 'vhd.merge' })).toBe(false);
		expect(run([...two, 'vm.deleteSnapshot', 'vm.save']).can({ type: 'vhd.merge' })).toBe(false);
		const merged = run([...two, 'vm.deleteSnapshot', 'vm.stop', 'vhd.merge']);
		expect(merged.matches({ off: 'merged' })).toBe(true);
		expect(merged.context).toMatchObject({ snapshots: 1, unmerged: 0 });
		// Nothing left to merge, and no snapshot to delete once none is left.
		expect(merged.can({ type: 'vhd.merge' })).toBe(false);
		expect(run(start).can({ type: 'vm.deleteSnapshot' })).toBe(false);
	});

	it('counts an unmerged file against the 50 until it is merged', () => {
		const full = [...start, ...Array<LifecycleEvent['type']>(MAX_SNAPSHOTS).fill('vm.snapshot')];
		const deleted = run([...full, 'vm.deleteSnapshot']);
		expect(deleted.can({ type: 'vm.snapshot' })).toBe(false);
		const merged = run([...full, 'vm.deleteSnapshot', 'vm.stop', 'vhd.merge']);
		expect(merged.can({ type: 'vm.snapshot' })).toBe(true);
	});
});

describe('VM lifecycle, as a graph', () => {
	const serializeState = (s: Snapshot) =>
		JSON.stringify([s.value, Math.min(s.context.snapshots, 1), Math.min(s.context.unmerged, 1)]);

	it('can get back to off from every reachable state, and has a hop everywhere', () => {
		const from = getShortestPaths(lifecycleMachine, { serializeState }).map((p) => p.state);
		expect(from.length).toBeGreaterThan(10);
		for (const state of from) expect(hopOf(state)).toBeDefined();
		const isEnd = (s: Snapshot) => s.matches('off');
		expect(deadEnds(lifecycleMachine, { serializeState, isEnd, from })).toEqual([]);
	});

	it('reaches its completed state only by a stop from running', () => {
		const paths = getSimplePaths(lifecycleMachine, { serializeState, limit: 3000 });
		const ends = paths.filter((p) => p.state.hasTag('completed'));
		expect(ends.length).toBeGreaterThan(0);
		for (const path of paths) {
			path.steps.forEach(({ state, event }, i) => {
				if (!state.hasTag('completed')) return;
				expect(state.matches({ off: 'stopped' }) || state.matches({ off: 'merged' })).toBe(true);
				// Entered by a stop, or stayed off after one for a snapshot, a deletion or a merge.
				const before = path.steps[i - 1]?.state;
				if (before && !before.hasTag('completed')) expect(event.type).toBe('vm.stop');
			});
		}
	});

	it('never runs a VM without its worker process, on any path', () => {
		const paths = getSimplePaths(lifecycleMachine, { serializeState, limit: 3000 });
		for (const path of paths) {
			for (const { state } of path.steps) {
				if (state.hasTag('running')) expect(state.context.workerProcesses).toBe(1);
				if (state.hasTag('stopped')) expect(state.context.workerProcesses).toBe(0);
			}
		}
	});
});
