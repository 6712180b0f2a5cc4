/**
 * The lesson file a trainer writes: the same script and narration as a built-in lesson, in one JSON object,
 * validated by the same schemas (from $lib/lessons/schema) with stricter objects, so a misspelt field is
 * reported instead of ignored. /lesson.schema.json is generated from this (json-schema.ts).
 */
import * as v from 'valibot';
import { checkMessages, machineId, narrationSchema, run, stepSchema } from '$lib/lessons/schema';
import { locales } from '$lib/paraglide/runtime';

/** Limits that keep a file from filling the browser's storage or stalling the page. */
export const limits = {
	/** Bytes in a file. */
	fileBytes: 1024 * 1024,
	/** Objects and lists inside each other. */
	depth: 12,
	/** Characters in any one text. */
	textLength: 2000,
	/** Items in any one list or fields in any one object. */
	items: 200,
	/** Steps in a lesson. */
	steps: 40,
	/** Lessons kept in the browser at once. */
	stored: 20
} as const;

export const noLanguageMessage = 'narrate the lesson in at least one language';
export const noQuestionsMessage = 'authored lessons have no knowledge check';

// Built-in lessons must carry speaker notes on every step; a trainer's own file may leave them out (the speaker
// view then says there are none).
const builtInStep = narrationSchema.entries.steps.value.entries;
const stepNarration = v.strictObject({ ...builtInStep, notes: v.optional(builtInStep.notes) });

const authoredNarration = v.strictObject({
	...narrationSchema.entries,
	steps: v.record(v.string(), stepNarration),
	// Authored lessons have no knowledge check (yet): question words are allowed only as an empty object.
	questions: v.optional(
		v.pipe(v.record(v.string(), v.unknown()), v.maxEntries(0, noQuestionsMessage))
	)
});

/** The locales a file may narrate in (the site's, from project.inlang); at least one of them. */
export const authoredLocales = locales;
export type AuthoredLocale = (typeof authoredLocales)[number];

export const authoredLessonSchema = v.pipe(
	v.strictObject({
		/** Lets an editor find the JSON Schema; not used otherwise. */
		$schema: v.optional(v.string()),
		id: stepSchema.entries.id,
		machine: machineId,
		// Checked against the named machine's own input schema after this.
		input: v.optional(v.unknown()),
		minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240)),
		steps: v.pipe(
			v.array(
				v.strictObject({ ...stepSchema.entries, run: v.optional(v.strictObject(run.entries)) })
			),
			v.minLength(1),
			v.maxLength(limits.steps)
		),
		questions: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(0, noQuestionsMessage))),
		narration: v.pipe(
			v.strictObject({ en: v.optional(authoredNarration), nl: v.optional(authoredNarration) }),
			v.check((n) => authoredLocales.some((l) => n[l] !== undefined), noLanguageMessage)
		)
	}),
	v.forward(
		v.check(
			(l) => new Set(l.steps.map((s) => s.id)).size === l.steps.length,
			checkMessages.stepIdsUnique
		),
		['steps']
	)
);

export type AuthoredFile = v.InferOutput<typeof authoredLessonSchema>;
