import { describe, expect, it } from 'vitest';
import { loadArchitectureText } from '$lib/architecture/text';
import { sceneOf } from '$lib/diagram/static/scene';
import { lessons } from '$lib/lessons/catalog';
import { framesOf } from '$lib/lessons/frames';
import { badgeRect, placeBadges, runBadges, type Badge } from './badges';
import type { Box } from './geometry';
import { motionAt } from './trail';

const overlap = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const clashes = (rects: readonly Box[]) =>
	rects.flatMap((r, i) =>
		rects
			.slice(i + 1)
			.filter((q) => overlap(r, q))
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
		expect(overlap(badgeRect(placed[0]!), badgeRect(placed[1]!))).toBe(false);
		const [moved] = placeBadges([a], [badgeRect(b)]);
		expect(overlap(badgeRect(moved!), badgeRect(b))).toBe(false);
	});

	it('keep off a box where there is room, so they do not hide its label', () => {
		const onBox: Badge = { key: 'link:a', x: 100, y: 100, text: '×2' };
		const box = { x: 60, y: 90, width: 80, height: 30 };
		const [placed] = placeBadges([onBox], [], [box]);
		expect(overlap(badgeRect(placed!), box)).toBe(false);
	});

	it.each(
		lessons.flatMap((l) =>
			framesOf(l).flatMap((f, i) => (f.compare ? [[l.id, i + 1, f.compare] as const] : []))
		)
	)(
		'of both runs on the comparison of %s (step %i) never cover each other, nor a box’s edge or label',
		async (_, __, compare) => {
			const base = sceneOf(await loadArchitectureText('en'), undefined, []);
			const geometry = {
				linkPath: (id: string) => base.links.find((l) => l.id === id)?.d,
				box: (id: string) => base.boxes.find((b) => b.id === id),
				obstacles: () => base.boxes
			};
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
					.filter((box) => overlap(badgeRect(badge), grown(box)))
					.map((box) => `${badge.text} on ${box.id}`)
			);
			expect(onBox).toEqual([]);
		}
	);
});
