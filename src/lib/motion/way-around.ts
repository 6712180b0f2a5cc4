/**
 * A way around the boxes of a drawing, for a marked route whose curve between facing sides would run over boxes:
 * runs along the gaps between the boxes (the middle of each gap, never hugging a box), turning as seldom as it
 * can, drawn with rounded corners. It is the shortest such way, turns counted as extra length, so it stays
 * close to the straight line between the two boxes instead of looping out through the margins. Plain
 * arithmetic on rectangles, no DOM.
 */
import type { Box, Point } from './geometry';

/** How far a way keeps from a box it passes. */
const CLEARANCE = 5;
/** A turn costs as much as this much more length: fewer turns read as one line, not a maze. */
const TURN = 40;
/** How far round the outermost boxes the way may go. */
const OUTSIDE = 10;

const center = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** The middles of the gaps between a drawing's box edges along one axis, where a gap is wide enough to pass. */
function channels(edges: readonly number[]): number[] {
	const sorted = [...new Set(edges)].sort((a, b) => a - b);
	const mids: number[] = [sorted[0]! - OUTSIDE, sorted.at(-1)! + OUTSIDE];
	for (let i = 1; i < sorted.length; i++)
		if (sorted[i]! - sorted[i - 1]! >= 2 * CLEARANCE) mids.push((sorted[i]! + sorted[i - 1]!) / 2);
	return mids;
}

/** Whether the straight run from `a` to `b` (along one axis) keeps clear of the box. */
function clearOf(a: Point, b: Point, box: Box): boolean {
	const left = box.x - CLEARANCE;
	const right = box.x + box.width + CLEARANCE;
	const top = box.y - CLEARANCE;
	const bottom = box.y + box.height + CLEARANCE;
	return (
		Math.max(a.x, b.x) <= left ||
		Math.min(a.x, b.x) >= right ||
		Math.max(a.y, b.y) <= top ||
		Math.min(a.y, b.y) >= bottom
	);
}

/** Where the run from the inside of `box` out to `outside` crosses the box's edge. */
function edgePoint(inside: Point, outside: Point, box: Box): Point {
	if (inside.x === outside.x) {
		const y = outside.y < inside.y ? box.y : box.y + box.height;
		return { x: inside.x, y };
	}
	const x = outside.x < inside.x ? box.x : box.x + box.width;
	return { x, y: inside.y };
}

/** A tiny binary heap of [cost, state] pairs, cheapest first. */
class Queue {
	#items: [number, number][] = [];
	get size() {
		return this.#items.length;
	}
	push(item: [number, number]) {
		const a = this.#items;
		a.push(item);
		for (let i = a.length - 1; i > 0;) {
			const p = (i - 1) >> 1;
			if (a[p]![0] <= a[i]![0]) break;
			[a[p], a[i]] = [a[i]!, a[p]!];
			i = p;
		}
	}
	pop(): [number, number] {
		const a = this.#items;
		const top = a[0]!;
		const last = a.pop()!;
		if (a.length) {
			a[0] = last;
			for (let i = 0; ;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let m = i;
				if (l < a.length && a[l]![0] < a[m]![0]) m = l;
				if (r < a.length && a[r]![0] < a[m]![0]) m = r;
				if (m === i) break;
				[a[m], a[i]] = [a[i]!, a[m]!];
				i = m;
			}
		}
		return top;
	}
}

/** The grid a drawing's ways run on: its lines, and for each point the boxes (by index) it lies too close to. */
interface Grid {
	xs: readonly number[];
	ys: readonly number[];
	index: ReadonlyMap<string, number>;
	near: readonly (readonly number[])[];
}

const keyOf = (b: Box) => `${b.x},${b.y},${b.width},${b.height}`;

/**
 * The lines of the grid: the middles of the gaps between box edges, and the middle of every box. With a line
 * through the middle of every box, a run between two neighbouring points that both keep clear of the boxes
 * passes no box, so runs need no test of their own.
 */
function gridOf(boxes: readonly Box[]): Grid {
	const xs = [
		...new Set([
			...channels(boxes.flatMap((b) => [b.x, b.x + b.width])),
			...boxes.map((b) => center(b).x)
		])
	].sort((a, b) => a - b);
	const ys = [
		...new Set([
			...channels(boxes.flatMap((b) => [b.y, b.y + b.height])),
			...boxes.map((b) => center(b).y)
		])
	].sort((a, b) => a - b);
	const near: number[][] = [];
	for (const y of ys)
		for (const x of xs) {
			const q = { x, y };
			near.push(boxes.flatMap((b, i) => (clearOf(q, q, b) ? [] : [i])));
		}
	return { xs, ys, index: new Map(boxes.map((b, i) => [keyOf(b), i])), near };
}

/** Grids made, by their drawing: a drawing's routes share one. Bounded, since a resized drawing makes new ones. */
const grids = new Map<string, Grid>();
function gridOnce(boxes: readonly Box[]): Grid {
	const unique = [...new Map(boxes.map((b) => [keyOf(b), b])).values()];
	const key = unique.map(keyOf).sort().join(';');
	let grid = grids.get(key);
	if (!grid) {
		if (grids.size > 50) grids.clear();
		grid = gridOf(unique);
		grids.set(key, grid);
	}
	return grid;
}

/**
 * The corners of a way from the edge of `from` to the edge of `to` that keeps clear of every box in `obstacles`
 * (which hold neither end), or undefined where there is none. Runs along the middles of the gaps between the
 * edges of `obstacles` and `walls` (the whole drawing: boxes it may cross but not run along, such as the box an
 * end is drawn in), and through the middle of each end box. The shortest such way, a turn counted as extra
 * length, found by A* on the grid.
 */
export function wayAround(
	from: Box,
	to: Box,
	obstacles: readonly Box[],
	walls: readonly Box[] = []
): Point[] | undefined {
	const { xs, ys, index, near } = gridOnce([...walls, ...obstacles, from, to]);
	const blocking = new Uint8Array(index.size);
	for (const b of obstacles) blocking[index.get(keyOf(b))!] = 1;
	const free = (n: number) => near[n]!.every((i) => !blocking[i]);
	const w = xs.length;
	const h = ys.length;
	const nodeOf = (q: Point) => ys.indexOf(q.y) * w + xs.indexOf(q.x);
	const start = nodeOf(center(from));
	const goal = nodeOf(center(to));
	const gx = xs[goal % w]!;
	const gy = ys[Math.floor(goal / w)]!;
	// State: a grid point and the direction it was reached in (0 right, 1 left, 2 down, 3 up; 4 at the start).
	const DX = [1, -1, 0, 0];
	const DY = [0, 0, 1, -1];
	const best = new Float64Array(w * h * 5).fill(Infinity);
	const came = new Int32Array(w * h * 5).fill(-1);
	const done = new Uint8Array(w * h * 5);
	const queue = new Queue();
	const startState = start * 5 + 4;
	best[startState] = 0;
	queue.push([0, startState]);
	let reached: number | undefined;
	while (queue.size) {
		const state = queue.pop()[1];
		if (done[state]) continue;
		done[state] = 1;
		const cost = best[state]!;
		const node = Math.floor(state / 5);
		const dir = state % 5;
		if (node === goal) {
			reached = state;
			break;
		}
		const col = node % w;
		const row = Math.floor(node / w);
		for (let d = 0; d < 4; d++) {
			const c2 = col + DX[d]!;
			const r2 = row + DY[d]!;
			if (c2 < 0 || c2 >= w || r2 < 0 || r2 >= h) continue;
			const next = r2 * w + c2;
			if (!free(next)) continue;
			const step = Math.abs(xs[c2]! - xs[col]!) + Math.abs(ys[r2]! - ys[row]!);
			const c = cost + step + (dir !== 4 && dir !== d ? TURN : 0);
			const s = next * 5 + d;
			if (c < best[s]!) {
				best[s] = c;
				came[s] = state;
				// A* adds the way still to go at least, so the search heads for the goal.
				queue.push([c + Math.abs(gx - xs[c2]!) + Math.abs(gy - ys[r2]!), s]);
			}
		}
	}
	if (reached === undefined) return undefined;
	const nodes: Point[] = [];
	for (let s = reached; s >= 0; s = came[s]!) {
		const n = Math.floor(s / 5);
		nodes.unshift({ x: xs[n % w]!, y: ys[Math.floor(n / w)]! });
	}
	// Keep the corners only, then cut the ends at the boxes' edges: the way starts and ends on a side.
	const corners = nodes.filter((q, i) => {
		const a = nodes[i - 1];
		const b = nodes[i + 1];
		return !a || !b || !((a.x === q.x && q.x === b.x) || (a.y === q.y && q.y === b.y));
	});
	const within = (q: Point, b: Box) =>
		q.x >= b.x && q.x <= b.x + b.width && q.y >= b.y && q.y <= b.y + b.height;
	while (corners.length > 2 && within(corners[1]!, from)) corners.shift();
	while (corners.length > 2 && within(corners.at(-2)!, to)) corners.pop();
	if (corners.length < 2) return undefined;
	corners[0] = edgePoint(corners[0]!, corners[1]!, from);
	corners[corners.length - 1] = edgePoint(corners.at(-1)!, corners.at(-2)!, to);
	return corners;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A way's corners drawn as a path: straight runs joined by rounded corners (as the figure's own links). */
export function roundedPath(corners: readonly Point[], radius = 18): string {
	const p = (q: Point) => `${round(q.x)} ${round(q.y)}`;
	let d = `M${p(corners[0]!)}`;
	for (let i = 1; i < corners.length - 1; i++) {
		const [a, q, b] = [corners[i - 1]!, corners[i]!, corners[i + 1]!];
		const r = Math.min(
			radius,
			Math.hypot(q.x - a.x, q.y - a.y) / 2,
			Math.hypot(b.x - q.x, b.y - q.y) / 2
		);
		const toward = (from: Point, len: number) => {
			const l = Math.hypot(from.x - q.x, from.y - q.y) || 1;
			return { x: q.x + ((from.x - q.x) * len) / l, y: q.y + ((from.y - q.y) * len) / l };
		};
		d += ` L${p(toward(a, r))} Q${p(q)} ${p(toward(b, r))}`;
	}
	return `${d} L${p(corners.at(-1)!)}`;
}

/** The point halfway along a way's runs. */
export function halfway(corners: readonly Point[]): Point {
	const lengths = corners
		.slice(1)
		.map((q, i) => Math.hypot(q.x - corners[i]!.x, q.y - corners[i]!.y));
	let half = lengths.reduce((a, b) => a + b, 0) / 2;
	for (const [i, len] of lengths.entries()) {
		if (half <= len && len > 0) {
			const a = corners[i]!;
			const b = corners[i + 1]!;
			return {
				x: round(a.x + ((b.x - a.x) * half) / len),
				y: round(a.y + ((b.y - a.y) * half) / len)
			};
		}
		half -= len;
	}
	return corners.at(-1)!;
}
