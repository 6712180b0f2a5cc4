/**
 * What can be wrong with a lesson file, as data: a path into the file, a code and the values the explanation
 * needs. explain.ts turns one into a sentence in the UI language; nothing here is ever shown as HTML.
 */
export type AuthorErrorCode =
	| 'too_large'
	| 'not_json'
	| 'not_object'
	| 'too_deep'
	| 'forbidden_key'
	| 'text_too_long'
	| 'too_many_items'
	| 'missing'
	| 'wrong_type'
	| 'unknown_field'
	| 'not_allowed'
	| 'too_few'
	| 'too_many'
	| 'empty'
	| 'too_long'
	| 'too_small'
	| 'too_big'
	| 'not_integer'
	| 'not_slug'
	| 'unknown_source'
	| 'unknown_machine'
	| 'duplicate_step'
	| 'too_many_sentences'
	| 'no_language'
	| 'no_questions'
	| 'no_input'
	| 'narration_missing'
	| 'narration_unknown'
	| 'unknown_event'
	| 'not_accepted'
	| 'invalid'
	| 'storage_full'
	| 'too_many_lessons';

export interface AuthorError {
	/** Where in the file, like `steps[2].events[0]`; empty for the file as a whole. */
	path: string;
	code: AuthorErrorCode;
	values: Record<string, string | number>;
	/** The valid values nearest to the wrong one, best first ("did you mean …?"); see suggest.ts. */
	suggestions?: string[];
	/** Every value valid at this point (the events a machine accepts there, the source keys…). */
	valid?: string[];
}

/** JSON value kinds, named in explanations. */
export type ValueKind = 'text' | 'number' | 'boolean' | 'list' | 'object' | 'null' | 'nothing';

/** Readable path from path segments: keys joined by dots, list positions in brackets. */
export function formatPath(segments: readonly (string | number)[]): string {
	let path = '';
	for (const segment of segments) {
		if (typeof segment === 'number') path += `[${segment}]`;
		else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) path += path ? `.${segment}` : segment;
		else path += `[${JSON.stringify(segment)}]`;
	}
	return path;
}

/**
 * A value shown inside an explanation, cut short: it comes from the file and may be long. A text that is empty or
 * starts or ends with a space is shown in quotes, or the sentence would begin with nothing to point at.
 */
export function shown(value: unknown, max = 60): string {
	const text =
		typeof value === 'string' && value !== '' && value.trim() === value
			? value
			: (JSON.stringify(value) ?? String(value));
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
