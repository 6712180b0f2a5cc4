/** Every drawn scene's layout, by id. */
import { clusterLayout } from './cluster';
import type { DrawnSceneId } from './ids';
import type { SceneLayout } from './layout';
import { vhdLayout } from './vhd';

export const sceneLayouts: { [S in DrawnSceneId]: SceneLayout<S> } = {
	cluster: clusterLayout,
	vhd: vhdLayout
};

/** A component of a scene, or undefined if the scene has none by that id. */
export const sceneComponent = (scene: DrawnSceneId, id: string) =>
	(sceneLayouts[scene] as SceneLayout).components.find((c) => c.id === id);
