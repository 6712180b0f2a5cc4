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
}

/** One term's words in one locale. */
export interface TermText {
	/** The name shown as the entry's heading. Also linked in narration, like the aliases. */
	term: string;
	/** Other spellings that should link to the term in narration: plurals, full names, file names. */
	aliases?: string[];
	/** One to three plain sentences. */
	definition: string;
}

/** A term with its words in one locale: what the glossary page lists and narration links to. */
export interface GlossaryEntry extends GlossaryTerm, TermText {
	aliases: string[];
}

/** Every term in one locale, sorted alphabetically for that locale. */
export type Glossary = readonly GlossaryEntry[];
