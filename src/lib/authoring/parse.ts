/**
 * Reads a trainer's lesson file: size, JSON, shape (no prototype keys, no runaway nesting), the schema, the
 * narration against the steps, and finally the model itself: every step's events are replayed on its machine,
 * exactly as the lesson player will. Every problem becomes an AuthorError with a path; nothing is executed
 * and nothing is stored here.
 */
import * as v from 'valibot';
import { checkMessages, narrationGaps } from '$lib/lessons/schema';
import type { LessonNarration, LessonScript, LessonStep } from '$lib/lessons/types';
import { eventTypesOf, inputSchemas } from '$lib/model/machines';
import type { MachineId } from '$lib/model/machine-ids';
import { replaySteps, ReplayError, stepRuns, type MachineRun } from '$lib/model/run';
import { jsonErrorAt } from './json-position';
import { formatPath, shown, type AuthorError, type ValueKind } from './errors';
import {
	authoredLessonSchema,
	authoredLocales,
	limits,
	noLanguageMessage,
	noQuestionsMessage,
	type AuthoredFile,
	type AuthoredLocale
} from './schema';

/** A lesson read from a file, ready for the lesson player. */
export interface AuthoredLesson {
	script: LessonScript;
	/** Words per locale; at least one is there. */
	narration: Partial<Record<AuthoredLocale, LessonNarration>>;
	/** The locales the file narrates, in the order of authoredLocales. */
	locales: AuthoredLocale[];
}

export type ParseResult =
	{ ok: true; lesson: AuthoredLesson } | { ok: false; errors: AuthorError[] };

/** At most this many errors are listed: a wrong file can have thousands, and the first ones say enough. */
const maxErrors = 50;
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

const fail = (...errors: AuthorError[]): ParseResult => ({
	ok: false,
	errors: errors.slice(0, maxErrors)
});
const error = (
	path: string,
	code: AuthorError['code'],
	values: AuthorError['values'] = {}
): AuthorError => ({ path, code, values });

/** Reads the text of a lesson file. */
export function parseAuthoredLesson(text: string): ParseResult {
	const bytes =
		text.length > limits.fileBytes ? text.length : new TextEncoder().encode(text).length;
	if (bytes > limits.fileBytes) return fail(error('', 'too_large', { max: limits.fileBytes }));
	const source = text.replace(/^\uFEFF/, '');

	// Nesting is measured before parsing, so a file of a million brackets cannot exhaust the stack.
	const depth = nestingOf(source);
	if (depth > limits.depth) return fail(error('', 'too_deep', { max: limits.depth }));

	let data: unknown;
	try {
		data = JSON.parse(source);
	} catch {
		return fail(error('', 'not_json', source.trim() ? jsonErrorAt(source) : {}));
	}
	if (kindOf(data) !== 'object') {
		return fail(error('', 'not_object', { received: kindOf(data) }));
	}

	const shapeErrors = checkShape(data, []);
	if (shapeErrors.length) return fail(...shapeErrors);

	const parsed = v.safeParse(authoredLessonSchema, data);
	if (!parsed.success) return fail(...parsed.issues.map((issue) => fromIssue(issue)));
	return checkLesson(parsed.output);
}

/** The deepest nesting of objects and lists in a JSON text, not counting brackets inside strings. */
function nestingOf(text: string): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
		else if (c === '}' || c === ']') depth--;
	}
	return deepest;
}

export function kindOf(value: unknown): ValueKind {
	if (value === null) return 'null';
	if (value === undefined) return 'nothing';
	if (Array.isArray(value)) return 'list';
	switch (typeof value) {
		case 'string':
			return 'text';
		case 'number':
			return 'number';
		case 'boolean':
			return 'boolean';
		default:
			return 'object';
	}
}

/** Refuses prototype keys, overlong texts and huge lists anywhere in the file, before any schema runs. */
function checkShape(value: unknown, path: (string | number)[]): AuthorError[] {
	const errors: AuthorError[] = [];
	const visit = (node: unknown, at: (string | number)[]) => {
		if (errors.length >= maxErrors) return;
		if (typeof node === 'string') {
			if (node.length > limits.textLength) {
				errors.push(error(formatPath(at), 'text_too_long', { max: limits.textLength }));
			}
		} else if (Array.isArray(node)) {
			if (node.length > limits.items) {
				errors.push(error(formatPath(at), 'too_many_items', { max: limits.items }));
				return;
			}
			node.forEach((item, i) => visit(item, [...at, i]));
		} else if (node !== null && typeof node === 'object') {
			const keys = Object.keys(node);
			if (keys.length > limits.items) {
				errors.push(error(formatPath(at), 'too_many_items', { max: limits.items }));
				return;
			}
			for (const key of keys) {
				if (forbiddenKeys.has(key)) {
					errors.push(error(formatPath([...at, key]), 'forbidden_key', { key }));
				} else visit((node as Record<string, unknown>)[key], [...at, key]);
			}
		}
	};
	visit(value, path);
	return errors;
}

const valueKinds: Record<string, ValueKind> = {
	string: 'text',
	number: 'number',
	boolean: 'boolean',
	array: 'list',
	object: 'object',
	strict_object: 'object',
	record: 'object'
};

const checkCodes: Record<string, AuthorError['code']> = {
	[checkMessages.sourceKey]: 'unknown_source',
	[checkMessages.machineId]: 'unknown_machine',
	[checkMessages.stepIdsUnique]: 'duplicate_step',
	[checkMessages.sentences]: 'too_many_sentences',
	[noLanguageMessage]: 'no_language',
	[noQuestionsMessage]: 'no_questions'
};

/** One valibot issue as an AuthorError; `prefix` is where the validated value sits in the file. */
function fromIssue(issue: v.BaseIssue<unknown>, prefix: (string | number)[] = []): AuthorError {
	const segments = [...prefix, ...(issue.path ?? []).map((item) => item.key as string | number)];
	const path = formatPath(segments);
	const received = kindOf(issue.input);
	if (issue.kind === 'schema') {
		if (issue.input === undefined && issue.type !== 'undefined') return error(path, 'missing');
		if (issue.type === 'strict_object' && issue.expected === 'never') {
			return error(path, 'unknown_field', { field: String(segments.at(-1)) });
		}
		if (issue.type in valueKinds) {
			return error(path, 'wrong_type', { expected: valueKinds[issue.type]!, received });
		}
		if (issue.type === 'undefined') return error(path, 'no_input');
		return error(path, 'not_allowed', { allowed: issue.expected ?? '', value: shown(issue.input) });
	}
	const checked = checkCodes[issue.message];
	if (checked) return error(path, checked, { value: shown(issue.input) });
	const requirement = (issue as { requirement?: unknown }).requirement;
	const count = typeof requirement === 'number' ? requirement : 0;
	switch (issue.type) {
		case 'min_length':
			return received === 'text' ? error(path, 'empty') : error(path, 'too_few', { min: count });
		case 'non_empty':
			return error(path, 'empty');
		case 'max_length':
		case 'max_entries':
			return received === 'text'
				? error(path, 'too_long', { max: count })
				: error(path, 'too_many', { max: count });
		case 'min_value':
			return error(path, 'too_small', { min: count });
		case 'max_value':
			return error(path, 'too_big', { max: count });
		case 'integer':
			return error(path, 'not_integer');
		case 'regex':
			return error(path, 'not_slug', { value: shown(issue.input) });
	}
	return error(path, 'invalid', { detail: issue.message });
}

/** The lesson's runs, step by step (model/run.ts), with the path of each run's input in the file. */
function runsOf(file: AuthoredFile) {
	const first = { machine: file.machine as MachineId, input: file.input };
	return stepRuns(first, file.steps).map(({ run, startedBy }) => ({
		machine: run.machine as MachineId,
		input: run.input,
		at: startedBy === undefined ? ['input'] : ['steps', startedBy, 'run', 'input']
	}));
}

/** Checks what the schema cannot: narration against steps, inputs and events against machines, replay. */
function checkLesson(file: AuthoredFile): ParseResult {
	const errors: AuthorError[] = [];
	const script: LessonScript = {
		id: file.id,
		// Authored lessons are not listed on the home page: group and order are placeholders.
		sequence: 'foundations',
		order: 0,
		machine: file.machine as MachineId,
		input: file.input,
		minutes: file.minutes,
		steps: file.steps as LessonStep[],
		questions: []
	} as LessonScript;

	const locales = authoredLocales.filter((l) => file.narration[l] !== undefined);
	const narration: Partial<Record<AuthoredLocale, LessonNarration>> = {};
	for (const locale of locales) {
		const words = { ...file.narration[locale]!, questions: {} };
		const { missing, extra } = narrationGaps(script, words);
		for (const step of missing) {
			errors.push(error(formatPath(['narration', locale, 'steps']), 'narration_missing', { step }));
		}
		for (const step of extra) {
			errors.push(
				error(formatPath(['narration', locale, 'steps', step]), 'narration_unknown', { step })
			);
		}
		narration[locale] = words;
	}

	const runs = runsOf(file);
	const checkedInputs = new Set<string>();
	for (const [i, step] of file.steps.entries()) {
		const run = runs[i]!;
		const at = formatPath(run.at);
		if (!checkedInputs.has(at)) {
			checkedInputs.add(at);
			const result = v.safeParse(inputSchemas[run.machine], run.input);
			if (!result.success) errors.push(...result.issues.map((issue) => fromIssue(issue, run.at)));
		}
		const known = new Set(eventTypesOf(run.machine));
		step.events.forEach((event, j) => {
			if (!known.has(event)) {
				errors.push(
					error(formatPath(['steps', i, 'events', j]), 'unknown_event', {
						event: shown(event),
						machine: run.machine
					})
				);
			}
		});
	}
	if (errors.length) return fail(...errors);

	const refused = replayAll(script);
	if (refused) return fail(refused);
	return { ok: true, lesson: { script, narration, locales } };
}

/**
 * Replays every step as the player will, with the player's own engine (model/run.ts); the first event a
 * machine does not accept is the error.
 */
function replayAll(script: LessonScript): AuthorError | undefined {
	try {
		const first = { machine: script.machine, input: script.input } as MachineRun;
		replaySteps(first, script.steps, (i) => `Step ${i + 1}`);
	} catch (e) {
		if (e instanceof ReplayError && e.refusal) {
			const { step, event, type, state } = e.refusal;
			return error(formatPath(['steps', step, 'events', event]), 'not_accepted', {
				event: type,
				state: shown(state, 120)
			});
		}
		return error('steps', 'invalid', { detail: e instanceof Error ? e.message : String(e) });
	}
	return undefined;
}
