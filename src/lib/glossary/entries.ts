/**
 * The terms joined to one locale's words: what parseGlossaryText returns once it has checked the words, and what
 * the browser builds from the words the build checked (see catalog.ts). No schema here, so the browser can join
 * without loading one.
 */
import type { GlossaryEntry, GlossaryTerm, TermText } from './types';

/**
 * Every term with its words, in the order of the term list: its name from the list or the locale, the list's
 * spellings and the locale's. `words` must hold every term, and each term must have a name (checked first).
 */
export function entriesOf(
	terms: readonly GlossaryTerm[],
	words: Readonly<Record<string, TermText>>
): GlossaryEntry[] {
	return terms.map((t) => {
		const w = words[t.id]!;
		return {
			...t,
			term: w.term ?? t.term ?? t.id,
			aliases: [...(t.aliases ?? []), ...(w.aliases ?? [])],
			definition: w.definition
		};
	});
}
