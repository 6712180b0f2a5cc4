/**
 * Every step of every built-in lesson moves: the request travels from the previous hop to the current one
 * (along a drawn link, or a marked route where the figure draws none), something happens in place, or a new
 * run starts. Counted per lesson, in both languages; the count of still steps must be 0.
 */
import { describe, expect, it } from 'vitest';
import { getComponent, links, type ComponentId } from '$lib/architecture/topology';
import { lessons } from '$lib/lessons/catalog';
import { framesOf } from '$lib/lessons/frames';
import { loadNarration } from '$lib/lessons/narration';
import { locales } from '$lib/paraglide/runtime';
import { loadArchitectureText } from '$lib/architecture/text';
import { crossings, wordEvents, type Move } from './moves';

const endsOf = (id: string) => [id, getComponent(id as ComponentId).parent];
const endOf = (move: Move) => (move.kind === 'event' || move.kind === 'start' ? move.at : move.to);
const startOf = (move: Move) =>
	move.kind === 'event' || move.kind === 'start' ? move.at : move.from;

describe.each(locales.map((l) => [l] as const))('in %s', (locale) => {
	describe.each(lessons.map((l) => [l.id, l] as const))('lesson %s', (_, lesson) => {
		const frames = framesOf(lesson);

		it('has no still step: every step shows a move that joins the previous hop to the current one', async () => {
			const narration = await loadNarration(lesson, locale);
			const still = frames.flatMap((frame, i) => {
				const step = lesson.steps[i]!;
				// Shown to the reader in this language: the step has its words, and its picture moves.
				expect(narration.steps[step.id]?.title, `${locale} narration of ${step.id}`).toBeTruthy();
				return frame.moves.length === 0 ? [step.id] : [];
			});
			expect(still).toEqual([]);
		});

		it('words every in-place event for the reader: an act of the hop, or the event in this language, never a code name', async () => {
			const text = await loadArchitectureText(locale);
			// A code name such as op.start or hv.dispatch: lower-case words joined by a dot.
			const unworded = frames.flatMap((frame, i) =>
				wordEvents(frame.moves, text.events).flatMap((move) =>
					move.kind === 'event' && (!move.label || /^[a-z]+\.[a-zA-Z]+$/.test(move.label))
						? [`${lesson.id} step ${i + 1} at ${move.at}: ${move.label ?? move.event}`]
						: []
				)
			);
			expect(unworded).toEqual([]);
		});

		it('moves continuously: each move starts where the one before ended, the last ends at the hop', () => {
			frames.forEach((frame, i) => {
				const where = `${lesson.id} step ${i + 1}`;
				const starts = i === 0 || lesson.steps[i]!.run !== undefined;
				expect(frame.moves[0]!.kind === 'start', where).toBe(starts);
				if (!starts) expect(startOf(frame.moves[0]!), where).toBe(frames[i - 1]!.hop?.node);
				frame.moves.slice(1).forEach((move, j) => {
					expect(startOf(move), where).toBe(endOf(frame.moves[j]!));
				});
				expect(endOf(frame.moves.at(-1)!), where).toBe(frame.hop?.node);
				for (const move of frame.moves) {
					if (move.kind === 'event')
						expect(move.label ?? move.event, `${where}: an event says what happened`).toBeTruthy();
					if (move.kind === 'link') {
						// The drawn line joins the two boxes, or the boxes they are drawn inside.
						const link = links.find((l) => l.id === move.link)!;
						const [a, b] = move.reverse ? [link.to, link.from] : [link.from, link.to];
						expect(endsOf(move.from), where).toContain(a);
						expect(endsOf(move.to), where).toContain(b);
					}
				}
			});
		});
	});
});

describe('the trail as a heat map', () => {
	const runCrossings = (id: string) => {
		const frames = framesOf(lessons.find((l) => l.id === id)!);
		return crossings(frames.flatMap((f) => f.moves));
	};

	it('shows the emulated read crossing the intercept path again and again, the synthetic read once', () => {
		expect(runCrossings('emulated-disk-read').get('link:legacy-intercepts')).toBeGreaterThanOrEqual(
			8
		);
		const synthetic = runCrossings('synthetic-disk-read');
		expect(synthetic.get('link:vmbus-root-win') ?? 0).toBeLessThanOrEqual(1);
		expect(Math.max(...synthetic.values())).toBeLessThanOrEqual(2);
	});
});
