/**
 * The chart is read from the machine, so it must hold exactly what the machine holds: every state, every
 * transition, every hop. Counted here against the raw config the machine was made from, a second source.
 */
import { describe, expect, it } from 'vitest';
import {
	and,
	createActor,
	not,
	or,
	stateIn,
	type AnyStateMachine,
	type StateNodeConfig
} from 'xstate';
import { stateDescriptions } from '$lib/model/descriptions';
import { diskReadMachine } from '$lib/model/diskRead/diskRead.machine';
import { deviceIoMachine } from '$lib/model/deviceIo/deviceIo.machine';
import { machines } from '$lib/model/machines';
import {
	acceptedEvents,
	activeLeafIds,
	activeStateIds,
	describeGuard,
	descendantCount,
	statechartOf,
	targetName,
	type ChartState
} from './statechart';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Config = StateNodeConfig<any, any, any, any, any, any, any, any, any, any>;

/** States and transitions as written in the config, without XState's state nodes. */
function countConfig(config: Config): { states: number; transitions: number } {
	let transitions = 0;
	for (const value of Object.values(config.on ?? {})) {
		transitions += Array.isArray(value) ? value.length : 1;
	}
	const always = config.always;
	transitions += always === undefined ? 0 : Array.isArray(always) ? always.length : 1;
	let states = 1;
	for (const child of Object.values(config.states ?? {})) {
		const counted = countConfig(child as Config);
		states += counted.states;
		transitions += counted.transitions;
	}
	return { states, transitions };
}

/** Leaves that carry a hop in the machine's own state nodes. */
function hopLeaves(machine: AnyStateMachine): string[] {
	return Object.values(machine.root.states)
		.flatMap(function leaves(node): (typeof node)[] {
			const children = Object.values(node.states);
			return children.length === 0 ? [node] : children.flatMap(leaves);
		})
		.filter((node) => (node.meta as { hop?: unknown } | undefined)?.hop)
		.map((node) => node.id);
}

const flatten = (s: ChartState): ChartState[] => [s, ...s.children.flatMap(flatten)];

describe.each([
	['diskRead', diskReadMachine, 50, 51],
	['deviceIo', deviceIoMachine, 198, 192]
] as const)('the statechart of %s', (_name, machine, stateCount, transitionCount) => {
	const chart = statechartOf(machine);

	it('holds every state and transition of the machine', () => {
		const counted = countConfig(machine.config as Config);
		expect(chart.states.size).toBe(counted.states);
		expect(chart.transitions.length).toBe(counted.transitions);
		// Pinned too, so a change to the machine is seen here on purpose.
		expect(chart.states.size).toBe(stateCount);
		expect(chart.transitions.length).toBe(transitionCount);
		expect(flatten(chart.root)).toHaveLength(chart.states.size);
	});

	it('only points at states that exist', () => {
		for (const t of chart.transitions) {
			expect(chart.states.has(t.source), t.source).toBe(true);
			expect(t.targets.length, `${t.source} ${t.event}`).toBeGreaterThan(0);
			for (const target of t.targets) expect(chart.states.has(target), target).toBe(true);
		}
		for (const s of chart.states.values()) {
			if (s.kind === 'compound') expect(s.children.map((c) => c.id)).toContain(s.initial);
			else expect(s.initial).toBeUndefined();
		}
	});

	it('has every leaf with a hop, with that hop', () => {
		const leaves = hopLeaves(machine);
		expect(leaves.length).toBeGreaterThan(0);
		for (const id of leaves) {
			expect(chart.states.get(id)?.hop, id).toBe(machine.getStateNodeById(id).meta?.hop.node);
		}
		expect([...chart.states.values()].filter((s) => s.hop).map((s) => s.id)).toEqual(leaves);
	});

	it('calls a state that moves on by itself transient, and its eventless transitions null', () => {
		const start = chart.root.children.find((s) => s.key === 'start');
		expect(start?.kind).toBe('transient');
		expect(start?.transitions.every((t) => t.event === null)).toBe(true);
		expect(chart.root.kind).toBe('compound');
		expect(descendantCount(chart.root)).toBe(stateCount - 1);
	});
});

describe('the statechart of diskRead, in detail', () => {
	const chart = statechartOf(diskReadMachine);

	it('keeps names, kinds, initial states and guards', () => {
		const synthetic = chart.states.get('diskRead.synthetic')!;
		expect(synthetic).toMatchObject({ key: 'synthetic', path: 'synthetic', kind: 'compound' });
		expect(synthetic.initial).toBe('diskRead.synthetic.app');
		expect(chart.states.get('diskRead.noDisk')?.kind).toBe('final');
		expect(chart.states.get('diskRead.synthetic.app')).toMatchObject({
			kind: 'atomic',
			hop: 'win-apps',
			transitions: [
				{
					source: 'diskRead.synthetic.app',
					event: 'io.submit',
					targets: ['diskRead.synthetic.guestStack']
				}
			]
		});
		expect(chart.states.get('diskRead.synthetic.guestStack')?.transitions).toEqual([
			{
				source: 'diskRead.synthetic.guestStack',
				event: 'vsc.request',
				targets: ['diskRead.synthetic.storvsc'],
				guard: 'not(onIde)'
			},
			{
				source: 'diskRead.synthetic.guestStack',
				event: 'filter.redirect',
				targets: ['diskRead.synthetic.ideFilter'],
				guard: 'onIde'
			}
		]);
	});

	it('says which states a snapshot is in, and which events it takes now', () => {
		const actor = createActor(diskReadMachine, { input: { guest: 'enlightened' } }).start();
		expect([...activeStateIds(chart, actor.getSnapshot())]).toEqual([
			'diskRead',
			'diskRead.synthetic',
			'diskRead.synthetic.app'
		]);
		expect(activeLeafIds(chart, activeStateIds(chart, actor.getSnapshot()))).toEqual([
			'diskRead.synthetic.app'
		]);
		expect(acceptedEvents(diskReadMachine, actor.getSnapshot())).toEqual(['io.submit']);
		actor.send({ type: 'io.submit' });
		// Two events leave the guest's stack, but the guard lets only the SCSI one through.
		expect(acceptedEvents(diskReadMachine, actor.getSnapshot())).toEqual(['vsc.request']);
	});

	it('names a sibling target by its name, and any other by its path', () => {
		expect(targetName(chart, 'diskRead.synthetic.app', 'diskRead.synthetic.guestStack')).toBe(
			'guestStack'
		);
		expect(targetName(chart, 'diskRead.start', 'diskRead.synthetic')).toBe('synthetic');
		expect(chart.states.get('diskRead.synthetic.app')?.parent).toBe('diskRead.synthetic');
		expect(chart.root.parent).toBeUndefined();
	});

	it('has nothing to accept once the read is done', () => {
		const actor = createActor(diskReadMachine, {
			input: { guest: 'unenlightened', controller: 'scsi' }
		}).start();
		expect(actor.getSnapshot().status).toBe('done');
		expect(acceptedEvents(diskReadMachine, actor.getSnapshot())).toEqual([]);
	});
});

describe('describeGuard', () => {
	it('writes guards as they are written in the machine', () => {
		expect(describeGuard('isEnlightened')).toBe('isEnlightened');
		expect(describeGuard({ type: 'onPath', params: 'windows' })).toBe('onPath(windows)');
		expect(describeGuard({ type: 'accessFor', params: { device: 'nic' } })).toBe(
			'accessFor({"device":"nic"})'
		);
		expect(describeGuard(not('onIde'))).toBe('not(onIde)');
		expect(describeGuard(and(['onIde', not('inSetup')]))).toBe('and(onIde, not(inSetup))');
		expect(describeGuard(or(['onIde', 'inSetup']))).toBe('or(onIde, inSetup)');
		expect(describeGuard(stateIn('#diskRead.noDisk'))).toBe('stateIn("#diskRead.noDisk")');
	});

	it('reads a combinator from the machine, not from its function name, which a minifier renames', () => {
		// What the production build does to `not`: the function is renamed, its data stays.
		const minified = not('onIde');
		Object.defineProperty(minified, 'name', { value: 't' });
		expect(describeGuard(minified)).toBe('not(onIde)');
		const inline = () => true;
		Object.defineProperty(inline, 'name', { value: 'e' });
		expect(describeGuard(inline)).toBe('guard');
	});
});

describe('every machine of the model', () => {
	it.each(Object.entries(machines))('%s has a chart whose transitions all land', (_id, machine) => {
		const chart = statechartOf(machine);
		for (const t of chart.transitions) {
			for (const target of t.targets) expect(chart.states.has(target), target).toBe(true);
		}
		expect(hopLeaves(machine).every((id) => chart.states.get(id)?.hop)).toBe(true);
	});
});

describe('what a state stands for', () => {
	it('carries the description its machine folder gives a state, shared legs included', () => {
		const chart = statechartOf(diskReadMachine, stateDescriptions.diskRead);
		expect(chart.states.get('diskRead.synthetic.ideFilter')?.description).toMatch(/fast path/);
		expect(chart.states.get('diskRead.synthetic.completionRing')?.description).toMatch(/ring/);
		expect(chart.states.get('diskRead.emulated.trap')?.description).toMatch(/exits/);
		expect(chart.states.get('diskRead.emulated.inject')?.description).toMatch(/injects/);
		expect(chart.states.get('diskRead.synthetic')?.description).toMatch(/StorVSC/);
		expect(chart.root.description).toBeUndefined();
	});
	it('has no descriptions without them: they are not in the machine config', () => {
		const chart = statechartOf(diskReadMachine);
		expect([...chart.states.values()].filter((s) => s.description)).toEqual([]);
	});
});
