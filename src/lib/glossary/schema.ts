/**
 * Glossary content is data, and data is checked, not trusted: the term list and each locale's words are validated
 * when they load on the server (prerendering, dev) and in the tests, so a wrong box id, an unknown source or a
 * missing translation fails the build loudly. The browser takes what the build checked (see catalog.ts).
 */
import * as v from 'valibot';
import { isSourceKey } from '$lib/architecture/sources';
import { isComponentId } from '$lib/architecture/topology';
import { sentenceCount, summarize } from '$lib/schema/text';
import { entriesOf } from './entries';
import type { GlossaryEntry, GlossaryTerm } from './types';

const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug'));
const text = v.pipe(v.string(), v.trim(), v.nonEmpty());

const termSchema = v.object({
	id: slug,
	node: v.optional(
		v.pipe(
			v.string(),
			v.check((id) => isComponentId(id), 'must be a component id from topology.ts')
		)
	),
	sources: v.pipe(
		v.array(
			v.pipe(
				v.string(),
				v.check((key) => isSourceKey(key), 'must be a source key from sources.ts')
			)
		),
		v.minLength(1, 'cite at least one source')
	),
	term: v.optional(text),
	aliases: v.optional(v.array(text))
});

const termsSchema = v.pipe(
	v.array(termSchema),
	v.minLength(1),
	v.check((ts) => new Set(ts.map((t) => t.id)).size === ts.length, 'term ids must be unique')
);

const termTextSchema = v.object({
	term: v.optional(text),
	aliases: v.optional(v.array(text)),
	definition: v.pipe(
		text,
		v.check((d) => sentenceCount(d) <= 3, 'a definition says at most three sentences'),
		v.check((d) => !/[<>`]|\*\*|\]\(/.test(d), 'a definition is plain text: no HTML, no markdown')
	)
});

const localeTextSchema = v.record(v.string(), termTextSchema);

/** The term itself and its aliases: every spelling that links to the term in narration. */
export function phrasesOf(entry: { term: string; aliases?: readonly string[] }): string[] {
	return [entry.term, ...(entry.aliases ?? [])];
}

/** Spellings (compared without case) that more than one term claims, each with the terms that claim it. */
export function sharedPhrases(
	entries: readonly { id: string; term: string; aliases?: readonly string[] }[]
): Map<string, string[]> {
	const owners = new Map<string, Set<string>>();
	for (const entry of entries) {
		for (const phrase of phrasesOf(entry)) {
			const key = phrase.toLowerCase();
			owners.set(key, (owners.get(key) ?? new Set()).add(entry.id));
		}
	}
	return new Map(
		[...owners].filter(([, ids]) => ids.size > 1).map(([phrase, ids]) => [phrase, [...ids]])
	);
}

/** Validates the term list (ids, diagram boxes, source keys). */
export function parseTerms(data: unknown): GlossaryTerm[] {
	const result = v.safeParse(termsSchema, data);
	if (!result.success) throw new Error(`Invalid glossary terms: ${summarize(result.issues)}`);
	return result.output as GlossaryTerm[];
}

/** Validates one locale's words and joins them to the terms; every term needs words, and no spelling two terms. */
export function parseGlossaryText(
	terms: readonly GlossaryTerm[],
	locale: string,
	data: unknown
): GlossaryEntry[] {
	const result = v.safeParse(localeTextSchema, data);
	if (!result.success) {
		throw new Error(`Invalid ${locale} glossary: ${summarize(result.issues)}`);
	}
	const words = result.output;
	const missing = terms.filter((t) => !Object.hasOwn(words, t.id)).map((t) => t.id);
	const extra = Object.keys(words).filter((id) => !terms.some((t) => t.id === id));
	if (missing.length || extra.length) {
		throw new Error(
			`The ${locale} glossary must define exactly the terms in terms.ts` +
				(missing.length ? `; missing: ${missing.join(', ')}` : '') +
				(extra.length ? `; unknown: ${extra.join(', ')}` : '')
		);
	}
	// A name is said once: in the term list where every language shares it, in each locale where it differs.
	const unnamed = terms.filter((t) => !t.term && !words[t.id]!.term).map((t) => t.id);
	const namedTwice = terms.filter((t) => t.term && words[t.id]!.term).map((t) => t.id);
	const aliasedTwice = terms
		.filter((t) => words[t.id]!.aliases?.some((a) => t.aliases?.includes(a)))
		.map((t) => t.id);
	if (unnamed.length || namedTwice.length || aliasedTwice.length) {
		throw new Error(
			`The ${locale} glossary must name each term once` +
				(unnamed.length ? `; no name: ${unnamed.join(', ')}` : '') +
				(namedTwice.length ? `; named in terms.ts already: ${namedTwice.join(', ')}` : '') +
				(aliasedTwice.length ? `; spellings in terms.ts already: ${aliasedTwice.join(', ')}` : '')
		);
	}
	const entries = entriesOf(terms, words);
	const shared = sharedPhrases(entries);
	if (shared.size) {
		const list = [...shared].map(([phrase, ids]) => `"${phrase}" (${ids.join(', ')})`);
		throw new Error(
			`The ${locale} glossary links one spelling to several terms: ${list.join('; ')}`
		);
	}
	return entries;
}
