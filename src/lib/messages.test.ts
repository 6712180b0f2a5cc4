/**
 * Both languages complete: every UI message exists in English and in Dutch, filled in, with the same
 * placeholders. Paraglide would fall back to English silently; this makes a missing Dutch word a failing test.
 */
import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import nl from '../../messages/nl.json';

/** A message with variants (plural forms): its declarations, selectors and one text per case. */
type Variants = [{ declarations: string[]; selectors: string[]; match: Record<string, string> }];
type Message = string | Variants;

const messages = (file: Record<string, unknown>) =>
	Object.entries(file).filter(([key]) => !key.startsWith('$')) as [string, Message][];
/** Every text of a message: itself, or each of its variants. */
const textsOf = (message: Message | undefined): string[] =>
	message === undefined
		? []
		: typeof message === 'string'
			? [message]
			: Object.values(message[0].match);
/** What a caller passes: the placeholders of a plain message, the declared inputs of one with variants. */
const placeholders = (message: Message | undefined) =>
	message === undefined
		? []
		: typeof message === 'string'
			? [...new Set([...message.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort()
			: message[0].declarations
					.filter((d) => d.startsWith('input '))
					.map((d) => d.slice('input '.length))
					.sort();

describe('UI messages', () => {
	it('has the same keys in English and Dutch', () => {
		expect(
			messages(nl)
				.map(([k]) => k)
				.sort()
		).toEqual(
			messages(en)
				.map(([k]) => k)
				.sort()
		);
	});

	it('fills in every message, with the placeholders of the English one', () => {
		const dutch = Object.fromEntries(messages(nl));
		for (const [key, message] of messages(en)) {
			for (const text of textsOf(message)) expect(text.trim(), key).not.toBe('');
			expect(textsOf(dutch[key]).length, key).toBeGreaterThan(0);
			for (const text of textsOf(dutch[key])) expect(text.trim(), key).not.toBe('');
			expect(placeholders(dutch[key]), key).toEqual(placeholders(message));
		}
	});

	it('says a count in the right number, in both languages', async () => {
		const m = await import('$lib/paraglide/messages');
		const nl = { locale: 'nl' } as const;
		const en = { locale: 'en' } as const;
		expect(m.classroom_learners({ present: 1, following: 1 }, nl)).toBe('1 deelnemer, die volgt');
		expect(m.classroom_learners({ present: 3, following: 0 }, nl)).toBe('3 deelnemers, 0 volgen');
		expect(m.classroom_learners({ present: 3, following: 1 }, nl)).toBe('3 deelnemers, 1 volgt');
		expect(m.classroom_learners({ present: 1, following: 0 }, en)).toBe(
			'1 learner here, 0 following'
		);
		expect(m.classroom_answered({ answered: 1, present: 4 }, nl)).toBe(
			'1 van de 4 heeft geantwoord'
		);
		expect(m.classroom_answered({ answered: 0, present: 4 }, nl)).toBe(
			'0 van de 4 hebben geantwoord'
		);
		expect(m.lesson_steps({ count: 1 }, nl)).toBe('1 stap');
		expect(m.lesson_steps({ count: 12 }, en)).toBe('12 steps');
		expect(m.classroom_result({ question: 'Vraag 2', right: 100, answered: 1 }, nl)).toBe(
			'Vraag 2: 100% goed (1 antwoord)'
		);
		expect(m.progress_imported({ count: 1 }, en)).toContain('progress of 1 lesson,');
	});
});
