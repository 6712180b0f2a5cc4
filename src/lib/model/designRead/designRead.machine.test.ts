import { describe, expect, it } from 'vitest';
import { getSimplePaths } from 'xstate/graph';
import type { SnapshotFrom } from 'xstate';
import { designReadMachine, designs, type Design } from './designRead.machine';
import { playToEnd, sendAll, startRun } from '../run';
import { hopOf } from '../hop';
import { restingLeafIds, unreachedLeaves } from '$lib/testing/machine-graph';
import { designLanes } from '$lib/scenes/ids';

type Snapshot = SnapshotFrom<typeof designReadMachine>;

const placesOf = (design: Design) =>
	playToEnd(designReadMachine, { design }).path.map((hop) => hop.places?.designs);

describe('the same disk read in three designs', () => {
	it('goes in ESX from the guest straight to the driver in the hypervisor, then to the disk', () => {
		const played = playToEnd(designReadMachine, { design: 'monolithic' });
		expect(placesOf('monolithic')).toEqual(['esx-guest', 'esx-driver', 'esx-disk']);
		expect(played.events).toEqual(['guest.submit', 'disk.read']);
		expect(played.path.map((h) => h.privilege)).toEqual(['guest-kernel', 'hypervisor', 'hardware']);
		expect(played.snapshot.context.crossings).toBe(1);
	});

	it('goes in Xen and Hyper-V through the hypervisor to a partition that owns the driver', () => {
		for (const design of ['xen', 'hyperv'] as const) {
			const played = playToEnd(designReadMachine, { design });
			expect(played.events).toEqual([
				'guest.submit',
				'backend.receive',
				'driver.start',
				'disk.read'
			]);
			expect(played.path.map((h) => h.privilege)).toEqual([
				'guest-kernel',
				'hypervisor',
				'root-kernel',
				'root-kernel',
				'hardware'
			]);
			expect(played.snapshot.context.crossings).toBe(2);
		}
		expect(placesOf('xen')).toEqual([...designLanes.xen]);
		expect(placesOf('hyperv')).toEqual([...designLanes.hyperv]);
	});

	it('runs a driver in the hypervisor only in the monolithic design', () => {
		for (const design of designs) {
			const driver = playToEnd(designReadMachine, { design }).path.find((h) =>
				h.places?.designs?.endsWith('-driver')
			)!;
			expect(driver.privilege === 'hypervisor', design).toBe(design === 'monolithic');
		}
	});

	it('marks what rests on secondary sources or analogy as an estimate, and Hyper-V as documented', () => {
		const estimates = (design: Design) =>
			playToEnd(designReadMachine, { design }).path.some((h) => h.estimate);
		expect(estimates('monolithic')).toBe(true);
		expect(estimates('xen')).toBe(true);
		expect(estimates('hyperv')).toBe(false);
	});

	it('refuses a step ESX does not have: there is no partition to hand the request to', () => {
		const { machine, snapshot } = startRun({
			machine: 'designRead',
			input: { design: 'monolithic' }
		});
		expect(() => sendAll(machine, snapshot, ['guest.submit', 'backend.receive'], 'ESX')).toThrow(
			/does not accept "backend\.receive"/
		);
	});
});

describe('designRead as a graph', () => {
	const serializeState = (s: Snapshot) => JSON.stringify([s.value, s.context]);

	it('reaches every state with one design or another', () => {
		const inputs = designs.map((design) => ({ design }));
		expect(unreachedLeaves(designReadMachine, inputs, serializeState)).toEqual([]);
		expect(restingLeafIds(designReadMachine)).toHaveLength(13);
	});

	it.each(designs)(
		'%s: every path ends at the disk of its own design, with a hop on every state',
		(design) => {
			const paths = getSimplePaths(designReadMachine, { input: { design }, serializeState });
			// Where a path stops: no event the machine accepts any more.
			const ends = paths.filter(
				(p) => !designReadMachine.events.some((type) => p.state.can({ type } as never))
			);
			expect(ends).toHaveLength(1);
			const lane = designLanes[design];
			for (const end of ends) {
				expect(end.state.hasTag('completed')).toBe(true);
				expect(hopOf(end.state)?.places?.designs).toBe(lane.at(-1));
			}
			for (const path of paths) {
				const place = hopOf(path.state)?.places?.designs;
				expect(place && (lane as readonly string[]).includes(place), String(place)).toBe(true);
			}
		}
	);
});
