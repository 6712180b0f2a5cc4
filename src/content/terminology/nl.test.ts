import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bannedDutch, bannedFormsIn, stringsIn } from './nl';

const lessons = import.meta.glob<{ default: unknown }>('/src/content/lessons/*/nl.ts', {
	eager: true
});
const others = import.meta.glob<{ default: unknown }>(
	['/src/content/glossary/nl.ts', '/src/content/architecture/nl.ts'],
	{ eager: true }
);
const messages = JSON.parse(readFileSync('messages/nl.json', 'utf8')) as Record<string, string>;

const texts: [string, unknown][] = [
	...Object.entries(lessons).map(([path, m]) => [path, m.default] as [string, unknown]),
	...Object.entries(others).map(([path, m]) => [path, m.default] as [string, unknown]),
	['messages/nl.json', messages]
];

describe('Dutch texts follow the terminology list', () => {
	it('finds every Dutch text', () => {
		expect(Object.keys(lessons).length).toBeGreaterThanOrEqual(16);
		expect(Object.keys(others)).toHaveLength(2);
		expect(Object.keys(messages).length).toBeGreaterThan(100);
	});

	it.each(texts)('%s uses none of the banned forms', (_path, content) => {
		const found = stringsIn(content).flatMap((text) =>
			bannedFormsIn(text).map(
				(form) => `"${text.match(form.pattern)?.[0]}": use ${form.use} (${form.why})`
			)
		);
		expect(found).toEqual([]);
	});

	it('catches each banned form, and leaves placeholders and ids alone', () => {
		expect(bannedFormsIn('Vijf controleberichten tot nu toe.')).toHaveLength(1);
		expect(bannedFormsIn('VMMS draait in gebruikersmodus.')).toHaveLength(1);
		expect(bannedFormsIn('De gast maakt 80 MB/s vuil.')).toHaveLength(1);
		expect(bannedFormsIn('Een differencing VHD en een dynamisch groeiende VHD.')).toHaveLength(2);
		expect(bannedFormsIn('Stresstest: {children} childpartities.')).toEqual([]);
		expect(stringsIn({ 'all-children-down': 'Die gaan allemaal mee onderuit' })).toEqual([
			'Die gaan allemaal mee onderuit'
		]);
	});

	it('is the list docs/terminology-nl.md gives', () => {
		const doc = readFileSync('docs/terminology-nl.md', 'utf8');
		for (const form of bannedDutch) expect(doc, form.use).toContain(form.use);
	});
});
