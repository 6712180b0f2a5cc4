/**
 * The course's sequences are content (src/content/sequences/): their order in `order.ts`, their titles in one file
 * per language. Every lesson sits in exactly one of them, every one of them holds a lesson, and every language
 * the site speaks titles every one.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { locales } from '$lib/paraglide/runtime';
import { lessons } from './catalog';
import { outlineOf } from './course';
import { sequenceTitlesOf, sequenceTitlesSchema } from './sequences';
import { sequenceIds } from './types';

const outline = outlineOf(
	lessons.map((l) => ({ id: l.id, sequence: l.sequence, minutes: l.minutes, steps: [] }))
);

describe('the course’s sequences', () => {
	it('list every lesson once, in exactly one sequence', () => {
		const listed = outline.sequences.flatMap((s) => s.lessons.map((n) => n.lesson.id));
		expect([...listed].sort()).toEqual(lessons.map((l) => l.id).sort());
		expect(new Set(listed).size).toBe(listed.length);
	});

	it('each hold a lesson, in the order of order.ts', () => {
		expect(outline.sequences.map((s) => s.id)).toEqual([...sequenceIds]);
		expect(new Set(sequenceIds).size).toBe(sequenceIds.length);
	});

	it.each(locales)('have a title in %s for each', (locale) => {
		const titles = sequenceTitlesOf(locale);
		expect(Object.keys(titles).sort()).toEqual([...sequenceIds].sort());
		for (const title of Object.values(titles)) expect(title.trim()).not.toBe('');
	});

	it('are titled differently in each language where the words differ', () => {
		const [first, ...others] = locales.map(sequenceTitlesOf);
		for (const other of others) expect(other).not.toEqual(first);
	});

	it('refuse titles that miss a sequence, name one that is not there, or are blank', () => {
		const titles = sequenceTitlesOf('en');
		const missing: Partial<typeof titles> = { ...titles };
		delete missing.io;
		expect(v.safeParse(sequenceTitlesSchema, missing).success).toBe(false);
		expect(v.safeParse(sequenceTitlesSchema, { ...titles, cloud: 'Cloud' }).success).toBe(false);
		expect(v.safeParse(sequenceTitlesSchema, { ...titles, io: '  ' }).success).toBe(false);
		expect(v.safeParse(sequenceTitlesSchema, titles).success).toBe(true);
	});
});
