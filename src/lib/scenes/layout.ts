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

/**
 * Where the token rests in a box: below its label in a tall box; at the right end of a low one, whose label and
 * status line fill its middle.
 */
export const restPoint = (r: SceneRect): Point =>
	r.height >= 80
		? { x: r.x + r.width / 2, y: r.y + r.height * 0.68 }
		: { x: r.x + r.width - 16, y: r.y + r.height / 2 };

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

/** The size of a component's label as drawn (SceneStage): 17 px type, about 0.56 em a character, 19 px a line. */
export const LABEL = { size: 17, em: 0.56, line: 19, top: 24 } as const;

/** A soft hyphen (U+00AD): where a label written as one word may break, as Dutch compounds need. */
const SOFT = '\u00ad';

/**
 * A label in one line if it fits the box, else broken at the middlemost space, or soft hyphen, which then shows
 * as a hyphen at the end of the first line (an SVG text has no hyphenation of its own).
 */
export function labelLines(label: string, width: number): string[] {
	const plain = label.replaceAll(SOFT, '');
	const breaks = [...label.matchAll(/[ \u00ad]/g)].map((m) => m.index);
	if (plain.length * LABEL.size * LABEL.em <= width - 10 || breaks.length === 0) return [plain];
	const cut = breaks.reduce((best, i) =>
		Math.abs(i - label.length / 2) < Math.abs(best - label.length / 2) ? i : best
	);
	const hyphen = label[cut] === SOFT ? '-' : '';
	return [
		label.slice(0, cut).replaceAll(SOFT, '') + hyphen,
		label.slice(cut + 1).replaceAll(SOFT, '')
	];
}

/** The room a low box keeps at its right end for the token resting there (restPoint). */
const TOKEN_ROOM = 28;

const wide = (label: string) => label.length * LABEL.size * LABEL.em;

/**
 * Whether a box's label makes room for the token at its right end: only in a low box (restPoint), and only when
 * the label, centred, would run into it.
 */
const makesRoom = (box: SceneRect & { kind?: string }, label: string) =>
	box.kind !== 'frame' &&
	box.height < 80 &&
	box.x + box.width / 2 + wide(label) / 2 > box.x + box.width - TOKEN_ROOM;

/** The x a box's label is centred on: the box's middle, or what the token leaves of a low box. */
export const labelCentre = (box: SceneRect & { kind?: string }, label: string): number =>
	makesRoom(box, label) ? box.x + (box.width - TOKEN_ROOM) / 2 : box.x + box.width / 2;

/** The width a label may take in a box. */
export const labelRoom = (box: SceneRect & { kind?: string }, label: string): number =>
	makesRoom(box, label) ? box.width - TOKEN_ROOM : box.width;

/** Where a box's label is drawn, roughly: centred under the box's top edge, one rectangle around its lines. */
export function labelRect(box: SceneRect & { kind?: string }, label: string): SceneRect {
	const lines = labelLines(label, labelRoom(box, label));
	const width = Math.max(...lines.map((l) => l.length)) * LABEL.size * LABEL.em;
	const baseline = box.y + LABEL.top;
	return {
		x: labelCentre(box, label) - width / 2,
		y: baseline - LABEL.size * 0.8,
		width,
		height: LABEL.size * 0.8 + LABEL.line * (lines.length - 1) + 4
	};
}
