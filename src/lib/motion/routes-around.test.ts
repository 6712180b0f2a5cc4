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
import { drawMoves } from './geometry';
import { inside } from './box';
import { pathPoints } from './run-keyframes';

/** The points of a drawn path, at most 2 units apart (its curves as pathPoints chords them). */
function points(d: string) {
	const corners = pathPoints(d);
	return corners.flatMap((b, i) => {
		const a = corners[i - 1];
		if (!a) return [b];
		const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2));
		return Array.from({ length: n }, (_, k) => ({
			x: a.x + ((b.x - a.x) * (k + 1)) / n,
			y: a.y + ((b.y - a.y) * (k + 1)) / n
		}));
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

	it('run over no box but where two boxes in one frame have no gap between them', () => {
		const over = unique.filter(([, move]) => overOf(move, true).length > 0).map(([name]) => name);
		// Of 76, only the IDE emulator to the PIC emulator (they touch corners inside the worker process's box,
		// and a way around the whole box would be three times as long) still crosses a corner of its neighbours.
		expect(unique.length).toBeGreaterThan(70);
		expect(over.length, over.join('\n')).toBeLessThanOrEqual(1);
	});

	it.each(unique)(
		'%s is no detour: at most 2.5 times the way between the boxes’ centres, and inside the figure',
		(_, move) => {
			const [drawn] = drawMoves([move], geometry);
			const path = points(drawn!.path);
			const length = path.reduce(
				(sum, q, i) => (i ? sum + Math.hypot(q.x - path[i - 1]!.x, q.y - path[i - 1]!.y) : 0),
				0
			);
			const [a, b] = [box(move.from)!, box(move.to)!];
			const apart = Math.hypot(
				a.x + a.width / 2 - (b.x + b.width / 2),
				a.y + a.height / 2 - (b.y + b.height / 2)
			);
			expect(length).toBeLessThanOrEqual(2.5 * apart);
			// Nor a loop out through the margins: it stays within a gap's width of the figure's outermost boxes.
			const left = Math.min(...base.boxes.map((b) => b.x)) - 12;
			const right = Math.max(...base.boxes.map((b) => b.x + b.width)) + 12;
			const top = Math.min(...base.boxes.map((b) => b.y)) - 12;
			const bottom = Math.max(...base.boxes.map((b) => b.y + b.height)) + 12;
			const out = path.filter((q) => q.x < left || q.x > right || q.y < top || q.y > bottom);
			expect(out).toEqual([]);
		}
	);
});
