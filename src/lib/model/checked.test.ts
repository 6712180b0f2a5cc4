import { describe, expect, it } from 'vitest';
import { checkAll, checkNumber } from './checked';

describe('checked input', () => {
	const range = { min: 0, max: 10 };

	it('passes a number in range through unchanged', () => {
		expect(checkNumber('x', 0, range)).toEqual({ ok: true, value: 0 });
		expect(checkNumber('x', 10, range)).toEqual({ ok: true, value: 10 });
		expect(checkNumber('x', 2.5, range)).toEqual({ ok: true, value: 2.5 });
	});

	it('calls anything that is not a number "not a number": empty fields, NaN, text', () => {
		for (const value of [undefined, null, NaN, '5', {}])
			expect(checkNumber('x', value, range)).toMatchObject({ ok: false, problem: 'not-a-number' });
	});

	it('tells "at least" from "more than", and counts Infinity as too large', () => {
		expect(checkNumber('x', -1, range)).toMatchObject({ problem: 'too-small', aboveMin: false });
		expect(checkNumber('x', 0, { ...range, aboveMin: true })).toMatchObject({
			problem: 'too-small',
			aboveMin: true,
			min: 0
		});
		expect(checkNumber('x', Infinity, range)).toMatchObject({ problem: 'too-large', max: 10 });
		expect(checkNumber('x', -Infinity, range)).toMatchObject({ problem: 'too-small' });
		expect(checkNumber('x', 1.5, { ...range, whole: true })).toMatchObject({
			problem: 'not-whole'
		});
	});

	it('answers with the first field that fails, in the order of the ranges', () => {
		const ranges = { a: range, b: range };
		expect(checkAll({ a: 1, b: 2 }, ranges)).toEqual({ ok: true, value: { a: 1, b: 2 } });
		expect(checkAll({ a: -1, b: NaN }, ranges)).toMatchObject({ field: 'a', problem: 'too-small' });
		expect(checkAll({ a: 1, b: NaN }, ranges)).toMatchObject({ field: 'b' });
	});
});
