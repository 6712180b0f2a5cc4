import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { hopOf } from '../hop';
import { playToEnd } from '../run';
import {
	conversionJobs,
	diskJobs,
	vhdToolsMachine,
	type VhdToolsEvent,
	type VhdToolsJob
} from './vhdTools.machine';

/** The boxes a job passes, in order, and what happens at each. */
function walk(job: VhdToolsJob) {
	const { snapshot, states } = playToEnd(vhdToolsMachine, { job });
	expect(snapshot.hasTag('completed'), job).toBe(true);
	return states.map((s) => [hopOf(s)?.node, hopOf(s)?.act]);
}

describe('VMM 2008 conversions', () => {
	it('takes an online P2V from a VSS snapshot, over the network, into a .vhd and a VM that VMMS holds', () => {
		expect(walk('p2vOnline')).toEqual([
			['hw-nic', 'VSS'],
			['hw-disk', '.vhd'],
			['root-wmi', undefined],
			['root-vmms', undefined]
		]);
	});

	it('differs offline only in how the source is read: restarted into Windows PE', () => {
		const offline = walk('p2vOffline');
		expect(offline[0]).toEqual(['hw-nic', 'WinPE']);
		expect(offline.slice(1)).toEqual(walk('p2vOnline').slice(1));
	});

	it('converts a VMware VM from its files, each .vmdk into a .vhd', () => {
		expect(walk('v2v').slice(0, 2)).toEqual([
			['hw-nic', '.vmdk'],
			['hw-disk', '→ .vhd']
		]);
	});

	it('marks only the VM definition as our estimate: its order is not documented', () => {
		const { states } = playToEnd(vhdToolsMachine, { job: 'p2vOnline' });
		expect(states.filter((s) => hopOf(s)?.estimate).map((s) => s.value)).toEqual(['defined']);
	});

	it('never runs anything in a child partition or the hypervisor: a conversion is files and management calls', () => {
		for (const job of [...conversionJobs, ...diskJobs]) {
			const { states } = playToEnd(vhdToolsMachine, { job });
			for (const s of states) expect(hopOf(s)?.privilege).toMatch(/^(root-|hardware)/);
		}
	});
});

describe('image management: the Edit Disk wizard and Mount', () => {
	it('edits a .vhd through the WMI image management service, straight to the file', () => {
		expect(walk('compact')).toEqual([
			['root-wmi', undefined],
			['hw-disk', 'Compact']
		]);
		expect(walk('convert')[1]).toEqual(['hw-disk', 'Convert']);
		expect(walk('expand')[1]).toEqual(['hw-disk', 'Expand']);
	});

	it('mounts a .vhd so that it shows up as a disk in the root', () => {
		expect(walk('mount')).toEqual([
			['root-wmi', undefined],
			['hw-disk', 'Mount'],
			['root-io-stack', 'new disk']
		]);
	});

	it('refuses an event that belongs to another job', () => {
		const refuses = (job: VhdToolsJob, type: VhdToolsEvent['type']) => {
			const [snapshot] = initialTransition(vhdToolsMachine, { job });
			const [next] = transition(vhdToolsMachine, snapshot, { type });
			return next.value === snapshot.value;
		};
		expect(refuses('mount', 'vhd.edit')).toBe(true);
		expect(refuses('compact', 'vhd.mount')).toBe(true);
		expect(refuses('v2v', 'vhd.edit')).toBe(true);
		expect(refuses('compact', 'vhd.write')).toBe(true);
	});
});

describe('explored with xstate/graph', () => {
	it.each([...conversionJobs, ...diskJobs])(
		'%s: every reachable state has a hop, and exactly one path ends the job',
		(job) => {
			const paths = getShortestPaths(vhdToolsMachine, { input: { job } });
			for (const path of paths) expect(hopOf(path.state), String(path.state.value)).toBeDefined();
			const simple = getSimplePaths(vhdToolsMachine, { input: { job } });
			const ends = simple.filter((p) => p.state.hasTag('completed'));
			expect(ends).toHaveLength(1);
			expect(ends[0]!.steps.length).toBe(
				job === 'compact' || job === 'convert' || job === 'expand' ? 2 : job === 'mount' ? 3 : 4
			);
		}
	);
});
