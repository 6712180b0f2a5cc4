/**
 * The "About the sources" page: which sections it has, in which order, and the sources each paragraph rests on.
 * The words are in `en.ts` and `nl.ts`, keyed by these ids, so a section without a translation is a type error.
 */
import type { SourceKey } from '$lib/architecture/sources';

export const aboutSections = {
	/** Which article, who wrote it, when, and where its English original is. */
	article: [['S31'], ['S31', 'S14', 'S27']],
	/** Why the course starts from it, and how it corrects it. */
	why: [['S31'], ['S1', 'S18', 'S18c', 'S10', 'S14', 'S28']],
	/** The fact sheets and the source keys. */
	facts: [[], []],
	/** What [H], [M] and [L] mean, and how the app shows estimates. */
	confidence: [[], []]
} as const satisfies Record<string, readonly (readonly SourceKey[])[]>;

export type AboutSectionId = keyof typeof aboutSections;

/** One section's words: a heading and one text per paragraph, in the order of `aboutSections`. */
export interface AboutSectionText {
	heading: string;
	paragraphs: readonly string[];
}

export interface AboutText {
	title: string;
	intro: string;
	sections: Record<AboutSectionId, AboutSectionText>;
	/** The labels of the confidence list, [H], [M] and [L]. */
	confidence: { H: string; M: string; L: string };
	sourcesHeading: string;
	sourcesIntro: string;
}
