import { describe, expect, it } from 'vitest';
import { drawMoves, pathMidpoint, routeBetween } from './geometry';

const a = { x: 0, y: 0, width: 100, height: 40 };
const below = { x: 300, y: 400, width: 100, height: 40 };
const beside = { x: 400, y: 0, width: 100, height: 40 };

describe('a marked route', () => {
	it('leaves the side of a box that faces the other box and ends on the other box', () => {
		const down = routeBetween(a, below);
		expect(down.start).toEqual({ x: 50, y: 40 });
		expect(down.end).toEqual({ x: 350, y: 400 });
		const across = routeBetween(a, beside);
		expect(across.start).toEqual({ x: 100, y: 20 });
		expect(across.end).toEqual({ x: 400, y: 20 });
		expect(across.d).toMatch(/^M100 20 C.* 400 20$/);
	});

	it('runs back the same way it came, so a round trip is one line crossed twice', () => {
		const there = routeBetween(a, below);
		const back = routeBetween(below, a);
		expect(back.start).toEqual(there.end);
		expect(back.end).toEqual(there.start);
		expect(back.mid).toEqual(there.mid);
	});

	it('hooks from a container into a box drawn inside it', () => {
		const inner = { x: 20, y: 15, width: 40, height: 20 };
		const r = routeBetween(a, inner);
		expect(r.end).toEqual({ x: 20, y: 25 });
	});
});

describe('the middle of a drawn link', () => {
	it('is halfway along its runs, corners included', () => {
		expect(pathMidpoint('M0,0 L0,100 L100,100')).toEqual({ x: 0, y: 100 });
		expect(pathMidpoint('M0 0L0 50')).toEqual({ x: 0, y: 25 });
	});
});

describe('drawing moves', () => {
	const scene = {
		linkPath: (id: string) => (id === 'l' ? 'M0,0 L0,100' : undefined),
		box: (id: string) => ({ a, b: below })[id]
	};

	it('runs a link the way the request went and ends where it arrives', () => {
		const [drawn] = drawMoves(
			[{ kind: 'link', link: 'l', from: 'b', to: 'a', reverse: true }],
			scene
		);
		expect(drawn).toMatchObject({ reverse: true, end: { x: 0, y: 0 } });
	});

	it('waits at a box for an event, and leaves out what the scene does not draw', () => {
		const drawn = drawMoves(
			[
				{ kind: 'event', at: 'a', label: 'EOI' },
				{ kind: 'route', from: 'a', to: 'nowhere' }
			],
			scene
		);
		expect(drawn).toHaveLength(1);
		expect(drawn[0]!.end.y).toBe(0);
	});

	it('draws a route again the same way, and anew when the drawing moves a box in its way', () => {
		const wall = { x: 150, y: 150, width: 300, height: 60 };
		const drawing = (obstacle: typeof wall) => ({
			...scene,
			obstacles: () => [a, below, obstacle]
		});
		const route = [{ kind: 'route' as const, from: 'a', to: 'b' }];
		const first = drawMoves(route, drawing(wall))[0]!;
		expect(drawMoves(route, drawing({ ...wall }))[0]!.path).toBe(first.path);
		expect(first.path).toBe(routeBetween(a, below, [a, below, wall]).d);
		const moved = { ...wall, x: -250 };
		const again = drawMoves(route, drawing(moved))[0]!;
		expect(again.path).toBe(routeBetween(a, below, [a, below, moved]).d);
		expect(again.path).not.toBe(first.path);
	});
});
