/**
 * Where the crossing counts (×2, ×11) of a run's trail sit: on the middle of each line crossed more than once, moved
 * aside where that spot is taken by another count. Two lines whose middles lie close together (the I/O stack's
 * links, the hypervisor's) would otherwise stack their badges, and a comparison draws a second run's counts over
 * the same lines: that run places its counts around the first's (`avoid`). Plain arithmetic on the drawing's
 * units, so the first paint and the live diagram agree.
 */
import { drawMoves, type Box, type DrawnMove, type Point, type SceneGeometry } from './geometry';
import type { Motion } from './trail';
import { crossingKey } from './moves';

export interface Badge extends Point {
	key: string;
	text: string;
}

/** The badge's pill as MotionLayer draws it: 8.8 units a character and 5 either side, 20 high, centred. */
export function badgeRect(b: Badge): Box {
	const width = b.text.length * 8.8 + 10;
	return { x: b.x - width / 2, y: b.y - 10, width, height: 20 };
}

/** Whether two boxes overlap, with `gap` units kept between them. */
const overlaps = (a: Box, b: Box, gap = 2) =>
	a.x < b.x + b.width + gap &&
	b.x < a.x + a.width + gap &&
	a.y < b.y + b.height + gap &&
	b.y < a.y + a.height + gap;

/** Where a badge may go, nearest first: its spot, just above or below, beside, then further out. */
function spots(b: Badge): Point[] {
	const w = badgeRect(b).width + 4;
	const h = 22;
	const moves = [
		[0, 0],
		[0, -h],
		[0, h],
		[w, 0],
		[-w, 0],
		[w, -h],
		[-w, -h],
		[w, h],
		[-w, h],
		[0, -2 * h],
		[0, 2 * h]
	] as const;
	return moves.map(([dx, dy]) => ({ x: b.x + dx, y: b.y + dy }));
}

/**
 * Places each badge at the first of its spots that overlaps neither an earlier badge nor a box of `avoid`, and
 * preferably no box of the drawing (`boxes`: a count over a box hides its label); one with no free spot keeps its
 * own.
 */
export function placeBadges(
	badges: readonly Badge[],
	avoid: readonly Box[] = [],
	boxes: readonly Box[] = []
): Badge[] {
	const taken = [...avoid];
	return badges.map((badge) => {
		const candidates = spots(badge).map((p) => ({ ...badge, ...p }));
		const free = (c: Badge) => !taken.some((t) => overlaps(t, badgeRect(c)));
		const clear = (c: Badge) => !boxes.some((b) => overlaps(b, badgeRect(c), 0));
		const placed = candidates.find((c) => free(c) && clear(c)) ?? candidates.find(free) ?? badge;
		taken.push(badgeRect(placed));
		return placed;
	});
}

/**
 * A run's crossing counts: one badge per line crossed twice or more, on the middle of its newest drawing, placed
 * around each other and around `avoid`.
 */
export function crossingBadges(
	drawn: readonly DrawnMove[],
	counts: Motion['counts'],
	avoid: readonly Box[] = [],
	boxes: readonly Box[] = []
): Badge[] {
	const at: Record<string, Point> = {};
	for (const d of drawn) {
		const key = crossingKey(d.move);
		if (key && d.mid && counts[key]) at[key] = d.mid;
	}
	return placeBadges(
		Object.entries(at).map(([key, p]) => ({ key, ...p, text: `×${counts[key]}` })),
		avoid,
		boxes
	);
}

/** The badges a run's layer draws (MotionLayer): the first run's, for a second run to place its own around. */
export function runBadges(
	motion: Motion,
	scene: SceneGeometry,
	avoid: readonly Box[] = []
): Badge[] {
	const drawn = drawMoves([...motion.earlier.map((t) => t.move), ...motion.moves], scene);
	return crossingBadges(drawn, motion.counts, avoid, scene.obstacles?.() ?? []);
}
