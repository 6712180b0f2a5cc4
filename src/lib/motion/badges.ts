/**
 * Where the crossing counts (×2, ×11) of a run's trail sit: on the middle of each line crossed more than once, moved
 * along its line or aside where that spot is taken by another count or lies on a box. Two lines whose middles lie close together (the I/O stack's
 * links, the hypervisor's) would otherwise stack their badges, and a comparison draws a second run's counts over
 * the same lines: that run places its counts around the first's (`avoid`). Plain arithmetic on the drawing's
 * units, so the first paint and the live diagram agree.
 */
import { drawMoves, type Box, type DrawnMove, type Point, type SceneGeometry } from './geometry';
import { inside, overlaps } from './box';
import type { Motion } from './trail';
import { crossingKey } from './moves';
import { pathPoints } from './run-keyframes';

export interface Badge extends Point {
	key: string;
	text: string;
}

/**
 * The badge's pill as MotionLayer draws it: 8.8 units a character and 5 either side, centred; 17 high, so it fits
 * in the 20-unit gap between two stacked boxes (I/O stack and Drivers) without touching either.
 */
export const BADGE_HEIGHT = 17;
export function badgeRect(b: Badge): Box {
	const width = b.text.length * 8.8 + 10;
	return { x: b.x - width / 2, y: b.y - BADGE_HEIGHT / 2, width, height: BADGE_HEIGHT };
}

/**
 * Where a badge may go beside its spot: a grid around it, half a badge apart across and a row apart up and down,
 * out to a few rows (in a dense corner of the drawing the nearest free place may be a box further on).
 */
function spots(b: Badge): Point[] {
	const w = (badgeRect(b).width + 4) / 2;
	const h = BADGE_HEIGHT + 2;
	const out: Point[] = [];
	for (let row = -3; row <= 3; row++)
		for (let col = -5; col <= 5; col++) out.push({ x: b.x + col * w, y: b.y + row * h });
	return out;
}

/** How much of a badge's pill lies on boxes, each grown by `gap`: a count over a box's edge hides its outline. */
const onBoxes = (r: Box, boxes: readonly Box[], gap: number) =>
	boxes.reduce((sum, b) => {
		const w = Math.min(r.x + r.width, b.x + b.width + gap) - Math.max(r.x, b.x - gap);
		const h = Math.min(r.y + r.height, b.y + b.height + gap) - Math.max(r.y, b.y - gap);
		return w > 0 && h > 0 ? sum + w * h : sum;
	}, 0);

/** Units a badge keeps from another badge. */
const BADGE_GAP = 2;

/** Units a badge keeps from the edge of a box. */
const EDGE_GAP = 1.5;

/**
 * Places each badge at the best of its spots that overlaps neither an earlier badge nor a box of `avoid` and lies
 * within the picture (`frame`: a count beyond it, on a marked route through the margin, would be cut): on its line (`along`, points of the line the count is for) or beside
 * its spot, preferring one clear of the drawing's boxes (`boxes`: a count over a box hides its label and edge),
 * then the one nearest its own spot. One with no free spot keeps its own.
 */
export function placeBadges(
	badges: readonly Badge[],
	avoid: readonly Box[] = [],
	boxes: readonly Box[] = [],
	along: readonly (readonly Point[])[] = [],
	frame?: Box
): Badge[] {
	const taken = [...avoid];
	return badges.map((badge, i) => {
		const distance = (p: Point) => Math.hypot(p.x - badge.x, p.y - badge.y);
		// Nearest first: once a spot clear of every box is found, nothing further away can beat it.
		const candidates = [...spots(badge), ...(along[i] ?? [])]
			.map((p) => ({ p, d: distance(p) }))
			.sort((a, b) => a.d - b.d);
		let placed = badge;
		let least = Infinity;
		for (const { p, d } of candidates) {
			if (d >= least) break;
			const c = { ...badge, ...p };
			const r = badgeRect(c);
			if (taken.some((t) => overlaps(t, r, BADGE_GAP)) || (frame && !inside(r, frame))) continue;
			// Covering a box weighs far more than being moved along the line or aside a little.
			const k = onBoxes(r, boxes, EDGE_GAP) * 4 + d;
			if (k < least) [placed, least] = [c, k];
		}
		taken.push(badgeRect(placed));
		return placed;
	});
}

/** Points every few units along a drawn path, from its middle outwards: where a count may sit on its line. */
function pointsAlong(path: string, every = 8): Point[] {
	const corners = pathPoints(path);
	const points = corners.flatMap((b, i) => {
		const a = corners[i - 1];
		if (!a) return [b];
		const n = Math.max(1, Math.round(Math.hypot(b.x - a.x, b.y - a.y) / every));
		return Array.from({ length: n }, (_, k) => ({
			x: a.x + ((b.x - a.x) * (k + 1)) / n,
			y: a.y + ((b.y - a.y) * (k + 1)) / n
		}));
	});
	return points;
}

/**
 * A run's crossing counts: one badge per line crossed twice or more, on the middle of its newest drawing, placed
 * around each other and around `avoid`.
 */
export function crossingBadges(
	drawn: readonly DrawnMove[],
	counts: Motion['counts'],
	avoid: readonly Box[] = [],
	boxes: readonly Box[] = [],
	frame?: Box
): Badge[] {
	const at: Record<string, { mid: Point; path: string }> = {};
	for (const d of drawn) {
		const key = crossingKey(d.move);
		if (key && d.mid && counts[key]) at[key] = { mid: d.mid, path: d.path };
	}
	const lines = Object.entries(at);
	return placeBadges(
		lines.map(([key, { mid }]) => ({ key, ...mid, text: `×${counts[key]}` })),
		avoid,
		boxes,
		lines.map(([, { path }]) => pointsAlong(path)),
		frame
	);
}

/** The badges a run's layer draws (MotionLayer): the first run's, for a second run to place its own around. */
export function runBadges(
	motion: Motion,
	scene: SceneGeometry,
	avoid: readonly Box[] = []
): Badge[] {
	const drawn = drawMoves([...motion.earlier.map((t) => t.move), ...motion.moves], scene);
	return crossingBadges(drawn, motion.counts, avoid, scene.obstacles?.() ?? [], scene.frame?.());
}
