/**
 * Reads a trainer's lesson file: size, JSON, shape (no prototype keys, no runaway nesting), the schema, the
 * narration against the steps, and finally the model itself: every step's events are replayed on its machine,
 * exactly as the lesson player will. Every problem becomes an AuthorError with a path; nothing is executed
 * and nothing is stored here.
 */
import * as v from 'valibot';
import { checkMessages, narrationGaps } from '$lib/lessons/schema';
import { buildTimeline } from '$lib/lessons/timeline';
import type { LessonNarration, LessonScript, LessonStep } from '$lib/lessons/types';
import { eventTypesOf, inputSchemas } from '$lib/model/machines';
import { attemptSteps, stepRuns, type LooseRun } from '$lib/model/run';
import type { MachineId } from '$lib/model/machine-ids';
import { jsonErrorAt } from './json-position';
import { acceptedEvents } from './accepts';
import { lenientOf, type LenientFile } from './lenient';
import { withSuggestions } from './suggest';
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
	errors: errors.slice(0, maxErrors).map(withSuggestions)
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

	// Everything below is checked in one pass: the trainer sees every problem at once, not one round at a time.
	// Only a forbidden key or a runaway list stops it here: nothing more is read of such a file.
	const shapeErrors = checkShape(data, []);
	if (shapeErrors.some((e) => e.code !== 'text_too_long')) return fail(...shapeErrors);

	const parsed = v.safeParse(authoredLessonSchema, data);
	const schemaErrors = parsed.success ? [] : parsed.issues.map((issue) => fromIssue(issue));
	const modelErrors = checkModel(lenientOf(data as Record<string, unknown>));
	const errors = [...shapeErrors, ...schemaErrors, ...modelErrors];
	if (errors.length || !parsed.success) return fail(...errors);
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

/** The lesson's runs, step by step (model/run.ts `stepRuns`): the run each step plays on, with the path of its input. */
function runsOf(file: LenientFile) {
	return stepRuns<LooseRun>(file, file.steps).map(({ run, startedBy, fresh }) => ({
		...run,
		fresh,
		at: startedBy === undefined ? ['input'] : ['steps', startedBy, 'run', 'input']
	}));
}
type Runs = ReturnType<typeof runsOf>;

/**
 * Checks what the schema cannot, on whatever of the file has the right shape: narration against steps, inputs
 * and events against machines, then the replay of every run whose input and events are known to be right.
 */
function checkModel(file: LenientFile): AuthorError[] {
	const errors: AuthorError[] = [];
	const stepIds = file.steps.flatMap((s) => (s.id === undefined ? [] : [{ id: s.id }]));
	for (const [locale, narrated] of Object.entries(file.narratedSteps)) {
		const words = { steps: Object.fromEntries(narrated.map((id) => [id, {}])) };
		const { missing, extra } = narrationGaps(
			{ steps: stepIds as LessonStep[], questions: [] },
			words as unknown as Pick<LessonNarration, 'steps'>
		);
		for (const step of missing) {
			errors.push(error(formatPath(['narration', locale, 'steps']), 'narration_missing', { step }));
		}
		for (const step of extra) {
			errors.push(
				error(formatPath(['narration', locale, 'steps', step]), 'narration_unknown', { step })
			);
		}
	}

	const runs = runsOf(file);
	// A run is replayed only if its machine, input and every event are right; otherwise its refusals would
	// only repeat what is reported here.
	const unplayable = new Set<string>();
	const checkedInputs = new Set<string>();
	for (const [i, step] of file.steps.entries()) {
		const run = runs[i]!;
		const at = formatPath(run.at);
		if (!run.machine) {
			unplayable.add(at);
			continue;
		}
		if (!checkedInputs.has(at)) {
			checkedInputs.add(at);
			const result = v.safeParse(inputSchemas[run.machine], run.input);
			if (!result.success) {
				errors.push(...result.issues.map((issue) => fromIssue(issue, run.at)));
				unplayable.add(at);
			}
		}
		const known = eventTypesOf(run.machine);
		step.events.forEach((event, j) => {
			if (typeof event !== 'string') unplayable.add(at);
			else if (!known.includes(event)) {
				unplayable.add(at);
				errors.push({
					...error(formatPath(['steps', i, 'events', j]), 'unknown_event', {
						event: shown(event),
						machine: run.machine!
					}),
					valid: [...known]
				});
			}
		});
	}
	return [...errors, ...replayAll(file, runs, unplayable)];
}

/** The lesson for the player, from a file that passed every check. */
function checkLesson(file: AuthoredFile): ParseResult {
	const script: LessonScript = {
		id: file.id,
		// Listed on the home page as the trainer's own, after the built-in lessons.
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
	for (const locale of locales) narration[locale] = { ...file.narration[locale]!, questions: {} };
	try {
		// The player's own timeline, built once here so a lesson that loads is one that plays.
		buildTimeline(script);
	} catch (e) {
		return fail(error('steps', 'invalid', { detail: e instanceof Error ? e.message : String(e) }));
	}
	return { ok: true, lesson: { script, narration, locales } };
}

/**
 * Replays every step as the player will (model/run.ts `attemptSteps`). The first event a run's machine does not
 * accept is an error, with the events it would accept there; the rest of that run is not replayed (its state is
 * already off), later runs are.
 */
function replayAll(file: LenientFile, runs: Runs, unplayable: Set<string>): AuthorError[] {
	const skip = (startedBy: number | undefined) =>
		unplayable.has(formatPath(runs[startedBy ?? 0]!.at));
	return attemptSteps(file, file.steps, skip).flatMap(({ run, refused, failed }, i) => {
		if (failed) return [error('steps', 'invalid', { detail: failed })];
		if (!refused || !run.machine) return [];
		return [
			{
				...error(formatPath(['steps', i, 'events', refused.event]), 'not_accepted', {
					event: refused.type,
					state: shown(refused.snapshot.value, 120)
				}),
				valid: acceptedEvents(run.machine, refused.snapshot)
			}
		];
	});
}
