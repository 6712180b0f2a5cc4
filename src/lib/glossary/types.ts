/**
 * The glossary's shapes. Structure (which diagram box, which sources) is shared by every locale and lives in
 * `src/content/glossary/terms.ts`; the words live in one file per locale beside it.
 */
import type { SourceKey } from '$lib/architecture/sources';
import type { ComponentId } from '$lib/architecture/topology';

/** One term's structure, the same in every locale. */
export interface GlossaryTerm {
	/** Slug; also the anchor on the glossary page (`/glossary/#<id>`). */
	id: string;
	/** The diagram box the term is bound to, if it has one ("show in the diagram"). */
	node?: ComponentId;
	/** Keys into `sources.ts`: where the definition's facts come from. */
	sources: SourceKey[];
	/** The name, where it is the same in every language; otherwise each locale's `term`. */
	term?: string;
	/** Spellings that link to the term in every language (full names, file names). */
	aliases?: string[];
}

/** One term's words in one locale. */
export interface TermText {
	/**
	 * The name shown as the entry's heading, where the language has its own; otherwise the term list's. Also
	 * linked in narration, like the aliases.
	 */
	term?: string;
	/** This language's other spellings that should link to the term in narration: plurals, translations. */
	aliases?: string[];
	/** One to three plain sentences. */
	definition: string;
}

/** A term with its words in one locale: what the glossary page lists and narration links to. */
export interface GlossaryEntry extends GlossaryTerm, TermText {
	term: string;
	/** Every spelling but the name: the term list's, then the locale's. */
	aliases: string[];
}

/** Every term in one locale, sorted alphabetically for that locale. */
export type Glossary = readonly GlossaryEntry[];
