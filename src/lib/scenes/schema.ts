/**
 * A drawn scene's layout, checked: ids from the scene's own list, each at most once, every component a route
 * joins or a frame holds among them, every box inside its frame and on the canvas. The layouts are ours, but a
 * typo in one would otherwise show as a box that never lights.
 */
import * as v from 'valibot';
import { sources, type SourceKey } from '$lib/architecture/sources';
import { sceneComponentIds, type DrawnSceneId } from './ids';
import type { SceneLayout, SceneRect } from './layout';

const sourceKeys = Object.keys(sources) as [SourceKey, ...SourceKey[]];
const size = v.pipe(v.number(), v.minValue(0));
const point = v.strictObject({ x: size, y: size });

const inside = (inner: SceneRect, outer: SceneRect) =>
	inner.x >= outer.x &&
	inner.y >= outer.y &&
	inner.x + inner.width <= outer.x + outer.width &&
	inner.y + inner.height <= outer.y + outer.height;

function layoutSchema<S extends DrawnSceneId>(id: S, ids: readonly string[]) {
	const componentId = v.picklist(ids as [string, ...string[]]);
	return v.pipe(
		v.strictObject({
			id: v.literal(id),
			width: size,
			height: size,
			components: v.pipe(
				v.array(
					v.strictObject({
						id: componentId,
						kind: v.picklist(['frame', 'box']),
						parent: v.optional(componentId),
						x: size,
						y: size,
						width: size,
						height: size,
						sources: v.pipe(v.array(v.picklist(sourceKeys)), v.minLength(1))
					})
				),
				v.check(
					(list) => new Set(list.map((c) => c.id)).size === list.length,
					'A component is listed twice'
				),
				v.check(
					(list) => ids.every((want) => list.some((c) => c.id === want)),
					'A component of the scene has no place in its layout'
				)
			),
			routes: v.array(
				v.strictObject({
					id: v.string(),
					from: componentId,
					to: componentId,
					kind: v.picklist(['call', 'network', 'storage', 'chain']),
					via: v.optional(v.array(point))
				})
			)
		}),
		v.check(
			(layout) =>
				layout.components.every((c) => {
					const frame = layout.components.find((f) => f.id === c.parent);
					return c.parent === undefined ? true : frame?.kind === 'frame' && inside(c, frame);
				}),
			'A component lies outside the frame it names as its parent'
		),
		v.check(
			(layout) =>
				layout.components.every((c) =>
					inside(c, { x: 0, y: 0, width: layout.width, height: layout.height })
				),
			'A component lies outside the canvas'
		),
		v.check(
			(layout) => new Set(layout.routes.map((r) => r.id)).size === layout.routes.length,
			'A route is listed twice'
		)
	);
}

export const layoutSchemas = {
	cluster: layoutSchema('cluster', sceneComponentIds.cluster),
	vhd: layoutSchema('vhd', sceneComponentIds.vhd),
	memory: layoutSchema('memory', sceneComponentIds.memory),
	boot: layoutSchema('boot', sceneComponentIds.boot),
	designs: layoutSchema('designs', sceneComponentIds.designs)
} satisfies Record<DrawnSceneId, unknown>;

/** The layout, or a message saying what is wrong with it. */
export function checkLayout(layout: SceneLayout): string | undefined {
	const result = v.safeParse(layoutSchemas[layout.id], layout);
	return result.success ? undefined : result.issues.map((i) => i.message).join('; ');
}
