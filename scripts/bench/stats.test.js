import { describe, expect, it } from 'vitest';
import { median, percentile, round } from './stats.js';

describe('median', () => {
	it('takes the middle of an odd count, whatever the order', () => {
		expect(median([98, 91, 95])).toBe(95);
	});
	it('averages the two middle values of an even count', () => {
		expect(median([10, 40, 20, 30])).toBe(25);
	});
	it('is undefined without values, and ignores values that are not numbers', () => {
		expect(median([])).toBeUndefined();
		expect(median([NaN, 3, Infinity])).toBe(3);
	});
});

describe('percentile (nearest rank)', () => {
	const twenty = Array.from({ length: 20 }, (_, i) => 20 - i); // 20 … 1, unsorted on purpose
	it('p95 of 20 samples is the 19th smallest', () => {
		expect(percentile(twenty, 95)).toBe(19);
	});
	it('p50 of 20 samples is the 10th smallest; p100 the largest; p0 the smallest', () => {
		expect(percentile(twenty, 50)).toBe(10);
		expect(percentile(twenty, 100)).toBe(20);
		expect(percentile(twenty, 0)).toBe(1);
	});
	it('a single slow step out of 20 does not move p95, two do', () => {
		const fast = Array.from({ length: 19 }, () => 20);
		expect(percentile([...fast, 400], 95)).toBe(20);
		expect(percentile([...fast.slice(1), 300, 400], 95)).toBe(300);
	});
	it('is undefined without values and refuses a p outside 0–100', () => {
		expect(percentile([], 95)).toBeUndefined();
		expect(() => percentile([1], 101)).toThrow(RangeError);
	});
});

describe('round', () => {
	it('rounds to the given decimals and passes undefined through', () => {
		expect(round(12.345)).toBe(12.3);
		expect(round(12.345, 0)).toBe(12);
		expect(round(undefined)).toBeUndefined();
	});
});
