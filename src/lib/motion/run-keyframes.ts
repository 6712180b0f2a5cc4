/**
 * The token's run as Web Animations keyframes: each leg's SVG path (the drawn links, the marked routes, a still
 * point for an event) turned into points the token passes, with each leg taking an equal share of the run and
 * the token going at an even pace along a leg. A transform animation like this one the browser runs on its
 * compositor, off the page's main thread, where SMIL's animateMotion made the main thread lay out and paint
 * every frame of the run. Plain arithmetic on the path data, no DOM.
 */
import type { Point } from './geometry';

/** A leg of the run: the path's data as drawn, run backwards when `reverse`. */
export interface RunLeg {
	path: string;
	reverse: boolean;
}

// A type, not an interface: Web Animations' Keyframe is a record, which only a type literal satisfies.
export type RunKeyframe = {
	transform: string;
	offset: number;
};

/** At most this many chords per curve: the marked routes' gentle arcs, which eight chords follow closely. */
const MAX_PIECES = 8;
/** How far (in the drawing's units) a chord may stray from its curve: a fraction of the token's 7-unit radius. */
const TOLERANCE = 0.5;

/**
 * Chords a curve needs to stay within TOLERANCE of it (Wang's bound: degree·(degree−1)/8 times the largest second
 * difference of the control points), at least one and at most MAX_PIECES. A link's rounded corner, a few units
 * across, takes two or three where a fixed eight made each step's run hundreds of keyframes (a comparison's over a
 * thousand, which the browser took tens of milliseconds to take in at the key press).
 */
export function curvePieces(control: readonly Point[]): number {
	const degree = control.length - 1;
	let most = 0;
	for (let k = 0; k + 2 < control.length; k++) {
		const dx = control[k]!.x - 2 * control[k + 1]!.x + control[k + 2]!.x;
		const dy = control[k]!.y - 2 * control[k + 1]!.y + control[k + 2]!.y;
		most = Math.max(most, Math.hypot(dx, dy));
	}
	const needed = Math.ceil(Math.sqrt(((degree * (degree - 1)) / 8) * (most / TOLERANCE)));
	return Math.min(MAX_PIECES, Math.max(1, needed));
}

/**
 * The points a path passes through, in order: the ends of its straight runs (between which a linear animation
 * is exact) and chords along its curves. Absolute M, L, H, V, Q, C and Z commands, as the figure's links
 * (getSmoothStepPath) and the marked routes (geometry.ts) are drawn; anything else is refused.
 */
export function pathPoints(d: string): Point[] {
	const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
	const points: Point[] = [];
	let at: Point = { x: 0, y: 0 };
	let command = '';
	let i = 0;
	const number = () => Number(tokens[i++]);
	const point = (): Point => ({ x: number(), y: number() });
	const push = (p: Point) => {
		const last = points.at(-1);
		if (!last || last.x !== p.x || last.y !== p.y) points.push(p);
		at = p;
	};
	while (i < tokens.length) {
		if (/^[A-Za-z]$/.test(tokens[i]!)) command = tokens[i++]!;
		else if (!command) throw new SyntaxError(`a path starts with a command: "${d}"`);
		switch (command) {
			case 'M':
			case 'L':
				push(point());
				break;
			case 'H':
				push({ x: number(), y: at.y });
				break;
			case 'V':
				push({ x: at.x, y: number() });
				break;
			case 'Q': {
				const start = at;
				const c = point();
				const end = point();
				const pieces = curvePieces([start, c, end]);
				for (let k = 1; k <= pieces; k++) {
					const t = k / pieces;
					const u = 1 - t;
					push({
						x: u * u * start.x + 2 * u * t * c.x + t * t * end.x,
						y: u * u * start.y + 2 * u * t * c.y + t * t * end.y
					});
				}
				break;
			}
			case 'C': {
				const start = at;
				const c1 = point();
				const c2 = point();
				const end = point();
				const pieces = curvePieces([start, c1, c2, end]);
				for (let k = 1; k <= pieces; k++) {
					const t = k / pieces;
					const u = 1 - t;
					push({
						x:
							u * u * u * start.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * end.x,
						y: u * u * u * start.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * end.y
					});
				}
				break;
			}
			case 'Z':
				if (points[0]) push(points[0]);
				break;
			default:
				throw new SyntaxError(`unknown path command ${command} in "${d}"`);
		}
		if (Number.isNaN(at.x) || Number.isNaN(at.y))
			throw new SyntaxError(`a ${command} lacks numbers in "${d}"`);
	}
	return points;
}

const round = (n: number) => Math.round(n * 100) / 100;
const translate = (p: Point) => `translate(${round(p.x)}px, ${round(p.y)}px)`;

/**
 * Keyframes that run the legs one after another, each in 1/n of the animation, at an even pace along each (as
 * SMIL's linear animateMotion did); a still leg (an event) holds the token at its point for its share.
 *
 * `frameShare` is the share of the run one displayed frame takes (1/60 s over the run's duration): a point of a leg
 * that comes less than a frame after the keyframe before it is left out, since no frame would show the token there.
 * Every leg's start and end stay (the token reaches each box exactly, and holds for an event), so a slow run (a
 * leg of half a second, tens of frames) keeps every point, and a fast one (network-io 19: 80 legs in 2.4 s, 839
 * keyframes, which Chromium took tens of milliseconds to take in at the key press) keeps about one per frame.
 * A keyframe the same as the one before (a leg starting where the last one ended) is given once.
 */
export function runKeyframes(
	legs: readonly RunLeg[],
	{ frameShare = 0 }: { frameShare?: number } = {}
): RunKeyframe[] {
	const frames: RunKeyframe[] = [];
	legs.forEach((leg, i) => {
		const points = pathPoints(leg.path);
		if (leg.reverse) points.reverse();
		if (!points.length) return;
		const lengths = [0];
		for (let k = 1; k < points.length; k++)
			lengths.push(
				lengths[k - 1]! +
					Math.hypot(points[k]!.x - points[k - 1]!.x, points[k]!.y - points[k - 1]!.y)
			);
		const total = lengths.at(-1)!;
		// A single point (or a path with no length) holds still for the leg's share.
		const along = total > 0 ? points : [points[0]!, points[0]!];
		along.forEach((p, k) => {
			const share = total > 0 ? lengths[k]! / total : k;
			const frame = { transform: translate(p), offset: Math.min(1, (i + share) / legs.length) };
			const last = frames.at(-1);
			if (last && last.offset === frame.offset && last.transform === frame.transform) return;
			const end = k === 0 || k === along.length - 1;
			if (!end && last && frame.offset - last.offset < frameShare) return;
			frames.push(frame);
		});
	});
	return frames;
}
