import { afterEach, describe, expect, it, vi } from 'vitest';
import { findRoutesAhead, type Idle } from './ahead';
import { drawMoves, routeBetween, routesKnown, type Box } from './geometry';
import type { Move } from './moves';

/** A drawing of its own (boxes no other test uses), so every route is new to drawMoves' store. */
function drawing(seed: number) {
	const boxes: Record<string, Box> = {
		top: { x: seed, y: 0, width: 120, height: 40 },
		wall: { x: seed - 40, y: 120, width: 200, height: 40 },
		bottom: { x: seed, y: 260, width: 120, height: 40 },
		side: { x: seed + 300, y: 130, width: 80, height: 40 }
	};
	return {
		boxes,
		scene: {
			linkPath: () => undefined,
			box: (id: string) => boxes[id],
			obstacles: () => Object.values(boxes)
		}
	};
}
const route = (from: string, to: string): Move => ({ kind: 'route', from, to });
const steps: Move[][] = [
	[{ kind: 'start', at: 'top' }, route('top', 'bottom')],
	[route('bottom', 'side'), { kind: 'event', at: 'side', label: 'EOI' }],
	// The same pair again, and the way back: found once each.
	[route('top', 'bottom'), route('bottom', 'top')]
];

/** An idle browser that hands each turn `budget` ms, counting the turns and what each found. */
function idleTurns(budget: number) {
	const pending: ((idle: Idle) => void)[] = [];
	const found: number[] = [];
	return {
		found,
		schedule: (work: (idle: Idle) => void) => {
			pending.push(work);
			return () => void pending.splice(pending.indexOf(work), 1);
		},
		runAll() {
			while (pending.length) {
				const before = routesKnown();
				let left = budget;
				pending.shift()!({ timeRemaining: () => (left -= 5) });
				found.push(routesKnown() - before);
			}
		}
	};
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('finding the routes ahead', () => {
	it('finds each pair’s route once, in idle turns, and a step then draws exactly what it would have', () => {
		const { scene, boxes } = drawing(5000);
		const idle = idleTurns(100);
		findRoutesAhead(steps, scene, idle.schedule);
		const before = routesKnown();
		idle.runAll();
		expect(routesKnown() - before).toBe(3);
		const drawn = drawMoves(steps[2]!, scene);
		expect(routesKnown() - before).toBe(3);
		const all = Object.values(boxes);
		expect(drawn.map((d) => d.path)).toEqual([
			routeBetween(boxes.top!, boxes.bottom!, all).d,
			routeBetween(boxes.bottom!, boxes.top!, all).d
		]);
	});

	it('finds one route per turn when the browser has no time to spare, and stops when cancelled', () => {
		const { scene } = drawing(7000);
		const idle = idleTurns(0);
		findRoutesAhead(steps, scene, idle.schedule);
		idle.runAll();
		expect(idle.found).toEqual([1, 1, 1]);

		const other = drawing(9000);
		const stopped = idleTurns(0);
		const cancel = findRoutesAhead(steps, other.scene, stopped.schedule);
		cancel();
		stopped.runAll();
		expect(stopped.found).toEqual([]);
	});

	it('keeps each turn short even when the browser offers a long idle period', () => {
		// A clock where every route takes 5 ms: a turn of at most 8 ms finds two, then leaves the rest for later.
		let now = 0;
		vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
		const { scene } = drawing(13000);
		const idle = idleTurns(1000);
		findRoutesAhead(steps, scene, idle.schedule);
		idle.runAll();
		expect(idle.found).toEqual([2, 1]);
	});

	it('schedules nothing for steps without marked routes', () => {
		const idle = idleTurns(100);
		findRoutesAhead(
			[[{ kind: 'event', at: 'top', label: 'OUT 0x1F7' }]],
			drawing(11000).scene,
			idle.schedule
		);
		idle.runAll();
		expect(idle.found).toEqual([]);
	});
});
