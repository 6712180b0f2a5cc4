import { describe, expect, it } from 'vitest';
import { loadArchitectureText } from '$lib/architecture/text';
import { drawingGeometry } from '$lib/diagram/drawing-geometry';
import { sceneOf } from '$lib/diagram/static/scene';
import { lessons } from '$lib/lessons/catalog';
import { framesOf } from '$lib/lessons/frames';
import { badgeRect, placeBadges, runBadges, type Badge } from './badges';
import type { Box } from './geometry';
import { overlaps } from './box';
import { motionAt } from './trail';

const clashes = (rects: readonly Box[]) =>
	rects.flatMap((r, i) =>
		rects
			.slice(i + 1)
			.filter((q) => overlaps(r, q))
			.map((q) => [r, q])
	);

describe('crossing counts', () => {
	it('stay where they are when nothing else is there', () => {
		const alone: Badge = { key: 'link:x', x: 100, y: 100, text: '×2' };
		expect(placeBadges([alone])).toEqual([alone]);
	});

	it('move aside from a count already at their spot, and from what they must avoid', () => {
		const a: Badge = { key: 'link:a', x: 100, y: 100, text: '×11' };
		const b: Badge = { key: 'link:b', x: 104, y: 102, text: '×2' };
		const placed = placeBadges([a, b]);
		expect(placed[0]).toEqual(a);
		expect(overlaps(badgeRect(placed[0]!), badgeRect(placed[1]!))).toBe(false);
		const [moved] = placeBadges([a], [badgeRect(b)]);
		expect(overlaps(badgeRect(moved!), badgeRect(b))).toBe(false);
	});

	it('keep off a box where there is room, so they do not hide its label', () => {
		const onBox: Badge = { key: 'link:a', x: 100, y: 100, text: '×2' };
		const box = { x: 60, y: 90, width: 80, height: 30 };
		const [placed] = placeBadges([onBox], [], [box]);
		expect(overlaps(badgeRect(placed!), box)).toBe(false);
	});

	it('stay inside the drawing, where a count on a route through its margin would be cut', () => {
		const margin: Badge = { key: 'route:a', x: 4, y: 100, text: '×6' };
		const boxes = [
			{ x: 10, y: 20, width: 100, height: 60 },
			{ x: 10, y: 120, width: 100, height: 60 }
		];
		const frame = { x: 10, y: 20, width: 100, height: 160 };
		expect(badgeRect(placeBadges([margin], [], boxes)[0]!).x).toBeLessThan(10);
		const [placed] = placeBadges([margin], [], boxes, [], frame);
		expect(badgeRect(placed!).x).toBeGreaterThanOrEqual(10);
		expect(overlaps(badgeRect(placed!), boxes[0]!) || overlaps(badgeRect(placed!), boxes[1]!)).toBe(
			false
		);
	});

	it.each(
		lessons.flatMap((l) =>
			framesOf(l).flatMap((f, i) => (f.compare ? [[l.id, i + 1, f.compare] as const] : []))
		)
	)(
		'of both runs on the comparison of %s (step %i) never cover each other, nor a box’s edge or label',
		async (_, __, compare) => {
			const base = sceneOf(await loadArchitectureText('en'), undefined, []);
			const geometry = drawingGeometry(base);
			const [a, b] = compare.sides.map((side) => motionAt([side.moves], 0));
			const first = runBadges(a!, geometry);
			const second = runBadges(b!, geometry, first.map(badgeRect));
			expect(first.length + second.length).toBeGreaterThan(0);
			const rects = [...first, ...second].map(badgeRect);
			expect(clashes(rects)).toEqual([]);
			// A box drawn inside another (the emulators in the worker process) has its own edge and label: only
			// the boxes that hold no other are measured, and each badge keeps a little off their edges.
			const leaves = base.boxes.filter(
				(box) =>
					!base.boxes.some(
						(inner) =>
							inner !== box &&
							inner.x >= box.x &&
							inner.y >= box.y &&
							inner.x + inner.width <= box.x + box.width &&
							inner.y + inner.height <= box.y + box.height
					)
			);
			const grown = (box: Box) => ({
				x: box.x - 1,
				y: box.y - 1,
				width: box.width + 2,
				height: box.height + 2
			});
			const onBox = [...first, ...second].flatMap((badge) =>
				leaves
					.filter((box) => overlaps(badgeRect(badge), grown(box)))
					.map((box) => `${badge.text} on ${box.id}`)
			);
			expect(onBox).toEqual([]);
			// Within the picture, which is fitted to the drawing's panels and boxes.
			const [left, right] = [
				Math.min(...base.panels.map((p) => p.x)),
				Math.max(...base.panels.map((p) => p.x + p.width))
			];
			const outside = [...first, ...second]
				.map(badgeRect)
				.filter((r) => r.x < left || r.x + r.width > right);
			expect(outside).toEqual([]);
		}
	);
});
