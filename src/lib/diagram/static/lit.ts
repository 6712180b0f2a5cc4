/**
 * One step's lights on a base scene: the box the request is at, the links it travelled in this step, and
 * where its token rests. Pure data in, data out, with no geometry code: the lesson page lights a base scene
 * computed at build time (see src/routes/data/scene/) without downloading the layout's path code.
 */
import type { ComponentId, LinkId } from '$lib/architecture/topology';
import type { Travel } from '$lib/architecture/travel';
import type { Scene } from './shapes';

export function litScene(
	base: Scene,
	node: ComponentId | undefined,
	travels: readonly Travel[]
): Scene {
	const lit = new Set<LinkId>(travels.map((t) => t.link));
	const last = travels.at(-1);
	const rest = last && base.links.find((l) => l.id === last.link);
	return {
		...base,
		boxes: base.boxes.map((b) => (b.id === node || b.active ? { ...b, active: b.id === node } : b)),
		links: base.links.map((l) => (lit.has(l.id) || l.active ? { ...l, active: lit.has(l.id) } : l)),
		token: rest ? (last.reverse ? rest.start : rest.end) : undefined
	};
}
