/**
 * The home page's course outline is derived from the lesson scripts: numbers, minutes and the total follow the
 * scripts' `sequence`, `order` and `minutes`, and where to go on follows the saved progress.
 */
import { describe, expect, it } from 'vitest';
import { lessons } from './catalog';
import { outlineOf, standingOf, hoursOf } from './course';
import { sequenceIds } from './types';

const course = lessons.map((l) => ({
	id: l.id,
	sequence: l.sequence,
	minutes: l.minutes,
	steps: l.steps.map((s) => s.id)
}));

describe('the course outline', () => {
	const outline = outlineOf(course);

	it('numbers sequences in their fixed order and lessons by their scripts` order', () => {
		expect(outline.sequences.map((s) => s.id)).toEqual(
			sequenceIds.filter((id) => lessons.some((l) => l.sequence === id))
		);
		expect(outline.sequences.map((s) => s.number)).toEqual(outline.sequences.map((_, i) => i + 1));
		const first = outline.sequences[0]!;
		expect(first.lessons[0]).toMatchObject({ number: '1.1', lesson: { id: 'big-picture' } });
		for (const sequence of outline.sequences) {
			const orders = sequence.lessons.map((n) => lessons.find((l) => l.id === n.lesson.id)!.order);
			expect(orders).toEqual([...orders].sort((a, b) => a - b));
			expect(sequence.lessons.map((n) => n.number)).toEqual(
				sequence.lessons.map((_, j) => `${sequence.number}.${j + 1}`)
			);
		}
		expect(outline.lessons).toHaveLength(lessons.length);
	});

	it('adds up the minutes of the scripts, per sequence and in all', () => {
		expect(outline.minutes).toBe(lessons.reduce((sum, l) => sum + l.minutes, 0));
		for (const s of outline.sequences) {
			expect(s.minutes).toBe(
				lessons.filter((l) => l.sequence === s.id).reduce((sum, l) => sum + l.minutes, 0)
			);
		}
		expect(hoursOf(170)).toEqual({ hours: 2, minutes: 50 });
	});
});

describe('where a learner stands', () => {
	const outline = outlineOf(course);

	it('starts at step 1 of lesson 1.1 with nothing seen', () => {
		const standing = standingOf(outline, () => []);
		expect(standing).toMatchObject({ seen: 0, done: 0, started: false });
		expect(standing.next).toMatchObject({ lesson: { number: '1.1' }, step: 1 });
	});

	it('goes on at the first unseen step of the first unfinished lesson, in course order', () => {
		const first = course[0]!;
		const second = course[1]!;
		const seen: Record<string, readonly string[]> = {
			[first.id]: first.steps,
			[second.id]: [second.steps[0]!, second.steps[2]!]
		};
		const standing = standingOf(outline, (id) => seen[id] ?? []);
		expect(standing).toMatchObject({ seen: first.steps.length + 2, done: 1, started: true });
		expect(standing.next).toMatchObject({ lesson: { lesson: { id: second.id } }, step: 2 });
	});
});
