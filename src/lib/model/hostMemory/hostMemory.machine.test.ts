import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import type { ComponentId } from '$lib/architecture/topology';
import { hopOf } from '../hop';
import {
	hostMemoryMachine,
	type HostMemoryEvent,
	type HostMemoryInput
} from './hostMemory.machine';

type Snapshot = SnapshotFrom<typeof hostMemoryMachine>;

const oneStart: HostMemoryEvent['type'][] = [
	'vm.start',
	'vmms.launch',
	'vmwp.request',
	'hv.depositMemory',
	'vm.run'
];

function run(input: HostMemoryInput, events: HostMemoryEvent['type'][]) {
	let [snapshot] = initialTransition(hostMemoryMachine, input);
	const hops: ComponentId[] = [];
	for (const type of events) {
		expect(snapshot.can({ type }), `${JSON.stringify(snapshot.value)} accepts ${type}`).toBe(true);
		[snapshot] = transition(hostMemoryMachine, snapshot, { type });
		hops.push(hopOf(snapshot)!.node);
	}
	return { snapshot, hops };
}

const threeOnEight = (rule: HostMemoryInput['rule']): HostMemoryInput => ({
	hostMb: 8192,
	rule,
	vms: [2048, 2048, 2048]
});

// Counters only grow: a state is its value plus how far the run has got.
const serializeState = (s: Snapshot) =>
	JSON.stringify([s.value, s.context.started, s.context.refused]);

const inputs: HostMemoryInput[] = [
	threeOnEight('article2008'),
	threeOnEight('planning'),
	{ hostMb: 800, rule: 'article2008', vms: [256] },
	{ hostMb: 2048, rule: 'planning', vms: [1024] },
	{ hostMb: 4096, rule: 'planning', vms: [] }
];

describe('host memory', () => {
	it('starts with only the root reserve taken', () => {
		const [planning] = initialTransition(hostMemoryMachine, threeOnEight('planning'));
		expect(planning.context).toMatchObject({ reservedMb: 2048, freeMb: 6144, started: 0 });
		expect(hopOf(planning)?.node).toBe('hw-memory');
		const [article] = initialTransition(hostMemoryMachine, threeOnEight('article2008'));
		expect(article.context).toMatchObject({ reservedMb: 512, freeMb: 7680 });
	});

	it('takes a VM start through VMMS, its worker process, VID and a deposit with the hypervisor', () => {
		const { snapshot, hops } = run(threeOnEight('planning'), oneStart);
		expect(hops).toEqual(['root-vmms', 'root-vmwp', 'root-vid', 'hv-partitions', 'hw-memory']);
		// 2 GB of RAM plus 40 MB of overhead (32 for the first GB, 8 for the second).
		expect(snapshot.context).toMatchObject({ reservedMb: 2048 + 2088, freeMb: 4056, started: 1 });
	});

	it('books the RAM at VID and the overhead at the deposit', () => {
		const input = threeOnEight('planning');
		expect(run(input, oneStart.slice(0, 3)).snapshot.context.reservedMb).toBe(2048 + 2048);
		expect(run(input, oneStart.slice(0, 4)).snapshot.context.reservedMb).toBe(2048 + 2088);
	});

	it("fits all three 2 GB VMs on 8 GB by the 2008 article's formula", () => {
		const { snapshot } = run(threeOnEight('article2008'), [...oneStart, ...oneStart, ...oneStart]);
		expect(snapshot.status).toBe('done');
		expect(snapshot.hasTag('completed')).toBe(true);
		expect(snapshot.hasTag('refused')).toBe(false);
		expect(snapshot.context).toMatchObject({ reservedMb: 6752, freeMb: 1440, started: 3 });
	});

	it('refuses the third by the planning rule: 1968 MB free, 2088 MB needed, and the run ends', () => {
		const { snapshot, hops } = run(threeOnEight('planning'), [
			...oneStart,
			...oneStart,
			'vm.start',
			'vmms.launch',
			'vmwp.request'
		]);
		expect(hops.at(-1)).toBe('root-vid');
		expect(snapshot.status).toBe('done');
		expect(snapshot.hasTag('refused')).toBe(true);
		expect(snapshot.hasTag('completed')).toBe(true);
		expect(snapshot.context).toMatchObject({ freeMb: 1968, started: 2, refused: 1 });
	});

	it('never leaves free memory below zero or lets reserved and free drift from the host size', () => {
		for (const input of inputs) {
			const paths = getShortestPaths(hostMemoryMachine, { input, serializeState });
			for (const { state } of paths) {
				expect(state.context.freeMb).toBeGreaterThanOrEqual(0);
				expect(state.context.reservedMb + state.context.freeMb).toBe(input.hostMb);
			}
		}
	});

	it('refuses input no WS2008 host takes: the run fails at once, with the reason', () => {
		const failure = (input: HostMemoryInput) => {
			const [snapshot] = initialTransition(hostMemoryMachine, input);
			expect(snapshot.status).toBe('error');
			return String(snapshot.error);
		};
		expect(failure({ hostMb: NaN, rule: 'planning', vms: [1024] })).toMatch(/hostMb/);
		expect(failure({ hostMb: 8192, rule: 'planning', vms: [100_000] })).toMatch(/vmMb/);
		expect(failure({ hostMb: 1024, rule: 'planning', vms: [256] })).toMatch(/root reserve/);
	});
});

describe('host memory, every path', () => {
	const stateNames = Object.keys(hostMemoryMachine.config.states ?? {});

	it('reaches every state, with a hop on each', () => {
		const reached = new Set<string>();
		for (const input of inputs) {
			for (const { state } of getShortestPaths(hostMemoryMachine, { input, serializeState })) {
				reached.add(String(state.value));
				expect(hopOf(state), JSON.stringify(state.value)).toBeDefined();
			}
		}
		expect([...reached].sort()).toEqual([...stateNames].sort());
	});

	it('ends every path completed: no state is a dead end', () => {
		for (const input of inputs) {
			const paths = getSimplePaths(hostMemoryMachine, { input, serializeState });
			expect(paths.length).toBeGreaterThan(0);
			const ends = paths.filter(({ state }) =>
				hostMemoryMachine.events.every((type) => !state.can({ type } as HostMemoryEvent))
			);
			expect(ends.length).toBeGreaterThan(0);
			for (const { state } of ends) {
				expect(state.status, JSON.stringify(state.value)).toBe('done');
				expect(state.hasTag('completed')).toBe(true);
			}
		}
	});
});
