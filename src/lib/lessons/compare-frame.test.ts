import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { getLesson, lessons } from './catalog';
import { loadNarration } from './narration';
import { framesOf } from './frames';
import { narrationGaps, stepSchema } from './schema';
import { buildTimeline } from './timeline';
import type { LessonScript } from './types';

const value = (counters: { key: string; value: number }[], key: string) =>
	counters.find((c) => c.key === key)?.value;

describe('a step that compares two runs', () => {
	it('ends each device-I/O lesson: the disk reads, the NIC and the mouse', () => {
		for (const id of ['emulated-disk-read', 'synthetic-disk-read', 'network-io']) {
			const lesson = getLesson(id)!;
			expect(framesOf(lesson).at(-1)!.compare, id).toBeDefined();
		}
	});

	it('carries both runs played to their ends, in the lesson the same numbers as its own run', () => {
		const lesson = getLesson('emulated-disk-read')!;
		const last = framesOf(lesson).at(-1)!;
		const [synthetic, emulated] = last.compare!.sides;
		// Side b is the lesson's own emulated read: the same counters as the step shows for it.
		expect(emulated.counters).toEqual(last.counters);
		expect(emulated.hop?.node).toBe(last.hop?.node);
		expect(value(emulated.counters, 'vmExits')).toBe(12);
		expect(value(synthetic.counters, 'vmExits')).toBe(2);
		// Both start where a run starts and the token has every leg to play.
		for (const side of [synthetic, emulated]) {
			expect(side.moves[0]!.kind).toBe('start');
			expect(side.moves.length).toBeGreaterThan(10);
		}
		expect(emulated.moves.length).toBeGreaterThan(synthetic.moves.length);
		// The ratio is b ÷ a, explore's: six times the exits, a trip count with no ratio (a is 0).
		expect(last.compare!.ratio.guestExits).toBe(6);
		expect(last.compare!.ratio.vmwpTrips).toBeUndefined();
	});

	it('names both sides in every locale of every lesson that compares', async () => {
		for (const lesson of lessons) {
			const comparing = lesson.steps.filter((s) => s.compare);
			for (const locale of ['en', 'nl'] as const) {
				const narration = await loadNarration(lesson, locale);
				for (const step of comparing) {
					expect(narration.steps[step.id]!.compare?.a, `${lesson.id} ${step.id}`).toBeTruthy();
					expect(narration.steps[step.id]!.compare?.b).toBeTruthy();
				}
			}
		}
	});

	it('is checked: a run no machine plays, or a narration without the names, is refused with a message', () => {
		const step = {
			id: 'x',
			events: [],
			sources: ['S1'],
			compare: { a: { machine: 'nope', input: {} }, b: { machine: 'diskRead', input: {} } }
		};
		expect(v.safeParse(stepSchema, step).success).toBe(false);
		const lesson = getLesson('emulated-disk-read')!;
		const bad: LessonScript = {
			...lesson,
			steps: lesson.steps.map((s, i) =>
				i === lesson.steps.length - 1
					? { ...s, compare: { ...s.compare!, b: { machine: 'diskRead', input: { guest: 'x' } } } }
					: s
			)
		} as LessonScript;
		expect(() => buildTimeline(bad)).toThrow(/compared run b/);
		const { missing } = narrationGaps(lesson, {
			steps: Object.fromEntries(lesson.steps.map((s) => [s.id, { title: 't', text: 't' }]))
		});
		expect(missing).toContain("the compared runs' names of done");
	});
});
