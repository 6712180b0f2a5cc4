/**
 * Every lesson replayed against its machine, headlessly: each step's events must be accepted where the
 * previous step left the machine, the last step must finish the path, and every locale must narrate every step.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '$lib/paraglide/runtime';
import { hopOf } from '$lib/model/hop';
import { getLesson, lessons, loadNarration } from './catalog';
import { ReplayError } from '$lib/model/run';
import { hopPuzzle, predictAnswer } from './answers';
import { sentenceCount } from '$lib/schema/text';
import { parseNarration, parseScript } from './schema';
import { buildTimeline } from './timeline';

describe.each(lessons.map((l) => [l.id, l] as const))('lesson %s', (_, lesson) => {
	it('has 8 to 20 steps, each citing a source', () => {
		expect(lesson.steps.length).toBeGreaterThanOrEqual(8);
		expect(lesson.steps.length).toBeLessThanOrEqual(20);
		for (const step of lesson.steps) expect(step.sources.length).toBeGreaterThan(0);
	});

	it('replays against its machine, showing something new at every step after the first', () => {
		const timeline = buildTimeline(lesson);
		expect(timeline).toHaveLength(lesson.steps.length);
		for (const [i, { snapshot, trail }] of timeline.entries()) {
			expect(hopOf(snapshot), `step ${i + 1}`).toBeDefined();
			expect(trail.at(-1), `step ${i + 1} ends its trail where the request is`).toBe(
				hopOf(snapshot)?.node
			);
			// The request moves, or what it has cost changes.
			if (i > 0) {
				const before = timeline[i - 1]!.snapshot;
				expect(
					[hopOf(snapshot), snapshot.context],
					`step ${i + 1} changes nothing a learner can see`
				).not.toEqual([hopOf(before), before.context]);
			}
		}
		expect(timeline.at(-1)!.snapshot.hasTag('completed')).toBe(true);
		// A run that has finished is only followed by a step that starts a new one.
		for (const [i, s] of timeline.slice(0, -1).entries()) {
			if (s.snapshot.hasTag('completed')) {
				expect(lesson.steps[i + 1]!.run, `step ${i + 2} after a finished run`).toBeDefined();
			}
		}
	});

	it('asks at least one prediction, each answered by the model with a box the request moves to', () => {
		const predicting = lesson.steps.flatMap((s, i) => (s.predict ? [i] : []));
		expect(predicting.length).toBeGreaterThan(0);
		for (const i of predicting) expect(predictAnswer(lesson, i)).toMatch(/^[a-z]+-/);
	});

	it('has 5 to 8 questions, and every hop question replays to an answer that differs from the start', () => {
		expect(lesson.questions.length).toBeGreaterThanOrEqual(5);
		expect(lesson.questions.length).toBeLessThanOrEqual(8);
		for (const q of lesson.questions) {
			if (q.kind !== 'hop') continue;
			const puzzle = hopPuzzle(lesson, q);
			expect(puzzle.answer, q.id).not.toBe(puzzle.shown?.node);
		}
	});

	it.each(locales)('is narrated in %s for every step', async (locale) => {
		const narration = await loadNarration(lesson, locale);
		for (const step of lesson.steps) {
			const words = narration.steps[step.id]!;
			expect(words.title.length, step.id).toBeGreaterThan(0);
			// Short enough for a projector: at most two short sentences.
			expect(sentenceCount(words.text), step.id).toBeLessThanOrEqual(2);
			// Speaker notes for the trainer on every step: one to three short sentences.
			expect(words.notes?.trim().length, `${step.id} has speaker notes`).toBeGreaterThan(0);
			expect(sentenceCount(words.notes ?? ''), step.id).toBeLessThanOrEqual(3);
		}
		for (const q of lesson.questions) {
			const words = narration.questions[q.id]!;
			expect(words.prompt.length, q.id).toBeGreaterThan(0);
			if (q.kind === 'choice') {
				// Each option's words: the same in every language (the script's labels), or this locale's.
				for (const option of q.options)
					expect(q.labels?.[option] ?? words.options?.[option], `${q.id}.${option}`).toBeTruthy();
			}
		}
	});
});

describe('lesson data is checked, not trusted', () => {
	const lesson = getLesson('emulated-disk-read')!;

	it('rejects an event the machine does not know', () => {
		const broken = structuredClone(lesson);
		// @ts-expect-error a misspelt event fails `npm run check` before it fails here
		broken.steps[1]!.events = ['io.sumbit'];
		expect(() => buildTimeline(parseScript(broken))).toThrow(/step 2 .* knows no event io.sumbit/);
	});

	it('rejects duplicate step ids and unknown sources', () => {
		const dup = structuredClone(lesson);
		dup.steps[1]!.id = dup.steps[0]!.id;
		expect(() => parseScript(dup)).toThrow(/step ids must be unique/);
		const unsourced = structuredClone(lesson);
		(unsourced.steps[0]!.sources as string[]) = ['S999'];
		expect(() => parseScript(unsourced)).toThrow(/source key/);
	});

	it('rejects an input the machine does not take', () => {
		const typo = structuredClone(lesson);
		(typo.input as { guest: string }).guest = 'unenlightend';
		expect(() => buildTimeline(parseScript(typo))).toThrow(/is not one diskRead takes/);
	});

	it('names the step whose event the machine refuses at that point', () => {
		const outOfOrder = structuredClone(lesson);
		outOfOrder.steps[1]!.events = ['app.complete'];
		expect(() => buildTimeline(outOfOrder)).toThrow(ReplayError);
		expect(() => buildTimeline(outOfOrder)).toThrow(/step 2 .* does not accept "app.complete"/);
	});

	it('rejects narration that misses a step or names one that does not exist', async () => {
		const narration = structuredClone(await loadNarration(lesson, 'en'));
		const [first] = lesson.steps;
		delete narration.steps[first!.id];
		narration.steps['no-such-step'] = { title: 'x', text: 'y', notes: 'z' };
		delete narration.questions[lesson.questions[0]!.id];
		expect(() => parseNarration(lesson, 'en', narration)).toThrow(
			new RegExp(
				`missing: ${first!.id}, question ${lesson.questions[0]!.id}.*unknown: no-such-step`
			)
		);
	});

	it('rejects a step without speaker notes, and notes longer than three sentences', async () => {
		const narration = await loadNarration(lesson, 'nl');
		const [first] = lesson.steps;
		const withoutNotes = structuredClone(narration);
		delete (withoutNotes.steps[first!.id] as { notes?: string }).notes;
		expect(() => parseNarration(lesson, 'nl', withoutNotes)).toThrow(
			new RegExp(`Invalid nl narration of ${lesson.id}: steps\\.${first!.id}\\.notes`)
		);
		const blank = structuredClone(narration);
		blank.steps[first!.id]!.notes = '   ';
		expect(() => parseNarration(lesson, 'nl', blank)).toThrow(/notes/);
		const long = structuredClone(narration);
		long.steps[first!.id]!.notes = 'Een. Twee. Drie. Vier.';
		expect(() => parseNarration(lesson, 'nl', long)).toThrow(/at most three short sentences/);
	});

	it('rejects narration of more than two sentences, and counts abbreviations right', () => {
		expect(sentenceCount('One. Two, e.g. this. Three?')).toBe(3);
		expect(sentenceCount('Een, bijv. dit. Twee!')).toBe(2);
		expect(sentenceCount('No full stop at all')).toBe(1);
	});

	it('rejects a lesson without a prediction, and a choice whose answer is not an option', () => {
		const noPredict = structuredClone(lesson);
		for (const step of noPredict.steps) delete step.predict;
		expect(() => parseScript(noPredict)).toThrow(/predict/);
		const badAnswer = structuredClone(lesson);
		const choice = badAnswer.questions.find((q) => q.kind === 'choice')!;
		if (choice.kind === 'choice') choice.answer = 'not-an-option';
		expect(() => parseScript(badAnswer)).toThrow(/answer must be one of the options/);
	});
});
