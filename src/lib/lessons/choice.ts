/**
 * A multiple-choice question in one line of a lesson script: its id, its option ids in one string with the
 * answer marked by a star, and its sources. `choice('why', 'slow *round-trip copy', ['S14'])` is the plain
 * object `{ id: 'why', kind: 'choice', options: ['slow', 'round-trip', 'copy'], answer: 'round-trip',
 * sources: ['S14'] }`, which a script may also write out; either way the lesson schema checks it (schema.ts).
 * The answer is written once, where it stands among the options; their order is kept (the quiz shuffles them
 * per question, quiz.ts). Options whose words are the same in every language have them in `labels`.
 */
import type { ChoiceQuestion } from './types';

/** `S` if exactly one of its words is starred; otherwise what is wrong, as the type error. */
type OneStarred<S extends string> = S extends `${string}*${infer Rest}`
	? Rest extends `${string}*${string}`
		? 'star only the answer'
		: S
	: 'star the answer';

/** `labels`: the words of the options that are the same in every language (`{ 'gb-4': '4 GB' }`). */
export function choice<const S extends string>(
	id: string,
	options: OneStarred<S>,
	sources: ChoiceQuestion['sources'],
	labels?: ChoiceQuestion['labels']
): ChoiceQuestion {
	const words = options.split(/\s+/).filter(Boolean);
	const starred = words.filter((word) => word.startsWith('*'));
	// The type allows only one star; this catches a script that is not type-checked.
	if (starred.length !== 1) {
		throw new Error(`Question ${id}: star exactly one option as the answer, not ${starred.length}`);
	}
	return {
		id,
		kind: 'choice',
		options: words.map((word) => word.replace(/^\*/, '')),
		answer: starred[0]!.slice(1),
		sources,
		...(labels ? { labels } : {})
	};
}
