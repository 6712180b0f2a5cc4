import { describe, expect, it } from 'vitest';
import type { Move } from './moves';
import { motionAt } from './trail';

const link = (id: string, from: string, to: string): Move => ({
	kind: 'link',
	link: id,
	from,
	to,
	reverse: false
});
const steps: Move[][] = [
	[{ kind: 'start', at: 'a' }],
	[link('ab', 'a', 'b')],
	[link('ab', 'b', 'a'), { kind: 'route', from: 'a', to: 'c' }],
	[{ kind: 'start', at: 'x' }, link('xy', 'x', 'y')]
];

describe('the motion at a step', () => {
	it('keeps the run so far as a trail, the older the further back', () => {
		const m = motionAt(steps, 2);
		expect(m.moves).toBe(steps[2]);
		expect(m.earlier).toEqual([{ move: steps[1]![0], age: 1 }]);
	});

	it('counts a line crossed both ways as crossed twice, this step included', () => {
		expect(motionAt(steps, 2).counts).toEqual({ 'link:ab': 2 });
		expect(motionAt(steps, 1).counts).toEqual({});
	});

	it('starts afresh with a new run: no trail, no counts from the run before', () => {
		const m = motionAt(steps, 3);
		expect(m.earlier).toEqual([]);
		expect(m.counts).toEqual({});
	});
});
