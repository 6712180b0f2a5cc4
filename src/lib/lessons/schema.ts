/**
 * Lesson content is data, and data is checked, not trusted: scripts and narration are validated against these
 * schemas when they load on the server (prerendering, dev) and in the tests, so a typo in a step id fails the
 * build loudly; the browser takes what the build checked (see $lib/glossary/catalog.ts). Whether a script's
 * events and input fit its machine is checked where the machine is loaded anyway: when the timeline is built.
 */
import { sceneIds } from '$lib/scenes/ids';
import * as v from 'valibot';
import { isSourceKey } from '$lib/architecture/sources';
import { isMachineId } from '$lib/model/machine-ids';
import { lessonTools, sequenceIds, type LessonNarration, type LessonScript } from './types';

/** Messages of the checks below; the authoring page explains each in the UI language. */
export const checkMessages = {
	sourceKey: 'must be a source key from sources.ts',
	machineId: 'must name a machine in machines.ts',
	stepIdsUnique: 'step ids must be unique',
	sentences: 'a step says at most two short sentences'
} as const;

export const slug = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug')
);
export const sourceKey = v.pipe(
	v.string(),
	v.check((key) => isSourceKey(key), checkMessages.sourceKey)
);

export const machineId = v.pipe(
	v.string(),
	v.check((id) => isMachineId(id), checkMessages.machineId)
);
// The input is checked against the named machine's own schema when the timeline is built.
export const run = v.object({ machine: machineId, input: v.unknown() });
const sources = v.pipe(v.array(sourceKey), v.minLength(1, 'cite at least one source'));

export const stepSchema = v.object({
	id: slug,
	run: v.optional(run),
	events: v.array(v.string()),
	sources,
	predict: v.optional(v.boolean()),
	// The picture the step is told on; steps after it keep it until one names another (see LessonStep.scene).
	scene: v.optional(v.picklist(sceneIds)),
	// Two runs side by side, played to their ends; `a` is the baseline of the ratio (see LessonStep.compare).
	compare: v.optional(v.object({ a: run, b: run }))
});

const questionSchema = v.variant('kind', [
	v.pipe(
		v.object({
			id: slug,
			kind: v.literal('choice'),
			options: v.pipe(v.array(slug), v.minLength(2), v.maxLength(6)),
			answer: slug,
			sources
		}),
		v.check((q) => q.options.includes(q.answer), 'the answer must be one of the options'),
		v.check((q) => new Set(q.options).size === q.options.length, 'option ids must be unique')
	),
	v.object({
		id: slug,
		kind: v.literal('hop'),
		run: v.optional(run),
		events: v.pipe(v.array(v.string()), v.minLength(1, 'the last event is the one to predict')),
		sources
	})
]);

export const scriptSchema = v.pipe(
	v.object({
		id: slug,
		sequence: v.picklist(sequenceIds),
		order: v.pipe(v.number(), v.integer()),
		machine: machineId,
		// Checked below against the schema of the machine the lesson names.
		input: v.unknown(),
		minutes: v.pipe(v.number(), v.minValue(1)),
		steps: v.pipe(v.array(stepSchema), v.minLength(8), v.maxLength(20)),
		questions: v.pipe(v.array(questionSchema), v.minLength(5), v.maxLength(8)),
		tool: v.optional(v.picklist(lessonTools))
	}),
	v.check(
		(s) => new Set(s.steps.map((step) => step.id)).size === s.steps.length,
		checkMessages.stepIdsUnique
	),
	v.check(
		(s) => new Set(s.questions.map((q) => q.id)).size === s.questions.length,
		'question ids must be unique'
	),
	v.check(
		(s) => s.steps.slice(1).some((step) => step.predict),
		'at least one step (not the first) asks the learner to predict the next hop'
	)
);

const text = v.pipe(v.string(), v.trim(), v.nonEmpty());

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

// Speaker notes are for the trainer, not the projector, but still short enough to glance at mid-lesson.
const speakerNotes = v.pipe(
	text,
	v.check((t) => sentenceCount(t) <= 3, 'speaker notes say at most three short sentences')
);

const shortNarration = v.pipe(
	text,
	v.check((t) => sentenceCount(t) <= 2, checkMessages.sentences),
	v.maxLength(320, 'a step says at most two short sentences (320 characters)')
);

export const narrationSchema = v.object({
	title: text,
	summary: text,
	objectives: v.pipe(v.array(text), v.minLength(1)),
	steps: v.record(
		v.string(),
		v.object({
			title: text,
			text: shortNarration,
			correction: v.optional(text),
			notes: speakerNotes,
			// The names of the two sides of a step that compares runs.
			compare: v.optional(v.object({ a: text, b: text }))
		})
	),
	questions: v.record(
		v.string(),
		v.object({
			prompt: text,
			options: v.optional(v.record(v.string(), text)),
			explanation: text
		})
	)
});

/** Parses a script, throwing a message that names the lesson and the problem. */
export function parseScript(data: unknown): LessonScript {
	const result = v.safeParse(scriptSchema, data);
	if (!result.success) throw new Error(`Invalid lesson script: ${summarize(result.issues)}`);
	// The schema gives names and inputs as strings and unknowns; that they name a machine, and an input it takes,
	// is checked when the lesson is replayed (model/run.ts checkRun). A plain cast: TypeScript still checks that
	// the two shapes overlap, so a field the schema and the type disagree on fails `npm run check`.
	return result.output as LessonScript;
}

/** Parses one locale's narration and checks it covers exactly the script's steps. */
export function parseNarration(
	script: LessonScript,
	locale: string,
	data: unknown
): LessonNarration {
	const result = v.safeParse(narrationSchema, data);
	if (!result.success) {
		throw new Error(`Invalid ${locale} narration of ${script.id}: ${summarize(result.issues)}`);
	}
	const { missing, extra } = narrationGaps(script, result.output);
	if (missing.length || extra.length) {
		throw new Error(
			`The ${locale} narration of ${script.id} does not match its steps` +
				(missing.length ? `; missing: ${missing.join(', ')}` : '') +
				(extra.length ? `; unknown: ${extra.join(', ')}` : '')
		);
	}
	return result.output;
}

/** What a narration lacks (steps, questions, options) and has beyond its script, as readable names. */
export function narrationGaps(
	script: Pick<LessonScript, 'steps' | 'questions'>,
	narration: Pick<LessonNarration, 'steps'> & Partial<Pick<LessonNarration, 'questions'>>
): { missing: string[]; extra: string[] } {
	const ids = script.steps.map((s) => s.id);
	const missing = ids.filter((id) => !Object.hasOwn(narration.steps, id));
	const extra = Object.keys(narration.steps).filter((id) => !ids.includes(id));
	// A step that compares two runs names both sides in every locale.
	for (const step of script.steps) {
		const words = Object.hasOwn(narration.steps, step.id) ? narration.steps[step.id] : undefined;
		if (step.compare && words && !words.compare)
			missing.push(`the compared runs' names of ${step.id}`);
	}
	const questions = narration.questions ?? {};
	for (const q of script.questions) {
		const words = Object.hasOwn(questions, q.id) ? questions[q.id] : undefined;
		if (!words) missing.push(`question ${q.id}`);
		else if (q.kind === 'choice') {
			const lacking = q.options.filter((o) => !words.options?.[o]);
			if (lacking.length) missing.push(`options ${lacking.join(', ')} of question ${q.id}`);
		}
	}
	const questionIds = script.questions.map((q) => q.id);
	extra.push(
		...Object.keys(questions)
			.filter((id) => !questionIds.includes(id))
			.map((id) => `question ${id}`)
	);
	return { missing, extra };
}

function summarize(issues: v.BaseIssue<unknown>[]): string {
	return issues
		.map((issue) => {
			const path = v.getDotPath(issue);
			return path ? `${path}: ${issue.message}` : issue.message;
		})
		.join('; ');
}
