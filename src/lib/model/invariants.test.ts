/**
 * Invariants that hold across the whole model, checked on every path xstate/graph finds, for every machine
 * and for inputs that cover its branches.
 */
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { isSourceKey } from '$lib/architecture/sources';
import { getComponent, isComponentId, type ComponentId } from '$lib/architecture/topology';
import { playToEnd } from './run';
import { hopOf, type HopMeta } from './hop';
import type { ExploredState, MachineDescriptor } from './descriptor';
import { machineIds, type MachineId } from './machine-ids';
import { descriptors, machines } from './machines';

const children = new Set(['win', 'linux', 'legacy']);

// The whole context decides where a machine can go, unless its folder says which part does (counters only grow).
const whole = (s: ExploredState) => JSON.stringify([s.value, s.context]);

/** Every move between two different boxes on the shortest paths to every reachable state. */
function moves(id: MachineId, input: unknown): [ComponentId, ComponentId][] {
	const pairs: [ComponentId, ComponentId][] = [];
	const descriptor: MachineDescriptor = descriptors[id];
	const paths = getShortestPaths(descriptor.machine, {
		input,
		serializeState: (descriptor.explore?.serializeState ?? whole) as never,
		limit: 5000
	});
	for (const path of paths) {
		const boxes = path.steps.map((s) => hopOf(s.state)?.node).filter(Boolean) as ComponentId[];
		for (let i = 1; i < boxes.length; i++) {
			if (boxes[i - 1] !== boxes[i]) pairs.push([boxes[i - 1]!, boxes[i]!]);
		}
	}
	return pairs;
}

describe('across the model', () => {
	it.each(machineIds)('%s: no child partition ever talks to another child directly', (id) => {
		const pairs = descriptors[id].samples.flatMap((input: unknown) => moves(id, input));
		// The machine moves at all: otherwise there is nothing to check.
		expect(pairs.length).toBeGreaterThan(0);
		for (const [a, b] of pairs) {
			const [pa, pb] = [getComponent(a).partition, getComponent(b).partition];
			if (children.has(pa) && children.has(pb)) expect(pa, `${a} → ${b}`).toBe(pb);
		}
	});

	it('an unenlightened guest never makes a hypercall itself: every one it causes is the root’s', () => {
		const pairs = moves('diskRead', { guest: 'unenlightened' });
		expect(pairs.some(([, b]) => b === 'hv-hypercalls')).toBe(true);
		for (const [a, b] of pairs) {
			if (b === 'hv-hypercalls') expect(getComponent(a).partition, `${a} → ${b}`).toBe('root');
		}
	});

	it('the emulated read always goes through the worker process, the synthetic read never does', () => {
		const emulated = playToEnd(machines.diskRead, { guest: 'unenlightened' }).hops;
		const synthetic = playToEnd(machines.diskRead, { guest: 'enlightened' }).hops;
		const inVmwp = (id: ComponentId) =>
			id === 'root-vmwp' || getComponent(id).parent === 'root-vmwp';
		expect(emulated.some(inVmwp)).toBe(true);
		expect(synthetic.some(inVmwp)).toBe(false);
		expect(
			playToEnd(machines.diskRead, { guest: 'enlightened', controller: 'ide' }).hops.some(inVmwp)
		).toBe(false);
	});
});

describe('golden hop lists of the main paths', () => {
	it('synthetic 4 KB read (enlightened Windows guest, SCSI)', () => {
		expect(playToEnd(machines.diskRead, { guest: 'enlightened' }).hops).toEqual([
			'win-apps',
			'win-io-stack',
			'win-vsc',
			'win-vmbus',
			'win-winhv',
			'hv-hypercalls',
			'hv-synic',
			'root-vmbus',
			'root-vsp',
			'root-io-stack',
			'root-drivers',
			'hw-disk',
			'root-drivers',
			'root-io-stack',
			'root-vsp',
			'root-vmbus',
			'root-winhv',
			'hv-hypercalls',
			'hv-synic',
			'win-vmbus',
			'win-vsc',
			'hv-msrs',
			'win-io-stack',
			'win-apps'
		]);
	});

	it('one emulated register write (unenlightened guest, IDE)', () => {
		const hops = playToEnd(machines.diskRead, { guest: 'unenlightened' }).hops;
		expect(hops.slice(0, 8)).toEqual([
			'legacy-apps',
			'legacy-kernel',
			'legacy-drivers',
			'hv-intercepts',
			'root-winhv',
			'root-vid',
			'root-ide-emulator',
			'hv-hypercalls'
		]);
		expect(hops).toHaveLength(86);
		expect(hops.filter((h) => h === 'hv-intercepts')).toHaveLength(12);
	});
});

describe('every state of every machine says where it is, with sources', () => {
	type Node = AnyStateMachine['root'];
	const nodesOf = (node: Node): Node[] => [node, ...Object.values(node.states).flatMap(nodesOf)];

	it.each(machineIds)(
		'%s: each resting leaf names a box of the topology and sources of the fact sheet',
		(id) => {
			const machine: AnyStateMachine = machines[id];
			const leaves = nodesOf(machine.root).filter(
				(n) => Object.keys(n.states).length === 0 && !n.always?.length
			);
			expect(leaves.length).toBeGreaterThan(1);
			for (const leaf of leaves) {
				const hop = (leaf.meta as Partial<HopMeta> | undefined)?.hop;
				expect(hop, leaf.id).toBeDefined();
				expect(isComponentId(hop!.node), `${leaf.id}: ${hop!.node}`).toBe(true);
				expect(hop!.sources.length, leaf.id).toBeGreaterThan(0);
				for (const key of hop!.sources) expect(isSourceKey(key), `${leaf.id}: ${key}`).toBe(true);
			}
		}
	);
});
