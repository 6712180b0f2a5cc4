/**
 * Two nodes of a failover cluster (facts §8): on each the root partition with VMMS and the VM's worker process,
 * the VM itself and a NIC; the network between them; the storage both can reach (the LUN of Windows Server 2008,
 * a Cluster Shared Volume in R2). Quick and Live Migration move the VM from node 1 to node 2 on it.
 */
import type { SceneComponent, SceneLayout } from './layout';
import type { ClusterComponentId } from './ids';

const box = (
	id: ClusterComponentId,
	x: number,
	y: number,
	width: number,
	height: number,
	extra: Partial<SceneComponent<ClusterComponentId>> = {}
): SceneComponent<ClusterComponentId> => ({
	id,
	kind: 'box',
	x,
	y,
	width,
	height,
	sources: ['S19'],
	...extra
});

/** One node, drawn at `x`; node 2 is mirrored so that both VMs face the network between them. */
function node(side: 'a' | 'b', x: number): SceneComponent<ClusterComponentId>[] {
	const mirror = side === 'b';
	const rootX = mirror ? x + 194 : x + 16;
	const vmX = mirror ? x + 16 : x + 242;
	return [
		box(`${side}-host`, x, 40, 420, 290, { kind: 'frame', sources: ['S12', 'S19'] }),
		box(`${side}-root`, rootX, 76, 210, 190, {
			kind: 'frame',
			parent: `${side}-host`,
			sources: ['S1']
		}),
		box(`${side}-vmms`, rootX + 16, 112, 178, 56, { parent: `${side}-root` }),
		box(`${side}-vmwp`, rootX + 16, 190, 178, 56, { parent: `${side}-root` }),
		box(`${side}-vm`, vmX, 76, 162, 190, { parent: `${side}-host` }),
		box(`${side}-nic`, vmX, 278, 162, 40, { parent: `${side}-host` })
	];
}

export const clusterLayout: SceneLayout<'cluster'> = {
	id: 'cluster',
	width: 1000,
	height: 640,
	components: [
		...node('a', 20),
		...node('b', 560),
		// Tall enough that the token rests under the label, not on it.
		box('network', 452, 246, 96, 84),
		box('storage', 300, 370, 400, 56, { sources: ['S19', 'S12'] })
	],
	routes: [
		{ id: 'a-vmms-vmwp', from: 'a-vmms', to: 'a-vmwp', kind: 'call' },
		{ id: 'b-vmms-vmwp', from: 'b-vmms', to: 'b-vmwp', kind: 'call' },
		{ id: 'a-vmwp-vm', from: 'a-vmwp', to: 'a-vm', kind: 'call' },
		{ id: 'b-vmwp-vm', from: 'b-vmwp', to: 'b-vm', kind: 'call' },
		{ id: 'a-vm-nic', from: 'a-vm', to: 'a-nic', kind: 'call' },
		{ id: 'b-vm-nic', from: 'b-vm', to: 'b-nic', kind: 'call' },
		{ id: 'a-nic-network', from: 'a-nic', to: 'network', kind: 'network' },
		{ id: 'network-b-nic', from: 'network', to: 'b-nic', kind: 'network' },
		// The cluster's own traffic between the nodes' management services: the VM's configuration, first.
		{
			id: 'vmms-vmms',
			from: 'a-vmms',
			to: 'b-vmms',
			kind: 'network',
			via: [
				{ x: 141, y: 18 },
				{ x: 859, y: 18 }
			]
		},
		{
			id: 'a-vmwp-storage',
			from: 'a-vmwp',
			to: 'storage',
			kind: 'storage',
			via: [{ x: 141, y: 398 }]
		},
		{
			id: 'storage-b-vmwp',
			from: 'storage',
			to: 'b-vmwp',
			kind: 'storage',
			via: [{ x: 859, y: 398 }]
		},
		{ id: 'storage-network', from: 'storage', to: 'network', kind: 'network' },
		{
			id: 'b-vmms-network',
			from: 'b-vmms',
			to: 'network',
			kind: 'network',
			// Down the gap between node 2's VM and its root, below the nodes, up into the network.
			via: [
				{ x: 746, y: 140 },
				{ x: 746, y: 346 },
				{ x: 500, y: 346 }
			]
		}
	]
};

/**
 * The memory still to copy, as a bar under the shared storage (ClusterParts), and its label: under the bar and
 * starting where it starts, so "Pass 10: 2048 MB of 2048 MB to send" has the bar's width and more, not what is
 * left of the canvas to its right.
 */
export const clusterBar = { x: 300, y: 462, width: 400, height: 22 } as const;
export const clusterBarLabel = {
	x: clusterBar.x,
	y: clusterBar.y + clusterBar.height + 20
} as const;
