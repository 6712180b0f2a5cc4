/**
 * A lesson's marked routes are found at build time (its JSON endpoint) and put in the store the drawing reads, so
 * no reader's browser searches for them while the page loads: they must be the very routes the page would find.
 */
import { describe, expect, it } from 'vitest';
import { loadArchitectureText } from '$lib/architecture/text';
import { drawingGeometry } from '$lib/diagram/drawing-geometry';
import { baseSceneOf } from '$lib/diagram/static/scene';
import { lessons } from '$lib/lessons/catalog';
import { movesShown } from '$lib/lessons/frame-moves';
import { framesOf } from '$lib/lessons/frames';
import { findRoutes, knowRoutes, routeBetween, routesKnown, type FoundRoutes } from './geometry';

// As the endpoint finds them (on the English drawing) and as a page gets them (through JSON), and the drawing of a
// Dutch page, whose labels differ.
const throughJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const english = drawingGeometry(throughJson(baseSceneOf(await loadArchitectureText('en'))));
const dutch = drawingGeometry(throughJson(baseSceneOf(await loadArchitectureText('nl'))));

describe('the routes a lesson finds at build time', () => {
	it('are, for every marked route of every lesson, the route its page would find', () => {
		for (const lesson of lessons) {
			const moves = movesShown(framesOf(lesson)).flat();
			const found: FoundRoutes = throughJson(findRoutes(moves, english));
			for (const move of moves) {
				if (move.kind !== 'route') continue;
				const known = found.routes.find((r) => r.from === move.from && r.to === move.to);
				const fresh = routeBetween(dutch.box(move.from)!, dutch.box(move.to)!, dutch.obstacles!());
				expect(known?.route, `${lesson.id}: ${move.from} → ${move.to}`).toEqual(fresh);
			}
		}
	}, 120_000); // every route of every lesson searched twice: seconds on a busy 2-core machine

	it('are left out of the store for a drawing of other boxes', () => {
		const moves = movesShown(framesOf(lessons.find((l) => l.id === 'emulated-disk-read')!)).flat();
		const found = findRoutes(moves, english);
		expect(found.routes.length).toBeGreaterThan(0);
		const before = routesKnown();
		// The same drawing with every box one unit to the right.
		const moved = <T extends { x: number }>(b: T): T => ({ ...b, x: b.x + 1 });
		knowRoutes(found, {
			...english,
			box: (id) => {
				const b = english.box(id);
				return b && moved(b);
			},
			obstacles: () => english.obstacles!().map(moved)
		});
		expect(routesKnown()).toBe(before);
	});
});
