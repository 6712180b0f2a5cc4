/**
 * Finds glossary terms in a plain narration text and splits it into segments, so a component can render the
 * terms as links without ever treating the text as HTML.
 *
 * Rules: a spelling matches only as a whole word (no letter, digit or underscore right before or after it); a
 * spelling with a capital in it (VMBus, StorVSC, Quick Migration) matches only with exactly that case, an
 * all-lowercase one (hypercall, ring buffer) in any case, so it also matches at the start of a sentence; at each
 * position the longest spelling wins ("hypercall page" before "hypercall"); and each term is linked only the first
 * time it occurs. A later occurrence of an already linked term stays plain text, including its whole span: the
 * second "hypercall page" does not turn into a link for "hypercall".
 */

/** A piece of the text: plain, or the occurrence of a term (`termId`). */
export type Segment = { text: string } | { text: string; termId: string };

/** What the linker needs of a glossary entry; `GlossaryEntry` fits. */
export interface LinkableTerm {
	id: string;
	term: string;
	aliases?: readonly string[];
}

interface Phrase {
	text: string;
	lower: string;
	termId: string;
	caseSensitive: boolean;
	/** Whether the phrase starts / ends with a word character, so the text must not continue the word there. */
	wordStart: boolean;
	wordEnd: boolean;
}

/** Phrases by their lowercased first character, longest first. */
type Index = Map<string, Phrase[]>;

const wordChar = /[\p{L}\p{N}_]/u;
const upper = /\p{Lu}/u;
const isWordChar = (c: string | undefined) => c !== undefined && wordChar.test(c);

// Narration of one page is linked against the same list again and again; build its index once.
const indexes = new WeakMap<readonly LinkableTerm[], Index>();

function indexOf(terms: readonly LinkableTerm[]): Index {
	let index = indexes.get(terms);
	if (index) return index;
	index = new Map();
	for (const term of terms) {
		for (const text of [term.term, ...(term.aliases ?? [])]) {
			if (!text) continue;
			const phrase: Phrase = {
				text,
				lower: text.toLowerCase(),
				termId: term.id,
				caseSensitive: upper.test(text),
				wordStart: isWordChar(text[0]),
				wordEnd: isWordChar(text.at(-1))
			};
			const key = phrase.lower[0]!;
			index.set(key, [...(index.get(key) ?? []), phrase]);
		}
	}
	for (const list of index.values()) list.sort((a, b) => b.text.length - a.text.length);
	indexes.set(terms, index);
	return index;
}

function matchAt(text: string, at: number, index: Index): Phrase | undefined {
	const candidates = index.get(text[at]!.toLowerCase());
	return candidates?.find((p) => {
		const end = at + p.text.length;
		if (end > text.length) return false;
		const found = text.slice(at, end);
		if (p.caseSensitive ? found !== p.text : found.toLowerCase() !== p.lower) return false;
		if (p.wordStart && isWordChar(text[at - 1])) return false;
		return !(p.wordEnd && isWordChar(text[end]));
	});
}

/** Splits `text` into plain and term segments; joined, the segments' texts give back `text` unchanged. */
export function linkTerms(text: string, terms: readonly LinkableTerm[]): Segment[] {
	const index = indexOf(terms);
	const linked = new Set<string>();
	const segments: Segment[] = [];
	let plainFrom = 0;
	let at = 0;
	while (at < text.length) {
		const phrase = matchAt(text, at, index);
		if (!phrase) {
			at++;
			continue;
		}
		const end = at + phrase.text.length;
		if (!linked.has(phrase.termId)) {
			linked.add(phrase.termId);
			if (at > plainFrom) segments.push({ text: text.slice(plainFrom, at) });
			segments.push({ text: text.slice(at, end), termId: phrase.termId });
			plainFrom = end;
		}
		at = end;
	}
	if (plainFrom < text.length) segments.push({ text: text.slice(plainFrom) });
	return segments;
}
