/** A prerendered drawing's geometry, as the motion layer reads it (see SceneGeometry): boxes and link paths by id. */
import { extentOf, type Box, type SceneGeometry } from '$lib/motion/geometry';
import type { Scene } from './static/shapes';

export function drawingGeometry(base: Scene): SceneGeometry & { frame: () => Box } {
	const boxes = new Map<string, Scene['boxes'][number]>(base.boxes.map((b) => [b.id, b]));
	const links = new Map<string, string>(base.links.map((l) => [l.id, l.d]));
	return {
		linkPath: (id) => links.get(id),
		box: (id) => boxes.get(id),
		obstacles: () => base.boxes,
		// The picture is fitted to the panels and boxes (SceneDiagram's viewBox is this frame).
		frame: () => extentOf([...base.panels, ...base.boxes])
	};
}
