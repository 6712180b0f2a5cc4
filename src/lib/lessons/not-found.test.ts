/**
 * A step number comes from the address, and a reader can type anything there. Each of many generated step
 * numbers either names a step the lesson has or gets a 404 that says what was asked and what exists.
 */
import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { pick, seeded, type Random } from '$lib/testing/fuzz';
import { stepOr404, unknownLesson } from './not-found';

/** What an address's step can hold: digits of several scripts, signs, points, exponents, spaces, escapes. */
const PIECES = [
	'0',
	'1',
	'3',
	'9',
	'19',
	'20',
	'٣',
	'３',
	'-',
	'+',
	'.',
	'e',
	' ',
	'%20',
	'x',
	'<b>',
	'\u0000'
];
const stepText = (r: Random) =>
	r() < 0.1
		? '9'.repeat(1 + Math.floor(r() * 400))
		: Array.from({ length: Math.floor(r() * 5) }, () => pick(r, PIECES)).join('');

/** The 404 a call throws, or what it returned. */
function outcome(call: () => number) {
	try {
		return { step: call() };
	} catch (error) {
		if (!isHttpError(error)) throw error;
		return { status: error.status, body: error.body as App.Error & Record<string, unknown> };
	}
}

describe('stepOr404', () => {
	it('takes a step the lesson has, as the address writes it', () => {
		expect(stepOr404('storage', '1', 19, 'en')).toBe(1);
		expect(stepOr404('storage', '19', 19, 'nl')).toBe(19);
	});

	it('answers each of 300 generated step numbers with that step, or a 404 naming what exists', () => {
		let refused = 0;
		for (let seed = 1; seed <= 300; seed++) {
			const r = seeded(seed);
			const asked = stepText(r);
			const locale = pick(r, ['en', 'nl'] as const);
			const result = outcome(() => stepOr404('storage', asked, 19, locale));
			// Only the plain way of writing 1 … 19 names a step; "03", "+3", "3.0" and "٣" do not.
			const expected = /^(?:[1-9]|1\d)$/.test(asked) ? Number(asked) : undefined;
			if (expected !== undefined) {
				expect(result, `seed ${seed}: ${JSON.stringify(asked)}`).toEqual({ step: expected });
				continue;
			}
			refused++;
			expect(result.status, `seed ${seed}: ${JSON.stringify(asked)}`).toBe(404);
			expect(result.body).toMatchObject({
				reason: 'unknown-step',
				lesson: 'storage',
				step: asked,
				total: 19
			});
			// The message names the range, in the reader's language, and every placeholder is filled.
			expect(result.body?.message).toContain('19');
			expect(result.body?.message).toMatch(locale === 'nl' ? /stap/i : /step/i);
			expect(result.body?.message).not.toMatch(/undefined|\{\w+\}/);
		}
		expect(refused).toBeGreaterThan(200);
	});
});

describe('unknownLesson', () => {
	it('is a 404 that names the lesson asked for, markup kept as text', () => {
		const asked = '<img src=x onerror=alert(1)>';
		const result = outcome(() => unknownLesson(asked, 'en'));
		expect(result).toMatchObject({
			status: 404,
			body: { reason: 'unknown-lesson', lesson: asked }
		});
		expect(result.body?.message).toContain(asked);
	});
});
