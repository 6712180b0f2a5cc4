/**
 * What the content schemas (lessons, glossary) share about text: how many sentences a text has, and a failed
 * parse said in one line. Here, not in one of them, so neither content folder leans on the other.
 */
import * as v from 'valibot';

// Abbreviations whose full stop does not end a sentence, in both languages.
const abbreviations = /\b(?:e\.g|i\.e|vs|etc|approx|bijv|o\.a|d\.w\.z|m\.a\.w|ca|nl|resp)\.$/i;

/** Sentences in a plain text: a full stop, question or exclamation mark followed by space or the end. */
export function sentenceCount(value: string): number {
	let count = 0;
	const ends = value.trim().matchAll(/[.!?]+(?=\s|$)/g);
	for (const end of ends) {
		const before = value.slice(0, end.index + 1);
		if (!abbreviations.test(before)) count++;
	}
	return Math.max(count, 1);
}

/** Valibot's issues in one line, each with the path it concerns: for a build that stops on bad content. */
export function summarize(issues: v.BaseIssue<unknown>[]): string {
	return issues
		.map((issue) => {
			const path = v.getDotPath(issue);
			return path ? `${path}: ${issue.message}` : issue.message;
		})
		.join('; ');
}
