import { describe, expect, it } from 'vitest';
import { keep } from './keep';

describe('keep', () => {
	it('gives back what it made for the same inputs, and makes anew for others', () => {
		let made = 0;
		const pair = keep((a: object, b: string) => ({ a, b, n: ++made }));
		const a = {};
		const first = pair(a, 'x');
		expect(pair(a, 'x')).toBe(first);
		expect(made).toBe(1);
		// An equal but other object is another input: the drawing may have changed.
		const other = pair({}, 'x');
		expect(other).not.toBe(first);
		expect(pair(a, 'y')).not.toBe(other);
		expect(made).toBe(3);
	});
});
