/**
 * The "About the sources" page in both languages, and one name for the 2008 text everywhere a learner reads
 * about it: "the 2008 article" in English, "het artikel uit 2008" in Dutch, never "overview" / "overzicht".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../content/about/en';
import nl from '../content/about/nl';
import { aboutSections, type AboutSectionId } from '../content/about/sections';
import { isSourceKey } from './architecture/sources';

const texts = { en, nl };
const ids = Object.keys(aboutSections) as AboutSectionId[];

describe('the About the sources page', () => {
	it('has every section in both languages, one text per cited paragraph', () => {
		for (const text of Object.values(texts)) {
			for (const id of ids) {
				expect(text.sections[id].paragraphs).toHaveLength(aboutSections[id].length);
			}
		}
		for (const keys of Object.values(aboutSections).flat()) {
			expect(keys.every((key: string) => isSourceKey(key))).toBe(true);
		}
	});

	it('names the article, its author, its date and where the English original is, citing it', () => {
		expect(aboutSections.article[0]).toContain('S31');
		const [first] = en.sections.article.paragraphs;
		expect(first).toMatch(/Ruben Spruijt/);
		expect(first).toMatch(/28 April 2008/);
		expect(first).toMatch(/brianmadden\.com/);
		expect(nl.sections.article.paragraphs[0]).toMatch(/28 april 2008.*Engelse origineel/s);
	});

	it('explains each confidence label', () => {
		for (const text of Object.values(texts)) {
			expect(Object.keys(text.confidence)).toEqual(['H', 'M', 'L']);
		}
	});
});

describe('one name for the 2008 text', () => {
	// Every lesson narration, the architecture's descriptions, the glossary and this page, as written.
	const all = import.meta.glob<string>('/src/content/**/*.ts', {
		query: '?raw',
		import: 'default',
		eager: true
	});
	const english = Object.entries(all).filter(([path]) => path.endsWith('/en.ts'));
	const dutch = Object.entries(all).filter(([path]) => path.endsWith('/nl.ts'));
	const messages = {
		en: readFileSync('messages/en.json', 'utf8'),
		nl: readFileSync('messages/nl.json', 'utf8')
	};

	it('is "the 2008 article" in English', () => {
		const stray = [...english, ['messages/en.json', messages.en] as const].filter(([, text]) =>
			/2008 overview|overview (?:of|from) 2008/i.test(text)
		);
		expect(stray.map(([path]) => path)).toEqual([]);
		expect(JSON.parse(messages.en).step_correction).toBe('2008 article vs reality');
	});

	it('is "het artikel uit 2008" in Dutch', () => {
		const stray = [...dutch, ['messages/nl.json', messages.nl] as const].filter(([, text]) =>
			/overzicht (?:uit|van) 2008/i.test(text)
		);
		expect(stray.map(([path]) => path)).toEqual([]);
		expect(JSON.parse(messages.nl).step_correction).toBe('Artikel uit 2008 vs. werkelijkheid');
	});
});
