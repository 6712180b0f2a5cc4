/** Every drawn scene's layout, by id. */
import { clusterLayout } from './cluster';
import type { DrawnSceneId } from './ids';
import type { SceneLayout } from './layout';
import type { SceneTopology } from '$lib/motion/moves';
import { vhdLayout } from './vhd';
import { memoryLayout } from './memory';
import { bootLayout } from './boot';
import { designsLayout } from './designs';

export const sceneLayouts: { [S in DrawnSceneId]: SceneLayout<S> } = {
	cluster: clusterLayout,
	vhd: vhdLayout,
	memory: memoryLayout,
	boot: bootLayout,
	designs: designsLayout
};

/** Each scene as a topology the motion code finds moves on: its routes are its lines. */
const topologyOf = (layout: SceneLayout): SceneTopology => ({
	links: layout.routes,
	parentOf: (id) => layout.components.find((c) => c.id === id)?.parent
});

export const sceneTopologies: Record<DrawnSceneId, SceneTopology> = {
	cluster: topologyOf(clusterLayout),
	vhd: topologyOf(vhdLayout),
	memory: topologyOf(memoryLayout),
	boot: topologyOf(bootLayout),
	designs: topologyOf(designsLayout)
};

/** A component of a scene, or undefined if the scene has none by that id. */
export const sceneComponent = (scene: DrawnSceneId, id: string) =>
	(sceneLayouts[scene] as SceneLayout).components.find((c) => c.id === id);
