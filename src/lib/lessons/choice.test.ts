import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { choice } from './choice';
import { choiceQuestionSchema } from './schema';

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
});
