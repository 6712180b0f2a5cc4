/**
 * The marked routes of the built-in lessons go around the boxes of the architecture figure, not over them: a route
 * drawn through a column of boxes (the P2V step's disk to WMI, once through VSPs, I/O stack and Drivers) reads as
 * if the request passed them.
 */
import { describe, expect, it } from 'vitest';
import { loadArchitectureText } from '$lib/architecture/text';
import { sceneOf } from '$lib/diagram/static/scene';
import { lessons } from '$lib/lessons/catalog';
import { framesOf } from '$lib/lessons/frames';
import { drawMoves, type Box } from './geometry';

const inside = (inner: Box, outer: Box) =>
	inner.x >= outer.x &&
	inner.y >= outer.y &&
	inner.x + inner.width <= outer.x + outer.width &&
	inner.y + inner.height <= outer.y + outer.height;

/** The points of a cubic path, every 1/40 of the way. */
function points(d: string) {
	const [x0, y0, x1, y1, x2, y2, x3, y3] = (d.match(/-?\d*\.?\d+/g) ?? []).map(Number) as number[];
	return Array.from({ length: 41 }, (_, i) => {
		const t = i / 40;
		const u = 1 - t;
		const [a, b, c, e] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
		return {
			x: a * x0! + b * x1! + c * x2! + e * x3!,
			y: a * y0! + b * y1! + c * y2! + e * y3!
		};
	});
}

describe('marked routes on the architecture figure', async () => {
	const base = sceneOf(await loadArchitectureText('en'), undefined, []);
	const box = (id: string) => base.boxes.find((b) => b.id === id);
	const geometry = { linkPath: () => undefined, box, obstacles: () => base.boxes };

	const routes = lessons.flatMap((lesson) =>
		framesOf(lesson).flatMap((frame, i) =>
			frame.moves.flatMap((move) =>
				move.kind === 'route'
					? [[`${lesson.id} ${i + 1}: ${move.from} → ${move.to}`, move] as const]
					: []
			)
		)
	);
	const unique = [
		...new Map(
			routes.map(([name, move]) => [`${move.from}>${move.to}`, [name, move] as const])
		).values()
	];

	/** The boxes a drawn route runs over, apart from its own ends and the boxes that hold them. */
	const overOf = (move: (typeof unique)[number][1], around: boolean) => {
		const [drawn] = drawMoves([move], around ? geometry : { ...geometry, obstacles: undefined });
		const from = box(move.from)!;
		const to = box(move.to)!;
		const inWay = base.boxes.filter(
			(b) => !inside(from, b) && !inside(to, b) && !inside(b, from) && !inside(b, to)
		);
		return [
			...new Set(
				points(drawn!.path).flatMap((q) =>
					inWay
						.filter((b) => q.x > b.x && q.x < b.x + b.width && q.y > b.y && q.y < b.y + b.height)
						.map((b) => b.id)
				)
			)
		];
	};

	it('take the P2V step’s disk to WMI around the root’s column, both ways', () => {
		const p2v = unique.filter(([, m]) => [m.from, m.to].sort().join() === 'hw-disk,root-wmi');
		expect(p2v.length).toBeGreaterThan(0);
		for (const [, move] of p2v) {
			// Straight between the facing sides it ran over the VSPs, I/O stack and Drivers.
			expect(overOf(move, false).length).toBeGreaterThan(0);
			expect(overOf(move, true)).toEqual([]);
		}
	});

	it.each(unique)('%s runs over no more boxes than the straight curve did', (_, move) => {
		expect(overOf(move, true).length).toBeLessThanOrEqual(overOf(move, false).length);
	});
});
