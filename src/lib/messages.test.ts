/**
 * Both languages complete: every UI message exists in English and in Dutch, filled in, with the same
 * placeholders. Paraglide would fall back to English silently; this makes a missing Dutch word a failing test.
 */
import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import nl from '../../messages/nl.json';

const messages = (file: Record<string, unknown>) =>
	Object.entries(file).filter(([key]) => !key.startsWith('$')) as [string, string][];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

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
		for (const [key, text] of messages(en)) {
			expect(text.trim(), key).not.toBe('');
			expect(dutch[key]?.trim(), key).not.toBe('');
			expect(placeholders(dutch[key] ?? ''), key).toEqual(placeholders(text));
		}
	});
});
