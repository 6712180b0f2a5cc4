/**
 * The glossary: the term list is small and loaded eagerly; each locale's words are their own chunk, loaded when a
 * page asks for them, so a Dutch page does not carry the English definitions.
 */
import { terms } from '../../content/glossary/terms';
import { entriesOf } from './entries';
import { parseGlossaryText, parseTerms } from './schema';
import type { Glossary, GlossaryTerm, TermText } from './types';

// One file per locale beside the term list: every file but the terms and their places in the scenes, so a new
// language needs no change here.
const textModules = import.meta.glob<{ default: unknown }>([
	'/src/content/glossary/*.ts',
	'!/src/content/glossary/terms.ts',
	'!/src/content/glossary/scene-parts.ts'
]);

// Bundled content is checked where the site is built, not in every browser: prerendering loads every lesson
// and glossary in each locale through these same loaders on the server, and the tests parse every file and
// check that parsing changes nothing (content.test.ts). The browser runs those same modules, so it takes them
// as they are: no schema library to evaluate, no parse on a phone's start-up. Files a reader supplies (saved or
// imported progress, an authored lesson) are a different matter: they are always checked where they arrive.

/** Every term's structure (id, diagram box, sources), validated where the site is built. */
export const glossaryTerms: readonly GlossaryTerm[] = import.meta.env.SSR
	? parseTerms(terms)
	: terms;

const loaded = new Map<string, Promise<Glossary>>();

/**
 * Every term with its words in `locale`, validated, in the order of the term list: once per locale, so that the
 * pages of a lesson get the same glossary and nothing that shows it is drawn again on each step.
 */
export function loadGlossary(locale: string): Promise<Glossary> {
	let glossary = loaded.get(locale);
	if (!glossary) loaded.set(locale, (glossary = readGlossary(locale)));
	return glossary;
}

async function readGlossary(locale: string): Promise<Glossary> {
	const load = textModules[`/src/content/glossary/${locale}.ts`];
	if (!load) throw new Error(`No glossary for locale ${locale}`);
	const words = (await load()).default;
	return import.meta.env.SSR
		? parseGlossaryText(glossaryTerms, locale, words)
		: entriesOf(glossaryTerms, words as Record<string, TermText>);
}

/**
 * The glossary in the alphabetical order of `locale`, for the page that lists it. Not done for every page that
 * links terms: a browser's first Intl.Collator costs 20–70 ms (it loads the collation data), a long task on a
 * lesson's start-up for an order nobody there sees.
 */
export function alphabetical(glossary: Glossary, locale: string): Glossary {
	const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
	return [...glossary].sort((a, b) => collator.compare(a.term, b.term));
}
