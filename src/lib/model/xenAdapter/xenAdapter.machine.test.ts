import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { getComponent } from '$lib/architecture/topology';
import { hopOf } from '../hop';
import { xenAdapterMachine } from './xenAdapter.machine';

describe('the Xen hypercall adapter', () => {
	const path = getShortestPaths(xenAdapterMachine).find((p) => p.state.status === 'done')!;
	const hops = path.steps.map((s) => hopOf(s.state)!);

	it('translates inside the Linux guest and calls Hyper-V, never leaving for another host', () => {
		expect(hops.map((h) => h.node)).toEqual([
			'linux-io-stack',
			'linux-hv',
			'hv-hypercalls',
			'linux-hv',
			'linux-io-stack'
		]);
		const partitions = new Set(hops.map((h) => getComponent(h.node).partition));
		expect([...partitions].sort()).toEqual(['hypervisor', 'linux']);
	});

	it('is a single path that ends, every hop sourced from the Linux integration components', () => {
		expect(
			getShortestPaths(xenAdapterMachine).filter((p) => p.state.status === 'done')
		).toHaveLength(1);
		for (const hop of hops) expect(hop.sources).toContain('S18');
	});
});
