/** An AuthorError in plain words, in the UI language. */
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { AuthorError, AuthorErrorCode, ValueKind } from './errors';

type Values = AuthorError['values'];
type Options = { locale?: Locale };

const kindWords: Record<ValueKind, (o: Options) => string> = {
	text: (o) => m.author_kind_text({}, o),
	number: (o) => m.author_kind_number({}, o),
	boolean: (o) => m.author_kind_boolean({}, o),
	list: (o) => m.author_kind_list({}, o),
	object: (o) => m.author_kind_object({}, o),
	null: (o) => m.author_kind_null({}, o),
	nothing: (o) => m.author_kind_nothing({}, o)
};
const kind = (value: unknown, o: Options) =>
	kindWords[value as ValueKind]?.(o) ?? String(value ?? '');

const explanations: Record<AuthorErrorCode, (v: Values, o: Options) => string> = {
	too_large: (v, o) => m.author_err_too_large({ max: v.max! }, o),
	not_json: (v, o) =>
		v.line !== undefined
			? m.author_err_not_json_at({ line: v.line, column: v.column! }, o)
			: m.author_err_not_json({}, o),
	not_object: (v, o) => m.author_err_not_object({ received: kind(v.received, o) }, o),
	too_deep: (v, o) => m.author_err_too_deep({ max: v.max! }, o),
	forbidden_key: (v, o) => m.author_err_forbidden_key({ key: v.key! }, o),
	text_too_long: (v, o) => m.author_err_text_too_long({ max: v.max! }, o),
	too_many_items: (v, o) => m.author_err_too_many_items({ max: v.max! }, o),
	missing: (_, o) => m.author_err_missing({}, o),
	wrong_type: (v, o) =>
		m.author_err_wrong_type({ expected: kind(v.expected, o), received: kind(v.received, o) }, o),
	unknown_field: (v, o) => m.author_err_unknown_field({ field: v.field! }, o),
	not_allowed: (v, o) => m.author_err_not_allowed({ value: v.value ?? '', allowed: v.allowed! }, o),
	too_few: (v, o) => m.author_err_too_few({ min: v.min! }, o),
	too_many: (v, o) => m.author_err_too_many({ max: v.max! }, o),
	empty: (_, o) => m.author_err_empty({}, o),
	too_long: (v, o) => m.author_err_too_long({ max: v.max! }, o),
	too_small: (v, o) => m.author_err_too_small({ min: v.min! }, o),
	too_big: (v, o) => m.author_err_too_big({ max: v.max! }, o),
	not_integer: (_, o) => m.author_err_not_integer({}, o),
	not_slug: (v, o) => m.author_err_not_slug({ value: v.value! }, o),
	unknown_source: (v, o) => m.author_err_unknown_source({ value: v.value! }, o),
	unknown_machine: (v, o) => m.author_err_unknown_machine({ value: v.value! }, o),
	duplicate_step: (_, o) => m.author_err_duplicate_step({}, o),
	too_many_sentences: (_, o) => m.author_err_too_many_sentences({}, o),
	no_language: (_, o) => m.author_err_no_language({}, o),
	no_questions: (_, o) => m.author_err_no_questions({}, o),
	no_input: (_, o) => m.author_err_no_input({}, o),
	narration_missing: (v, o) => m.author_err_narration_missing({ step: v.step! }, o),
	narration_unknown: (v, o) => m.author_err_narration_unknown({ step: v.step! }, o),
	unknown_event: (v, o) => m.author_err_unknown_event({ machine: v.machine!, event: v.event! }, o),
	not_accepted: (v, o) => m.author_err_not_accepted({ state: v.state!, event: v.event! }, o),
	invalid: (v, o) => m.author_err_invalid({ detail: v.detail! }, o),
	storage_full: (_, o) => m.author_err_storage_full({}, o),
	too_many_lessons: (v, o) => m.author_err_too_many_lessons({ max: v.max! }, o)
};

/** "Did you mean `a`, `b` or `c`?" for an error with suggestions; empty without. */
export function suggestionOf(error: AuthorError, locale?: Locale): string {
	const o = locale ? { locale } : {};
	const names = (error.suggestions ?? []).map((s) => `\`${s}\``);
	if (!names.length) return '';
	const last = names.pop()!;
	const joined = names.length ? `${names.join(', ')} ${m.author_or({}, o)} ${last}` : last;
	return m.author_did_you_mean({ suggestions: joined }, o);
}

/** The error in a sentence, in `locale` (default: the page's), with its suggestions if it has any. */
export function explain(error: AuthorError, locale?: Locale): string {
	const o = locale ? { locale } : {};
	const suggestion = suggestionOf(error, locale);
	const sentence = explanations[error.code](error.values, o);
	return suggestion ? `${sentence} ${suggestion}` : sentence;
}
