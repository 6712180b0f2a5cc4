/**
 * The site's languages are listed in one place, project.inlang/settings.json, which Paraglide compiles into
 * `locales`. Everything else follows it: the content has a file per language, the prerendered pages and the
 * authored-lesson schema read the list, and no source file spells the list out again.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '$lib/paraglide/runtime';
import { authoredLocales } from '$lib/authoring/schema';
import { root, sourceFiles } from '$lib/testing/import-graph';
import settings from '../../project.inlang/settings.json';

const content = join(root, 'src/content');
const lessonFolders = readdirSync(join(content, 'lessons')).map((id) => `lessons/${id}`);
/** The content folders that hold one file of words per language. */
const wordFolders = ['about', 'architecture', 'glossary', 'scenes', 'sequences', ...lessonFolders];

// A list of locale codes written out: `['en', 'nl']`, `'en' | 'nl'`, a glob's `{en,nl}`, a pattern's `(?:en|nl)`.
const code = `(?:${settings.locales.join('|')})`;
const spelledOut = new RegExp(
	[
		`(['"])${code}\\1\\s*[,|]\\s*(['"])${code}\\2`,
		`\\{${code}(?:,${code})+\\}`,
		`\\b${code}\\|${code}\\b`
	].join('|')
);

describe('the languages', () => {
	it('are the ones project.inlang lists, compiled', () => {
		expect([...locales]).toEqual(settings.locales);
		expect(authoredLocales).toEqual(locales);
		for (const locale of locales)
			expect(existsSync(join(root, 'messages', `${locale}.json`))).toBe(true);
	});

	it.each(wordFolders)('have a file each in src/content/%s', (folder) => {
		for (const locale of locales) {
			expect(existsSync(join(content, folder, `${locale}.ts`)), `${folder}/${locale}.ts`).toBe(
				true
			);
		}
	});

	it('are spelled out in no source file, and the build reads them from project.inlang', () => {
		// Code only: the content's words may well say "en" (Dutch for "and").
		const sources = [
			...sourceFiles(join(root, 'src')).filter((file) => !file.includes('/src/content/')),
			join(root, 'svelte.config.js'),
			join(root, 'vite.config.ts')
		];
		const spelling = sources.filter((file) => spelledOut.test(readFileSync(file, 'utf8')));
		expect(spelling.map((file) => relative(root, file))).toEqual([]);
		expect(readFileSync(join(root, 'svelte.config.js'), 'utf8')).toContain(
			'project.inlang/settings.json'
		);
	});

	it('would be found spelled out', () => {
		expect(spelledOut.test("export const authoredLocales = ['en', 'nl'] as const;")).toBe(true);
		expect(spelledOut.test("'/src/content/about/{en,nl}.ts'")).toBe(true);
		expect(spelledOut.test("type Locale = 'en' | 'nl';")).toBe(true);
		expect(spelledOut.test('/^\\.narration\\.(?:en|nl)(?=\\.|$)/')).toBe(true);
		expect(spelledOut.test("const locale = 'nl';")).toBe(false);
		expect(spelledOut.test('Gasten en, zo nodig, nl-talige hulp')).toBe(false);
	});
});
