/**
 * Checking numbers that people type in. The calculators take `unknown` and answer with a typed error that says
 * which input is wrong and how, so the view can explain it in the reader's language and never shows NaN.
 * (`sizing/memory.ts` has the same shape, written before this module.)
 */

export type InputProblem = 'not-a-number' | 'not-whole' | 'too-small' | 'too-large';

/** Why an input cannot be used, with the range it must be in. */
export interface InputError<F extends string> {
	ok: false;
	field: F;
	problem: InputProblem;
	min: number;
	max: number;
	/** The value must be more than `min`, not just at least `min` (a speed of 0 MB/s moves nothing). */
	aboveMin: boolean;
}

export type Checked<T, F extends string> = { ok: true; value: T } | InputError<F>;

/** What an input may be. `max` is a real limit or a stated sanity bound; the field's message says which. */
export interface InputRange {
	min: number;
	max: number;
	whole?: boolean;
	aboveMin?: boolean;
}

/** A number in range, or why not. Infinity counts as too large, anything not a number as not a number. */
export function checkNumber<F extends string>(
	field: F,
	value: unknown,
	range: InputRange
): Checked<number, F> {
	const error = (problem: InputProblem): InputError<F> => ({
		ok: false,
		field,
		problem,
		min: range.min,
		max: range.max,
		aboveMin: range.aboveMin ?? false
	});
	if (typeof value !== 'number' || Number.isNaN(value)) return error('not-a-number');
	if (range.aboveMin ? value <= range.min : value < range.min) return error('too-small');
	if (value > range.max) return error('too-large');
	if (range.whole && !Number.isInteger(value)) return error('not-whole');
	return { ok: true, value };
}

/** Checks every field of `values` against its range, in order; the first that fails is the answer. */
export function checkAll<F extends string>(
	values: Record<F, unknown>,
	ranges: Record<F, InputRange>
): Checked<Record<F, number>, F> {
	const out = {} as Record<F, number>;
	for (const field of Object.keys(ranges) as F[]) {
		const checked = checkNumber(field, values[field], ranges[field]);
		if (!checked.ok) return checked;
		out[field] = checked.value;
	}
	return { ok: true, value: out };
}
