/**
 * The browser takes bundled content as the build checked it, without parsing it again (see
 * $lib/glossary/catalog.ts). That is only the same thing if parsing a file gives back exactly what the file
 * holds: no words trimmed, no defaults filled in. Checked here for every file, so a file that parsing would
 * change fails the tests instead of reading differently in the browser than in the prerendered page.
 */
import { describe, expect, it } from 'vitest';
import { entriesOf } from '$lib/glossary/entries';
import { parseGlossaryText, parseTerms } from '$lib/glossary/schema';
import type { TermText } from '$lib/glossary/types';
import { parseNarration, parseScript } from '$lib/lessons/schema';
import type { LessonScript } from '$lib/lessons/types';
import { locales } from '$lib/paraglide/runtime';
import { parseSceneParts } from '$lib/glossary/scene-parts';
import { terms } from '../content/glossary/terms';
import { sceneParts } from '../content/glossary/scene-parts';

const scripts = import.meta.glob<{ default: LessonScript }>('/src/content/lessons/*/script.ts', {
	eager: true
});
const narrations = import.meta.glob<{ default: unknown }>(
	['/src/content/lessons/*/*.ts', '!/src/content/lessons/*/script.ts'],
	{ eager: true }
);
const glossaryWords = import.meta.glob<{ default: Record<string, TermText> }>(
	[
		'/src/content/glossary/*.ts',
		'!/src/content/glossary/terms.ts',
		'!/src/content/glossary/scene-parts.ts'
	],
	{ eager: true }
);

describe('bundled content is already in the form its schema gives it', () => {
	it('finds the content', () => {
		expect(Object.keys(scripts).length).toBeGreaterThanOrEqual(10);
		expect(Object.keys(narrations)).toHaveLength(Object.keys(scripts).length * locales.length);
		expect(Object.keys(glossaryWords)).toHaveLength(locales.length);
	});

	it.each(Object.keys(scripts))('%s', (path) => {
		const raw = scripts[path]!.default;
		expect(parseScript(raw)).toStrictEqual(raw);
	});

	it.each(Object.keys(narrations))('%s', (path) => {
		const [id, file] = path.split('/').slice(-2);
		const script = Object.values(scripts).find((s) => s.default.id === id)!.default;
		const raw = narrations[path]!.default;
		expect(parseNarration(script, file!.replace('.ts', ''), raw)).toStrictEqual(raw);
	});

	it('the glossary terms', () => {
		expect(parseTerms(terms)).toStrictEqual(terms);
	});

	it("the glossary terms' places in the scenes", () => {
		expect(
			parseSceneParts(
				sceneParts,
				terms.map((t) => t.id)
			)
		).toStrictEqual(sceneParts);
	});

	it.each(Object.keys(glossaryWords))('%s, joined to the terms', (path) => {
		const raw = glossaryWords[path]!.default;
		const locale = path.split('/').at(-1)!.replace('.ts', '');
		expect(parseGlossaryText(terms, locale, raw)).toStrictEqual(entriesOf(terms, raw));
	});

	it('would notice a word that parsing trims', () => {
		const script = Object.values(scripts)[0]!.default;
		const path = `/src/content/lessons/${script.id}/en.ts`;
		const raw = structuredClone(narrations[path]!.default) as { title: string };
		raw.title = ` ${raw.title}`;
		expect(parseNarration(script, 'en', raw)).not.toStrictEqual(raw);
	});
});
