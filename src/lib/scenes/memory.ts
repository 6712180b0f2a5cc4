/**
 * A host's memory (facts §10.3, §1.1, §2): where a VM start goes (VMMS, a worker process, VID in the root's
 * kernel, the hypervisor the root deposits memory with) and the host's physical memory. The bars the root and the
 * VMs fill are drawn below from the machine's snapshot (MemoryParts), not placed here: their widths are numbers.
 */
import type { SceneComponent, SceneLayout } from './layout';
import type { MemoryComponentId } from './ids';

const box = (
	id: MemoryComponentId,
	x: number,
	width: number,
	extra: Partial<SceneComponent<MemoryComponentId>> = {}
): SceneComponent<MemoryComponentId> => ({
	id,
	kind: 'box',
	x,
	y: 64,
	width,
	height: 64,
	sources: ['S1'],
	...extra
});

/** Where the bars are drawn: the host's memory spans `width`; a VM that does not fit may run past its end. */
export const MEMORY_BARS = { x: 40, width: 780, height: 52, ys: [246, 418] } as const;

export const memoryLayout: SceneLayout<'memory'> = {
	id: 'memory',
	width: 1000,
	height: 600,
	components: [
		box('ram', 20, 150, { sources: ['S42', 'S10'] }),
		box('root', 196, 580, { kind: 'frame', y: 24, height: 120, sources: ['S1', 'S42'] }),
		box('vmms', 212, 170, { parent: 'root' }),
		box('vmwp', 399, 170, { parent: 'root', sources: ['S1', 'S13'] }),
		box('vid', 586, 174, { parent: 'root' }),
		box('hypervisor', 802, 178, { sources: ['S2g', 'S23'] })
	],
	routes: [
		{ id: 'ram-vmms', from: 'ram', to: 'vmms', kind: 'call' },
		{ id: 'vmms-vmwp', from: 'vmms', to: 'vmwp', kind: 'call' },
		{ id: 'vmwp-vid', from: 'vmwp', to: 'vid', kind: 'call' },
		{ id: 'vid-hypervisor', from: 'vid', to: 'hypervisor', kind: 'call' },
		// Back to the memory once the VM runs: below the root, so it crosses no box.
		{
			id: 'hypervisor-ram',
			from: 'hypervisor',
			to: 'ram',
			kind: 'call',
			via: [
				{ x: 891, y: 166 },
				{ x: 95, y: 166 }
			]
		}
	]
};
