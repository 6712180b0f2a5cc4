/** How a quiz shows its questions. (Where a hop question's answer comes from: answers.ts.) */
import type { ChoiceQuestion } from './types';

/**
 * The order a choice question shows its options in: shuffled, so the right answer is not wherever an author
 * happened to write it (usually first), but stable per question, so a class and its trainer see the same order.
 */
export function displayOrder(options: readonly string[], questionId: string): string[] {
	// FNV-1a of the id seeds a small linear congruential generator for a Fisher-Yates shuffle.
	let seed = 0x811c9dc5;
	for (const char of questionId) seed = Math.imul(seed ^ char.charCodeAt(0), 0x01000193) >>> 0;
	const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
	const order = [...options];
	for (let i = order.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	return order;
}

/**
 * The words of a choice question's options in the reader's language: the script's where they are the same in
 * every language (`labels`), the narration's otherwise; the id, should neither have them.
 */
export function optionWords(
	question: Pick<ChoiceQuestion, 'options' | 'labels'>,
	words: { options?: Record<string, string> } | undefined
): Record<string, string> {
	return Object.fromEntries(
		question.options.map((o) => [o, question.labels?.[o] ?? words?.options?.[o] ?? o])
	);
}
