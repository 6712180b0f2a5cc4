import { afterEach, describe, expect, it } from 'vitest';
import { isMirror, live, mirrorOf, type RoomQuestion, type Tally } from './live.svelte';

const choice: RoomQuestion = {
	seq: 2,
	ref: { kind: 'choice', lesson: 'high-availability', index: 1 },
	options: ['a', 'b', 'c'],
	revealed: false
};
const tally: Tally = { seq: 2, answered: 4, counts: { a: 3, b: 1, c: 0 } };

afterEach(() => {
	live.role = undefined;
	live.question = null;
	live.tally = null;
	live.mirror = null;
});

describe('what the projector mirrors of the room', () => {
	it('shows nothing before the reveal, unless the trainer shows answers as they come in', () => {
		expect(mirrorOf(choice, tally, false)).toBeNull();
		expect(mirrorOf(choice, tally, true)).toEqual({ question: choice, tally });
		const revealed = { ...choice, revealed: true, correct: 'a', counts: tally.counts };
		expect(mirrorOf(revealed, tally, false)).toEqual({ question: revealed, tally });
		// A tally of an earlier question is not this one's.
		expect(mirrorOf(revealed, { ...tally, seq: 1 }, false)?.tally).toBeNull();
	});

	it('accepts only a well-formed mirror from the other window', () => {
		expect(isMirror(null)).toBe(true);
		expect(isMirror({ question: choice, tally })).toBe(true);
		expect(isMirror({ question: choice, tally: null })).toBe(true);
		expect(isMirror({ question: { ...choice, ref: { kind: 'x', lesson: 'a' } }, tally })).toBe(
			false
		);
		expect(isMirror({ question: { ...choice, options: '<b>' }, tally })).toBe(false);
		expect(isMirror({ question: choice, tally: { ...tally, counts: { a: -1 } } })).toBe(false);
		expect(isMirror({ question: choice, tally: { ...tally, answered: 'all' } })).toBe(false);
		expect(isMirror('<script>')).toBe(false);
	});
});

describe('how the room split, on each kind of window', () => {
	it('lights nothing for a learner until the trainer reveals, then the room’s shares', () => {
		live.role = 'learner';
		live.question = choice;
		expect(live.shares).toBeUndefined();
		live.question = { ...choice, revealed: true, correct: 'a', counts: { a: 3, b: 1, c: 0 } };
		expect(live.shares).toEqual({ a: 0.75, b: 0.25, c: 0 });
	});

	it('gives the trainer the shares of the open question as answers come in', () => {
		live.role = 'trainer';
		live.question = choice;
		live.tally = tally;
		expect(live.shares).toEqual({ a: 0.75, b: 0.25, c: 0 });
		live.tally = { ...tally, seq: 1 };
		expect(live.shares).toBeUndefined();
	});

	it('gives the projector the mirrored tally, and the quiz’s room question from it', () => {
		live.mirror = { question: choice, tally };
		expect(live.shares).toEqual({ a: 0.75, b: 0.25, c: 0 });
		expect(live.choiceFor('high-availability')).toEqual(choice);
		expect(live.choiceFor('snapshots')).toBeUndefined();
	});
});
