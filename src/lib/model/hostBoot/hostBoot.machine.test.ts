import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { hopOf } from '../hop';
import { hostBootMachine, type HostBootEvent, type HostBootInput } from './hostBoot.machine';
import { replay } from '../run';

type Snapshot = SnapshotFrom<typeof hostBootMachine>;

const run = (input: HostBootInput, events: readonly HostBootEvent['type'][]): Snapshot =>
	replay(hostBootMachine, input, events);

const toLaunch: HostBootEvent['type'][] = ['os.load', 'hvboot.checkCpu', 'hypervisor.launch'];
const fullBoot: HostBootEvent['type'][] = [
	...toLaunch,
	'hypervisor.takeMemory',
	'root.create',
	'root.resume',
	'vmms.start'
];

describe('host boot', () => {
	it('starts at the processor, with no hypervisor and no partition yet', () => {
		const start = run({}, []);
		expect(hopOf(start)?.node).toBe('hw-cpu');
		expect(start.context).toMatchObject({
			x64: true,
			vt: true,
			dep: true,
			missing: null,
			hypervisorRunning: false,
			partitions: 0
		});
	});

	it('on a host that meets every requirement, ends with the root partition and VMMS running', () => {
		const hops: string[] = [];
		let [snapshot] = initialTransition(hostBootMachine, {});
		hops.push(hopOf(snapshot)!.node);
		for (const type of fullBoot) {
			[snapshot] = transition(hostBootMachine, snapshot, { type });
			hops.push(hopOf(snapshot)!.node);
		}
		expect(hops).toEqual([
			'hw-cpu',
			'root-drivers',
			'hw-cpu',
			'hv-scheduler',
			'hv-address',
			'hv-partitions',
			'root-winhv',
			'root-vmms'
		]);
		expect(snapshot.hasTag('completed')).toBe(true);
		expect(snapshot.status).toBe('done');
		expect(snapshot.context).toMatchObject({
			missing: null,
			hypervisorRunning: true,
			partitions: 1
		});
	});

	it('creates the root only after the hypervisor has taken the processors and memory', () => {
		const launched = run({}, toLaunch);
		expect(launched.context.hypervisorRunning).toBe(true);
		expect(launched.context.partitions).toBe(0);
		expect(launched.can({ type: 'root.create' })).toBe(false);
		expect(launched.can({ type: 'vmms.start' })).toBe(false);
	});

	it('without an x64 processor, stops before Windows runs: there is no 32-bit Hyper-V', () => {
		const end = run({ x64: false }, ['os.load']);
		expect(end.hasTag('completed')).toBe(true);
		expect(end.context).toMatchObject({ missing: 'x64', hypervisorRunning: false, partitions: 0 });
		expect(hopOf(end)?.node).toBe('hw-cpu');
	});

	it.each([
		[{ vt: false }, 'vt'],
		[{ dep: false }, 'dep'],
		[{ vt: false, dep: false }, 'vt']
	] as [HostBootInput, string][])(
		'with %o, boots Windows but hvboot.sys does not launch the hypervisor (missing %s)',
		(input, missing) => {
			const checked = run(input, ['os.load', 'hvboot.checkCpu']);
			expect(hopOf(checked)?.node).toBe('hw-cpu');
			const end = run(input, toLaunch);
			expect(end.hasTag('completed')).toBe(true);
			expect(end.status).toBe('done');
			expect(hopOf(end)?.node).toBe('root-drivers');
			expect(end.context).toMatchObject({ missing, hypervisorRunning: false, partitions: 0 });
		}
	);

	it('checks x64 first: a 32-bit processor stops the boot whatever the BIOS says', () => {
		expect(run({ x64: false, vt: false, dep: false }, ['os.load']).context.missing).toBe('x64');
	});
});

const inputs: HostBootInput[] = [
	{},
	{ x64: false },
	{ vt: false },
	{ dep: false },
	{ vt: false, dep: false }
];

const leafIds = (): string[] => {
	const ids: string[] = [];
	const walk = (node: (typeof hostBootMachine)['root']) => {
		const children = Object.values(node.states);
		if (children.length === 0) ids.push(node.id);
		children.forEach(walk);
	};
	walk(hostBootMachine.root);
	return ids;
};

describe('host boot machine, as a graph', () => {
	it('gives every leaf state a hop', () => {
		const walk = (node: (typeof hostBootMachine)['root']): void => {
			const children = Object.values(node.states);
			if (children.length === 0) expect(node.meta?.hop, node.id).toBeDefined();
			children.forEach(walk);
		};
		walk(hostBootMachine.root);
	});

	it('reaches every state with one host or another', () => {
		const reached = new Set(
			inputs.flatMap((input) =>
				getShortestPaths(hostBootMachine, { input }).flatMap((p) => Object.keys(p.state.getMeta()))
			)
		);
		expect(leafIds().filter((id) => !reached.has(id))).toEqual([]);
		expect(leafIds()).toHaveLength(11);
	});

	it.each(inputs)('ends every path in a final, completed state (%o)', (input) => {
		const simple = getSimplePaths(hostBootMachine, { input });
		const ends = simple.filter((p) => p.state.status === 'done' || !hasNext(p.state));
		expect(ends).toHaveLength(1);
		for (const end of ends) {
			expect(end.state.status).toBe('done');
			expect(end.state.hasTag('completed')).toBe(true);
			// The hypervisor runs at the end exactly when nothing was missing.
			expect(end.state.context.hypervisorRunning).toBe(end.state.context.missing === null);
		}
		for (const path of simple) expect(hopOf(path.state)).toBeDefined();
	});
});

function hasNext(snapshot: Snapshot): boolean {
	return hostBootMachine.events.some((type) =>
		snapshot.can({ type } as Parameters<typeof snapshot.can>[0])
	);
}
