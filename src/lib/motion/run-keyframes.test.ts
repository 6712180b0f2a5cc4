import { getSmoothStepPath, Position } from '@xyflow/system';
import { describe, expect, it } from 'vitest';
import { curvePieces, pathPoints, runKeyframes } from './run-keyframes';

const xy = (transform: string) =>
	transform
		.match(/-?[\d.]+/g)!
		.slice(0, 2)
		.map(Number);

describe('the points a path passes through', () => {
	it('keeps the corners of straight runs, in either separator style', () => {
		expect(pathPoints('M0 0L0 10L 0,34')).toEqual([
			{ x: 0, y: 0 },
			{ x: 0, y: 10 },
			{ x: 0, y: 34 }
		]);
		expect(pathPoints('M10,5 H30 V25')).toEqual([
			{ x: 10, y: 5 },
			{ x: 30, y: 5 },
			{ x: 30, y: 25 }
		]);
	});

	it('follows a curve by chords that stay on it and end where it ends', () => {
		const points = pathPoints('M0 0 C0 50 100 50 100 0');
		expect(points.length).toBeGreaterThan(4);
		expect(points.at(-1)).toEqual({ x: 100, y: 0 });
		// The cubic's middle (t = 1/2) is at y = 37.5, and one chord end sits on it.
		expect(points.some((p) => p.x === 50 && p.y === 37.5)).toBe(true);
	});

	it('reads the figure’s own links (rounded corners drawn as quadratic curves)', () => {
		const [d] = getSmoothStepPath({
			sourceX: 0,
			sourceY: 0,
			sourcePosition: Position.Bottom,
			targetX: 100,
			targetY: 80,
			targetPosition: Position.Top,
			borderRadius: 6,
			offset: 10
		});
		const points = pathPoints(d);
		expect(points[0]).toEqual({ x: 0, y: 0 });
		expect(points.at(-1)).toEqual({ x: 100, y: 80 });
		// Every point lies inside the link's bounding box: no stray point from a misread command.
		expect(points.every((p) => p.x >= 0 && p.x <= 100 && p.y >= 0 && p.y <= 80)).toBe(true);
	});

	it('follows every curve within half a unit, with few chords for a small rounded corner', () => {
		/** The farthest a point of the curve lies from the chords through `points`. */
		const farthest = (
			curve: (t: number) => { x: number; y: number },
			points: { x: number; y: number }[]
		) => {
			let worst = 0;
			for (let i = 0; i <= 400; i++) {
				const q = curve(i / 400);
				let near = Infinity;
				for (let k = 1; k < points.length; k++) {
					const [a, b] = [points[k - 1]!, points[k]!];
					const len2 = (b.x - a.x) ** 2 + (b.y - a.y) ** 2;
					const s = len2
						? Math.max(
								0,
								Math.min(1, ((q.x - a.x) * (b.x - a.x) + (q.y - a.y) * (b.y - a.y)) / len2)
							)
						: 0;
					near = Math.min(
						near,
						Math.hypot(q.x - a.x - s * (b.x - a.x), q.y - a.y - s * (b.y - a.y))
					);
				}
				worst = Math.max(worst, near);
			}
			return worst;
		};
		const quad = (p0: number[], c: number[], p1: number[]) => (t: number) => ({
			x: (1 - t) ** 2 * p0[0]! + 2 * (1 - t) * t * c[0]! + t * t * p1[0]!,
			y: (1 - t) ** 2 * p0[1]! + 2 * (1 - t) * t * c[1]! + t * t * p1[1]!
		});
		const cubic = (p0: number[], c1: number[], c2: number[], p1: number[]) => (t: number) => ({
			x:
				(1 - t) ** 3 * p0[0]! +
				3 * (1 - t) ** 2 * t * c1[0]! +
				3 * (1 - t) * t * t * c2[0]! +
				t ** 3 * p1[0]!,
			y:
				(1 - t) ** 3 * p0[1]! +
				3 * (1 - t) ** 2 * t * c1[1]! +
				3 * (1 - t) * t * t * c2[1]! +
				t ** 3 * p1[1]!
		});
		// A link's rounded corner (radius 6): a few chords, where there used to be eight.
		const corner = pathPoints('M0 0 L0 94 Q0 100 6 100 L50 100');
		expect(corner.length - 3).toBeLessThanOrEqual(3);
		expect(farthest(quad([0, 94], [0, 100], [6, 100]), corner.slice(1, -1))).toBeLessThanOrEqual(
			0.5
		);
		// A marked route's wide arc keeps all eight, and stays on the curve as closely as the tolerance allows.
		const arc = pathPoints('M0 0 C0 50 100 50 100 0');
		expect(arc).toHaveLength(9);
		expect(
			curvePieces([
				{ x: 0, y: 0 },
				{ x: 0, y: 50 },
				{ x: 100, y: 50 },
				{ x: 100, y: 0 }
			])
		).toBe(8);
		const gentle = pathPoints('M0 0 C0 4 30 4 30 0');
		expect(gentle.length).toBeLessThan(9);
		expect(farthest(cubic([0, 0], [0, 4], [30, 4], [30, 0]), gentle)).toBeLessThanOrEqual(0.5);
		// A straight "curve" is one chord.
		expect(pathPoints('M0 0 Q5 5 10 10')).toEqual([
			{ x: 0, y: 0 },
			{ x: 10, y: 10 }
		]);
	});

	it('refuses path data it cannot read rather than running the token somewhere else', () => {
		expect(() => pathPoints('M0 0 A5 5 0 0 1 10 10')).toThrow(/A/);
		expect(() => pathPoints('0 0 L 10 10')).toThrow(/starts with a command/);
		expect(() => pathPoints('M0 0 L10')).toThrow(/lacks numbers/);
	});
});

describe('the run as keyframes', () => {
	it('gives each leg an equal share of the run and goes at an even pace along it', () => {
		const frames = runKeyframes([
			{ path: 'M0 0 L100 0', reverse: false },
			{ path: 'M100 0 L100 10 L100 40', reverse: false }
		]);
		// The second leg starts where the first ends: that keyframe is given once.
		expect(frames.map((f) => f.offset)).toEqual([0, 0.5, 0.625, 1]);
		expect(frames.map((f) => xy(f.transform))).toEqual([
			[0, 0],
			[100, 0],
			[100, 10],
			[100, 40]
		]);
	});

	it('runs a link drawn the other way backwards', () => {
		const frames = runKeyframes([{ path: 'M0 0 L0 50', reverse: true }]);
		expect(frames.map((f) => xy(f.transform))).toEqual([
			[0, 50],
			[0, 0]
		]);
	});

	it('holds the token at an event’s point for its share, then goes on', () => {
		const frames = runKeyframes([
			{ path: 'M5 5 L5 5', reverse: false },
			{ path: 'M5 5 L25 5', reverse: false }
		]);
		expect(frames.map((f) => [f.offset, ...xy(f.transform)])).toEqual([
			[0, 5, 5],
			[0.5, 5, 5],
			[1, 25, 5]
		]);
	});

	it('gives no more keyframes than frames show: a fast run keeps each leg’s ends, a slow one every point', () => {
		// Ten legs, each a zigzag of 40 lines: 41 points along each leg.
		const legs = Array.from({ length: 10 }, (_, i) => ({
			path:
				`M${i * 400} 0 ` +
				Array.from({ length: 40 }, (_, k) => `L${i * 400 + (k + 1) * 10} ${k % 2 ? 0 : 5}`).join(
					' '
				),
			reverse: false
		}));
		const all = runKeyframes(legs);
		expect(all).toHaveLength(10 * 40 + 1);
		// Ten legs in 2.4 s: a leg takes 240 ms, about 14 frames at 60 Hz, for its 40 lines.
		const frame = 1000 / 60 / 2400;
		const fast = runKeyframes(legs, { frameShare: frame });
		expect(fast.length).toBeLessThanOrEqual(10 * 16 + 1);
		// Each leg's start and end are kept at their offsets, exactly where they were.
		const legEnd = (offset: number) => Math.abs(offset * 10 - Math.round(offset * 10)) < 1e-9;
		for (let i = 0; i <= 10; i++) expect(fast.some((f) => f.offset === i / 10)).toBe(true);
		expect(fast.filter((f) => legEnd(f.offset))).toEqual(all.filter((f) => legEnd(f.offset)));
		// Inside a leg, no keyframe comes less than a frame after the one before it.
		for (const [i, f] of fast.entries())
			if (i > 0 && !legEnd(f.offset))
				expect(f.offset - fast[i - 1]!.offset).toBeGreaterThanOrEqual(frame);
		// Every kept keyframe is one of the run's own points, at its own time.
		for (const f of fast) expect(all).toContainEqual(f);
		// A slow run (each leg 10 s) shows every point.
		expect(runKeyframes(legs, { frameShare: 1000 / 60 / 100_000 })).toEqual(all);
	});

	it('has offsets that never go back (Web Animations refuses them)', () => {
		const frames = runKeyframes(
			Array.from({ length: 7 }, (_, i) => ({
				path: `M0 ${i} C0 50 100 50 100 ${i}`,
				reverse: i % 2 === 1
			}))
		);
		const offsets = frames.map((f) => f.offset);
		expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
		expect(offsets[0]).toBe(0);
		expect(offsets.at(-1)).toBe(1);
	});
});
