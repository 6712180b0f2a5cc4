/**
 * The scenes a lesson step can be told on, and the ids of their components. Apart from the layouts so that the
 * model (a machine's `meta.hop.places`) and lesson data can name them without drawing anything.
 *
 * `architecture` is Microsoft's figure (src/lib/architecture/topology.ts), where a hop's `node` is the place;
 * every other scene is drawn from its own layout (layouts.ts) and a hop says where it is there in `places`.
 */
export const sceneIds = ['architecture', 'cluster', 'vhd'] as const;
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

export interface SceneComponentIds {
	cluster: ClusterComponentId;
	vhd: VhdComponentId;
}

/** Where a hop is on each drawn scene it can be shown on. */
export type ScenePlaces = { [S in DrawnSceneId]?: SceneComponentIds[S] };

export const isSceneId = (id: string): id is SceneId =>
	(sceneIds as readonly string[]).includes(id);
