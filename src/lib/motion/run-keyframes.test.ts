import { getSmoothStepPath, Position } from '@xyflow/system';
import { describe, expect, it } from 'vitest';
import { pathPoints, runKeyframes } from './run-keyframes';

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
		expect(frames.map((f) => f.offset)).toEqual([0, 0.5, 0.5, 0.625, 1]);
		expect(frames.map((f) => xy(f.transform))).toEqual([
			[0, 0],
			[100, 0],
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
			[0.5, 5, 5],
			[1, 25, 5]
		]);
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
