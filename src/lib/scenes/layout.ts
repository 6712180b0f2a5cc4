/**
 * A drawn scene as data: boxes at fixed places on a canvas of its own, and the routes a request can travel
 * between them. Like the architecture's topology, structure only: the words live in src/content/scenes/<locale>.ts
 * and what changes from step to step (a VM paused, a BAT entry filled) comes from the machine (views.ts).
 */
import type { SourceKey } from '$lib/architecture/sources';
import type { DrawnSceneId, SceneComponentIds } from './ids';

export interface SceneRect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** `frame`: a box that holds boxes (a host, a partition), labelled at its top; `box`: a place a request is at. */
export type SceneComponentKind = 'frame' | 'box';

export interface SceneComponent<Id extends string = string> extends SceneRect {
	id: Id;
	kind: SceneComponentKind;
	/** The frame it is drawn inside. */
	parent?: Id;
	sources: SourceKey[];
}

/** What travels along a route: a call inside a host, traffic on the network, storage I/O, a parent link. */
export type SceneRouteKind = 'call' | 'network' | 'storage' | 'chain';

export interface SceneRoute<Id extends string = string> {
	id: string;
	from: Id;
	to: Id;
	kind: SceneRouteKind;
	/** Corners the route turns at between its ends, so it goes around boxes instead of through them. */
	via?: { x: number; y: number }[];
}

export interface SceneLayout<S extends DrawnSceneId = DrawnSceneId> {
	id: S;
	width: number;
	height: number;
	components: SceneComponent<SceneComponentIds[S]>[];
	routes: SceneRoute<SceneComponentIds[S]>[];
}

export interface Point {
	x: number;
	y: number;
}

export const centre = (r: SceneRect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** Where the token rests in a box: below its label, which sits at the top. */
export const restPoint = (r: SceneRect): Point => ({
	x: r.x + r.width / 2,
	y: r.y + Math.max(r.height * 0.68, Math.min(r.height - 12, 40))
});

/** Where the segment from a box's centre towards `to` leaves the box: routes start and end on box edges. */
export function edgeToward(r: SceneRect, to: Point): Point {
	const c = centre(r);
	const dx = to.x - c.x;
	const dy = to.y - c.y;
	if (dx === 0 && dy === 0) return c;
	const scale = Math.min(
		dx === 0 ? Infinity : r.width / 2 / Math.abs(dx),
		dy === 0 ? Infinity : r.height / 2 / Math.abs(dy)
	);
	return { x: c.x + dx * scale, y: c.y + dy * scale };
}

/** The points a route runs through, edge to edge, in its drawn direction. */
export function routePoints(from: SceneRect, to: SceneRect, via: readonly Point[] = []): Point[] {
	const first = via[0] ?? centre(to);
	const last = via.at(-1) ?? centre(from);
	return [edgeToward(from, first), ...via, edgeToward(to, last)];
}
