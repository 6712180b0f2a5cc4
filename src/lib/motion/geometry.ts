/**
 * Where moves are drawn, from a scene's geometry alone: the rectangles of its boxes and the drawn paths of its
 * links. A marked route (two boxes the figure does not join) is a curve from the side of one box that faces the
 * other; its shape follows from where the boxes are, never from a step. Plain arithmetic, no DOM, so the
 * prerendered drawing and the live diagram put every route, badge and label in the same place.
 */
import type { Move } from './moves';
import { halfway, roundedPath, wayAround } from './way-around';

import { inside, type Box, type Point } from './box';

export type { Box, Point };

export interface Route {
	d: string;
	start: Point;
	end: Point;
	/** The curve's middle, where a crossing count sits. */
	mid: Point;
}

const center = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const round = (n: number) => Math.round(n * 10) / 10;

/** Where a route leaves `box` towards `toward`, and the direction it leaves in. */
function exit(box: Box, toward: Point): { at: Point; dir: Point } {
	const c = center(box);
	const dx = toward.x - c.x;
	const dy = toward.y - c.y;
	// Leave through the top or bottom unless the other box lies clearly to the side.
	if (Math.abs(dy) * 2 >= Math.abs(dx) - box.width / 2) {
		const s = Math.sign(dy) || 1;
		return { at: { x: c.x, y: c.y + (s * box.height) / 2 }, dir: { x: 0, y: s } };
	}
	const s = Math.sign(dx);
	return { at: { x: c.x + (s * box.width) / 2, y: c.y }, dir: { x: s, y: 0 } };
}

/** A curve from `start` leaving in direction `d1` to `end` arriving against `d2`, as a route. */
function curve(start: Point, d1: Point, end: Point, d2: Point, reach = 0.35): Route {
	const k = Math.max(24, Math.hypot(end.x - start.x, end.y - start.y) * reach);
	const c1 = { x: start.x + d1.x * k, y: start.y + d1.y * k };
	const c2 = { x: end.x + d2.x * k, y: end.y + d2.y * k };
	const mid = {
		x: (start.x + 3 * c1.x + 3 * c2.x + end.x) / 8,
		y: (start.y + 3 * c1.y + 3 * c2.y + end.y) / 8
	};
	const p = (q: Point) => `${round(q.x)} ${round(q.y)}`;
	return { d: `M${p(start)} C${p(c1)} ${p(c2)} ${p(end)}`, start, end, mid: roundPoint(mid) };
}

/** The curve between the sides of two boxes that face each other (or a hook into a box drawn inside the other). */
function facingRoute(from: Box, to: Box): Route {
	if (inside(to, from) || inside(from, to)) {
		// One box is drawn inside the other: a short hook from the outer box's label down to the inner box.
		const [outer, inner] = inside(to, from) ? [from, to] : [to, from];
		const a = { x: outer.x + 14, y: outer.y + 10 };
		const b = { x: inner.x, y: inner.y + inner.height / 2 };
		return outer === from
			? curve(a, { x: 0, y: 1 }, b, { x: -1, y: 0 })
			: curve(b, { x: -1, y: 0 }, a, { x: 0, y: 1 });
	}
	const out = exit(from, center(to));
	const back = exit(to, center(from));
	return curve(out.at, out.dir, back.at, back.dir);
}

/** Points along a route's curve, ends included. */
function samples(route: Route, n = 40): Point[] {
	const [x0, y0, x1, y1, x2, y2, x3, y3] = (route.d.match(/-?\d*\.?\d+/g) ?? []).map(Number) as [
		number,
		number,
		number,
		number,
		number,
		number,
		number,
		number
	];
	return Array.from({ length: n + 1 }, (_, i) => {
		const t = i / n;
		const u = 1 - t;
		const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
		return { x: a * x0 + b * x1 + c * x2 + d * x3, y: a * y0 + b * y1 + c * y2 + d * y3 };
	});
}

/** How much longer than the curve between facing sides a way around may be. */
const DETOUR = 2.5;
const length = (points: readonly Point[]) =>
	points.reduce(
		(sum, q, i) => (i ? sum + Math.hypot(q.x - points[i - 1]!.x, q.y - points[i - 1]!.y) : 0),
		0
	);

/** Whether a curve runs over any of the boxes (its ends lie on the sides of boxes not among them). */
const crosses = (route: Route, boxes: readonly Box[]) =>
	samples(route).some((q) =>
		boxes.some((b) => q.x > b.x && q.x < b.x + b.width && q.y > b.y && q.y < b.y + b.height)
	);

/**
 * A marked route from one box to another: a curve between the sides that face each other. Where that curve would
 * run over other boxes of the drawing (`obstacles`), the route goes around them instead, along the gaps between
 * the boxes with rounded corners (wayAround); both directions between two boxes take the same way, so a round
 * trip is one line crossed twice.
 */
export function routeBetween(from: Box, to: Box, obstacles: readonly Box[] = []): Route {
	const plain = facingRoute(from, to);
	const inWay = obstacles.filter(
		(b) => !inside(from, b) && !inside(to, b) && !inside(b, from) && !inside(b, to)
	);
	if (!inWay.length || inside(to, from) || inside(from, to)) return plain;
	if (!crosses(plain, inWay)) return plain;
	// The search runs one way for both directions: from the box higher up (then further left).
	const flip = from.y > to.y || (from.y === to.y && from.x > to.x);
	const [a, b] = flip ? [to, from] : [from, to];
	const corners = wayAround(a, b, inWay, obstacles);
	// Two boxes close together in one frame (the IDE and PIC emulators) have no gap between them a way could
	// take: one around the whole frame reads as a detour of the request, so the short curve stays.
	if (!corners || length(corners) > DETOUR * length(samples(plain))) return plain;
	const way = flip ? [...corners].reverse() : corners;
	return { d: roundedPath(way), start: way[0]!, end: way.at(-1)!, mid: halfway(way) };
}

const roundPoint = (q: Point): Point => ({ x: round(q.x), y: round(q.y) });

/**
 * The point halfway along a path of straight runs and rounded corners (what the link paths are): the corners'
 * control points stand in for the curves, which are a few units long.
 */
export function pathMidpoint(d: string): Point {
	const numbers = (d.match(/-?\d*\.?\d+(?:e-?\d+)?/gi) ?? []).map(Number);
	const points: Point[] = [];
	for (let i = 0; i + 1 < numbers.length; i += 2)
		points.push({ x: numbers[i]!, y: numbers[i + 1]! });
	if (points.length < 2) return points[0] ?? { x: 0, y: 0 };
	const lengths = points.slice(1).map((q, i) => Math.hypot(q.x - points[i]!.x, q.y - points[i]!.y));
	let half = lengths.reduce((a, b) => a + b, 0) / 2;
	for (const [i, len] of lengths.entries()) {
		if (half <= len && len > 0) {
			const a = points[i]!;
			const b = points[i + 1]!;
			return roundPoint({
				x: a.x + ((b.x - a.x) * half) / len,
				y: a.y + ((b.y - a.y) * half) / len
			});
		}
		half -= len;
	}
	return points.at(-1)!;
}

/** Where an event in a box is marked, and where the token waits for it: the top edge, a little in from the right. */
export const eventPoint = (box: Box): Point => ({
	x: round(box.x + box.width - Math.min(18, box.width / 4)),
	y: round(box.y)
});

/** What a scene gives the motion layer: the path of a drawn link, the rectangle of a box. */
export interface SceneGeometry {
	linkPath: (link: string) => string | undefined;
	box: (id: string) => Box | undefined;
	/**
	 * Every box of the drawing, where the picture knows them: the trail and the marked routes are then cut where
	 * they would cross a box, so they never run over its label.
	 */
	boxes?: () => readonly Box[];
	/** The boxes a marked route goes around rather than over (every box of the drawing, where it knows them). */
	obstacles?: () => readonly Box[];
	/** What the picture shows of the drawing (it is fitted to its panels and boxes): counts stay inside it. */
	frame?: () => Box;
}

/** The box around `boxes`: the extent a picture fitted to them shows. */
export function extentOf(boxes: readonly Box[]): Box {
	const x = Math.min(...boxes.map((b) => b.x));
	const y = Math.min(...boxes.map((b) => b.y));
	const right = Math.max(...boxes.map((b) => b.x + b.width));
	const bottom = Math.max(...boxes.map((b) => b.y + b.height));
	return { x, y, width: right - x, height: bottom - y };
}

/** A move as drawn: the path the token runs (a still point for events), and where it ends. */
export interface DrawnMove {
	move: Move;
	/** The path the token follows; for an event or a start, a point it waits at. */
	path: string;
	reverse: boolean;
	end: Point;
	/** Where a crossing count goes (links and routes only). */
	mid?: Point;
}

const still = (q: Point) => `M${q.x} ${q.y} L${q.x} ${q.y + 0.01}`;

/** A link path's ends and middle, by its path: a step draws the whole trail so far again, link by link. */
const ends = new Map<string, { first: Point; last: Point; mid: Point }>();
function linkEnds(d: string) {
	let known = ends.get(d);
	if (!known) {
		const points = (d.match(/-?\d*\.?\d+/g) ?? []).map(Number);
		known = {
			first: { x: points[0]!, y: points[1]! },
			last: { x: points.at(-2)!, y: points.at(-1)! },
			mid: pathMidpoint(d)
		};
		ends.set(d, known);
	}
	return known;
}

/** A box as a string: the same box, the same key. */
export const boxKey = (b: Box) => `${b.x},${b.y},${b.width},${b.height}`;

/**
 * Routes already found, by the drawing's boxes and the two ends. A step draws the whole trail so far again, and
 * finding a way around tries 32 curves against every box: without this a late step of a long lesson searched
 * again for every route it had already drawn, at the key press. Bounded, since a resized drawing makes new keys.
 */
const foundRoutes = new Map<string, Route>();

/** The key of a drawing in the store: its boxes, in any order (see drawMoves). */
const drawingKeyOf = (obstacles: readonly Box[]) => obstacles.map(boxKey).sort().join(';');

/** Marked routes found ahead, for the drawing they were found on (its key, as the store names it). */
export interface FoundRoutes {
	drawing: string;
	/** Each route by its ends' box ids. */
	routes: { from: string; to: string; route: Route }[];
}

/**
 * The marked routes of `moves` on `scene`, found now: at build time, for a lesson's prerendered data, so that no
 * reader's browser searches for them (the first search of a page cost a 4× slower CPU about 300 ms at once).
 */
export function findRoutes(moves: readonly Move[], scene: SceneGeometry): FoundRoutes {
	const obstacles = scene.obstacles?.() ?? [];
	const drawing = drawingKeyOf(obstacles);
	const routes: FoundRoutes['routes'] = [];
	const seen = new Set<string>();
	for (const move of moves) {
		if (move.kind !== 'route' || seen.has(`${move.from}>${move.to}`)) continue;
		seen.add(`${move.from}>${move.to}`);
		const a = scene.box(move.from);
		const b = scene.box(move.to);
		if (a && b)
			routes.push({ from: move.from, to: move.to, route: routeOnce(a, b, obstacles, drawing) });
	}
	return { drawing, routes };
}

/**
 * Puts routes found ahead (findRoutes) in the store drawMoves reads, if they were found on the drawing of `scene`:
 * a drawing of other boxes (another scene, a resized live diagram) searches for its own.
 */
export function knowRoutes(found: FoundRoutes, scene: SceneGeometry): void {
	const drawing = drawingKeyOf(scene.obstacles?.() ?? []);
	if (found.drawing !== drawing) return;
	for (const { from, to, route } of found.routes) {
		const a = scene.box(from);
		const b = scene.box(to);
		if (a && b) foundRoutes.set(`${drawing}|${boxKey(a)}|${boxKey(b)}`, route);
	}
}

/** How many routes are known (see findRoutesAhead, which fills the store while the browser is idle). */
export const routesKnown = () => foundRoutes.size;

function routeOnce(a: Box, b: Box, obstacles: readonly Box[], drawing: string): Route {
	const key = `${drawing}|${boxKey(a)}|${boxKey(b)}`;
	let route = foundRoutes.get(key);
	if (!route) {
		if (foundRoutes.size > 4000) foundRoutes.clear();
		route = routeBetween(a, b, obstacles);
		foundRoutes.set(key, route);
	}
	return route;
}

/** Draws each move on a scene; a move whose boxes the scene does not have is left out. */
export function drawMoves(moves: readonly Move[], scene: SceneGeometry): DrawnMove[] {
	const drawn: DrawnMove[] = [];
	let obstacles: readonly Box[] | undefined;
	let drawing = '';
	for (const move of moves) {
		if (move.kind === 'event' || move.kind === 'start') {
			const box = scene.box(move.at);
			if (!box) continue;
			const at = eventPoint(box);
			drawn.push({ move, path: still(at), reverse: false, end: at });
		} else if (move.kind === 'link') {
			const d = scene.linkPath(move.link);
			if (!d) continue;
			const { first, last, mid } = linkEnds(d);
			drawn.push({ move, path: d, reverse: move.reverse, end: move.reverse ? first : last, mid });
		} else {
			const a = scene.box(move.from);
			const b = scene.box(move.to);
			if (!a || !b) continue;
			if (!obstacles) {
				obstacles = scene.obstacles?.() ?? [];
				// In any order: the way around depends on which boxes are in it, not on how they are listed (the
				// drawing and the live diagram list the same boxes differently, and then share the routes found).
				drawing = drawingKeyOf(obstacles);
			}
			const route = routeOnce(a, b, obstacles, drawing);
			drawn.push({ move, path: route.d, reverse: false, end: route.end, mid: route.mid });
		}
	}
	return drawn;
}
