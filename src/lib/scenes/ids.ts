/**
 * The scenes a lesson step can be told on, and the ids of their components. Apart from the layouts so that the
 * model (a machine's `meta.hop.places`) and lesson data can name them without drawing anything.
 *
 * `architecture` is Microsoft's figure (src/lib/architecture/topology.ts), where a hop's `node` is the place;
 * every other scene is drawn from its own layout (layouts.ts) and a hop says where it is there in `places`.
 */
export const sceneIds = ['architecture', 'cluster', 'vhd', 'memory', 'boot', 'designs'] as const;
export type SceneId = (typeof sceneIds)[number];

/** The scenes drawn from a layout of their own. */
export type DrawnSceneId = Exclude<SceneId, 'architecture'>;
export const drawnSceneIds = sceneIds.filter(
	(id): id is DrawnSceneId => id !== 'architecture'
) as readonly DrawnSceneId[];

/** Two failover-cluster nodes, the network between them and their shared storage (facts §8). */
export const clusterComponentIds = [
	'a-host',
	'a-root',
	'a-vmms',
	'a-vmwp',
	'a-vm',
	'a-nic',
	'b-host',
	'b-root',
	'b-vmms',
	'b-vmwp',
	'b-vm',
	'b-nic',
	'network',
	'storage'
] as const;
export type ClusterComponentId = (typeof clusterComponentIds)[number];

/** A virtual disk: the root's StorVSP, a differencing chain, the layout of the newest file, the physical disk. */
export const vhdComponentIds = [
	'vsp',
	'parent',
	'avhd-older',
	'avhd-newest',
	'vhd-footer-copy',
	'vhd-header',
	'vhd-bat',
	'vhd-bitmap',
	'vhd-data',
	'vhd-new-block',
	'vhd-footer',
	'disk'
] as const;
export type VhdComponentId = (typeof vhdComponentIds)[number];

/**
 * A host's memory (facts §10.3): the places a VM start passes (VMMS, its worker process, VID, the hypervisor)
 * and the host's RAM, drawn as a bar the root and the VMs fill.
 */
export const memoryComponentIds = ['ram', 'root', 'vmms', 'vmwp', 'vid', 'hypervisor'] as const;
export type MemoryComponentId = (typeof memoryComponentIds)[number];

/**
 * The boot as a timeline (facts §1.1, §5.2, §6.1, §4.2): the host's lane from the firmware to VMMS, then a
 * child's lane from its firmware to the drivers that bind to VMBus offers.
 */
export const bootHostStages = [
	'firmware',
	'loader',
	'hvboot',
	'hypervisor',
	'root',
	'root-continues',
	'vmms'
] as const;
export const bootChildStages = [
	'child-firmware',
	'child-kernel',
	'cpuid',
	'msrs',
	'contact',
	'offers',
	'drivers'
] as const;
export const bootComponentIds = [
	'host-lane',
	...bootHostStages,
	'child-lane',
	...bootChildStages
] as const;
export type BootComponentId = (typeof bootComponentIds)[number];

/**
 * Three hypervisor designs side by side (facts §1.3), each a column from the guest down to the disk: classic
 * VMware ESX with the driver inside the hypervisor (the VMkernel), Xen with it in dom0 behind blkback, Hyper-V
 * with it in the root behind the VSP. The frames are the designs, their partitions and hypervisor layers.
 */
export const designLanes = {
	monolithic: ['esx-guest', 'esx-driver', 'esx-disk'],
	xen: ['xen-blkfront', 'xen-channel', 'xen-blkback', 'xen-driver', 'xen-disk'],
	hyperv: ['hv-vsc', 'hv-vmbus', 'hv-vsp', 'hv-driver', 'hv-disk']
} as const;
export const designsComponentIds = [
	'esx',
	'esx-vm',
	'esx-vmkernel',
	...designLanes.monolithic,
	'xen',
	'xen-domu',
	'xen-dom0',
	'xen-hypervisor',
	...designLanes.xen,
	'hyperv',
	'hv-child',
	'hv-root',
	'hv-hypervisor',
	...designLanes.hyperv
] as const;
export type DesignsComponentId = (typeof designsComponentIds)[number];

export interface SceneComponentIds {
	cluster: ClusterComponentId;
	vhd: VhdComponentId;
	memory: MemoryComponentId;
	boot: BootComponentId;
	designs: DesignsComponentId;
}

/** Every drawn scene's component ids, by scene. */
export const sceneComponentIds: { [S in DrawnSceneId]: readonly SceneComponentIds[S][] } = {
	cluster: clusterComponentIds,
	vhd: vhdComponentIds,
	memory: memoryComponentIds,
	boot: bootComponentIds,
	designs: designsComponentIds
};

/** Where a hop is on each drawn scene it can be shown on. */
export type ScenePlaces = { [S in DrawnSceneId]?: SceneComponentIds[S] };

export const isSceneId = (id: string): id is SceneId =>
	(sceneIds as readonly string[]).includes(id);
