import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { choice } from './choice';
import { choiceQuestionSchema, narrationGaps } from './schema';

describe('choice', () => {
	it('is the plain question object, options in the order written and the starred one the answer', () => {
		const question = choice('why-slow', 'slow-disk  *round-trip extra-copy', ['S14', 'S3']);
		expect(question).toEqual({
			id: 'why-slow',
			kind: 'choice',
			options: ['slow-disk', 'round-trip', 'extra-copy'],
			answer: 'round-trip',
			sources: ['S14', 'S3']
		});
		expect(v.is(choiceQuestionSchema, question)).toBe(true);
	});

	it('refuses, naming the question, options with no star or more than one (a script the types did not check)', () => {
		const options = (text: string) => text as 'a *b';
		expect(() => choice('q1', options('a b c'), ['S1'])).toThrow('Question q1: star exactly one');
		expect(() => choice('q2', options('*a *b'), ['S1'])).toThrow('Question q2: star exactly one');
	});

	it('carries the words of options that are the same in every language, for options it has only', () => {
		const question = choice('max', '*gb-64 tb-1 many', ['S10'], {
			'gb-64': '64 GB',
			'tb-1': '1 TB'
		});
		expect(question.labels).toEqual({ 'gb-64': '64 GB', 'tb-1': '1 TB' });
		expect(v.is(choiceQuestionSchema, question)).toBe(true);
		const stray = { ...question, labels: { 'gb-65': '65 GB' } };
		expect(v.is(choiceQuestionSchema, stray)).toBe(false);
	});

	it('asks a narration for the words of the other options only, and not again for the labelled ones', () => {
		const question = choice('max', '*gb-64 tb-1 many', ['S10'], {
			'gb-64': '64 GB',
			'tb-1': '1 TB'
		});
		const gaps = (options: Record<string, string>) =>
			narrationGaps(
				{ steps: [], questions: [question] },
				{ steps: {}, questions: { max: { prompt: 'p', options, explanation: 'e' } } }
			);
		expect(gaps({ many: 'Many' })).toEqual({ missing: [], extra: [] });
		expect(gaps({}).missing).toEqual(['options many of question max']);
		expect(gaps({ many: 'Many', 'gb-64': '64 GB' }).extra).toEqual([
			'options gb-64 of question max'
		]);
	});
});
