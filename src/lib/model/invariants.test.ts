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
import type { MachineId } from './machine-ids';
import { machines, type MachineInputs } from './machines';

const inputs: { [M in MachineId]: MachineInputs[M][] } = {
	diskRead: [
		{ guest: 'enlightened' },
		{ guest: 'unenlightened' },
		{ guest: 'enlightened', controller: 'ide' },
		{ guest: 'unenlightened', controller: 'scsi' }
	],
	deviceIo: (['windows', 'linux', 'unenlightened'] as const).flatMap((guest) =>
		(['network', 'video', 'input'] as const).map((device) => ({ guest, device }))
	),
	hypercall: [
		{
			caller: 'child',
			privileges: ['SignalEvents'],
			call: { callCode: 0x5d, fast: true, repCount: 0, repStartIndex: 0 }
		},
		{
			caller: 'root',
			privileges: ['CreatePartitions'],
			call: { callCode: 0x51, fast: false, repCount: 25, repStartIndex: 0 },
			repsPerCall: 20
		}
	],
	vmbusChannel: [{}, { monitored: true, largeRing: true }, { endpoint: 'worker' }],
	boot: [
		{ guest: 'enlightened', ics: true },
		{ guest: 'enlightened', ics: false },
		{ guest: 'unenlightened' }
	],
	hostBoot: [{}, { x64: false }, { vt: false }, { dep: false }, { vt: false, dep: false }],
	enlightenment: (['tlbFlush', 'spinWait', 'apicEoi', 'relaxedTiming'] as const).flatMap((kind) => [
		{ kind, enlightened: true },
		{ kind, enlightened: false }
	]),
	xenAdapter: [undefined],
	lifecycle: [undefined],
	vhdIo: (['fixed', 'dynamic', 'differencing', 'passThrough'] as const).flatMap((disk) => [
		{ disk, op: 'read' as const, blockAllocated: false, sectorInChild: false },
		{ disk, op: 'write' as const, blockAllocated: false }
	]),
	migration: [
		{ kind: 'quick' },
		{ kind: 'live', memoryMb: 4096, dirtyMbPerSecond: 20, linkMbPerSecond: 110 }
	],
	hostMemory: [
		{ hostMb: 8192, rule: 'article2008', vms: [2048, 2048, 2048] },
		{ hostMb: 8192, rule: 'planning', vms: [2048, 2048, 2048] }
	]
};

const children = new Set(['win', 'linux', 'legacy']);

type Serialize = (s: { value: unknown; context: Record<string, unknown> }) => string;

// Counters only grow; a state is its value plus what decides where it can go next.
const byValueAnd =
	(...keys: string[]): Serialize =>
	(s) =>
		JSON.stringify([s.value, ...keys.map((k) => s.context[k])]);
// The other machines' contexts are small and bounded: all of it decides.
const whole: Serialize = (s) => JSON.stringify([s.value, s.context]);
const serializers: Partial<Record<MachineId, Serialize>> = {
	vmbusChannel: byValueAnd('outRing', 'inRing'),
	deviceIo: byValueAnd('phase', 'accessesDone', 'bytesLeft'),
	lifecycle: (s) =>
		JSON.stringify([
			s.value,
			Math.min(Number(s.context.snapshots), 1),
			Math.min(Number(s.context.unmerged), 1)
		])
};

/** Every move between two different boxes on the shortest paths to every reachable state. */
function moves(id: MachineId, input: unknown): [ComponentId, ComponentId][] {
	const pairs: [ComponentId, ComponentId][] = [];
	const machine: AnyStateMachine = machines[id];
	const paths = getShortestPaths(machine, {
		input,
		serializeState: (serializers[id] ?? whole) as never,
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
	it.each(Object.keys(machines) as MachineId[])(
		'%s: no child partition ever talks to another child directly',
		(id) => {
			const pairs = inputs[id].flatMap((input) => moves(id, input));
			// The machine moves at all: otherwise there is nothing to check.
			expect(pairs.length).toBeGreaterThan(0);
			for (const [a, b] of pairs) {
				const [pa, pb] = [getComponent(a).partition, getComponent(b).partition];
				if (children.has(pa) && children.has(pb)) expect(pa, `${a} → ${b}`).toBe(pb);
			}
		}
	);

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

	it.each(Object.keys(machines) as MachineId[])(
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
