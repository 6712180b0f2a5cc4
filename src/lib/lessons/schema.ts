/**
 * Lesson content is data, and data is checked, not trusted: scripts and narration are validated against these
 * schemas when they load on the server (prerendering, dev) and in the tests, so a typo in a step id fails the
 * build loudly; the browser takes what the build checked (see $lib/glossary/catalog.ts). Whether a script's
 * events and input fit its machine is checked where the machine is loaded anyway: when the timeline is built.
 */
import { sentenceCount, summarize } from '$lib/schema/text';
import { sceneIds } from '$lib/scenes/ids';
import * as v from 'valibot';
import { isSourceKey } from '$lib/architecture/sources';
import { isMachineId } from '$lib/model/machine-ids';
import { lessonTools, sequenceIds, type LessonNarration, type LessonScript } from './types';

// The lesson types (types.ts) are read off these schemas; a `v.guard` keeps what its check proves in the type.

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
export const sourceKey = v.pipe(v.string(), v.guard(isSourceKey, checkMessages.sourceKey));

export const machineId = v.pipe(v.string(), v.guard(isMachineId, checkMessages.machineId));
// The input is checked against the named machine's own schema when the timeline is built.
export const run = v.object({ machine: machineId, input: v.unknown() });
const sources = v.pipe(v.array(sourceKey), v.minLength(1, 'cite at least one source'));

/** One step of a lesson: what to send to the machine, and what the step rests on. Words live per locale. */
export const stepSchema = v.object({
	/** Stable id; narration is keyed by it, so steps can be reordered without touching translations. */
	id: slug,
	/**
	 * Start a fresh run before this step's events: another machine, or the same one with another input (the
	 * same read without the enlightenment, say). Steps after it continue that run.
	 */
	run: v.optional(run),
	/** Event types sent to the machine, in order, to reach this step from the previous one. */
	events: v.array(v.string()),
	/** Where the step's claims come from. */
	sources,
	/**
	 * Ask the learner, before this step is shown, which box the request goes to next. The answer is this
	 * step's hop, read from the machine, so it cannot drift from what the diagram then shows.
	 */
	predict: v.optional(v.boolean()),
	/**
	 * The picture this step is told on: the architecture figure, two cluster nodes, a virtual disk's files (see
	 * src/lib/scenes). Steps after it keep it until one names another; a lesson starts on the architecture.
	 */
	scene: v.optional(v.picklist(sceneIds)),
	/**
	 * Show two runs side by side on the architecture figure, played in lockstep to their ends, with both sets
	 * of counters and the ratio of b to a (explore's comparison). Each side is named in the narration.
	 */
	compare: v.optional(v.object({ a: run, b: run }))
});

/**
 * A multiple-choice question. An option's words are the same in every language (a number, a name, a register:
 * `labels`, here in the script) or live per locale in the narration under the option's id.
 */
export const choiceQuestionSchema = v.pipe(
	v.object({
		id: slug,
		kind: v.literal('choice'),
		options: v.pipe(v.array(slug), v.minLength(2), v.maxLength(6)),
		answer: slug,
		sources,
		labels: v.optional(v.record(v.string(), v.pipe(v.string(), v.trim(), v.nonEmpty())))
	}),
	v.check((q) => q.options.includes(q.answer), 'the answer must be one of the options'),
	v.check((q) => new Set(q.options).size === q.options.length, 'option ids must be unique'),
	v.check(
		(q) => Object.keys(q.labels ?? {}).every((o) => q.options.includes(o)),
		'every label must name one of the options'
	)
);

/**
 * "Where does the request go next?", answered by clicking a box on the live diagram. The diagram shows the
 * run after every event but the last; the answer is where the last event takes the request, per the model.
 */
export const hopQuestionSchema = v.object({
	id: slug,
	kind: v.literal('hop'),
	/** The run to ask about; the lesson's own machine and input when left out. */
	run: v.optional(run),
	events: v.pipe(v.array(v.string()), v.minLength(1, 'the last event is the one to predict')),
	sources
});

const questionSchema = v.variant('kind', [choiceQuestionSchema, hopQuestionSchema]);

/** A lesson's structure: which machine it runs, with what input, in which steps. */
export const scriptSchema = v.pipe(
	v.object({
		id: slug,
		/** The home-page group it belongs to. */
		sequence: v.picklist(sequenceIds),
		/** Position on the home page. */
		order: v.pipe(v.number(), v.integer()),
		machine: machineId,
		// Checked against the schema of the machine the lesson names when the lesson is replayed (run.ts).
		input: v.unknown(),
		/** Planned duration in minutes, for the home page and presenter pacing. */
		minutes: v.pipe(v.number(), v.minValue(1)),
		steps: v.pipe(v.array(stepSchema), v.minLength(8), v.maxLength(20)),
		/** The knowledge check at the end: 5 to 8 questions. */
		questions: v.pipe(v.array(questionSchema), v.minLength(5), v.maxLength(8)),
		/** An interactive tool shown beside the lesson, for the learner to try numbers of their own. */
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

/** A step's words in one locale. */
export const stepNarrationSchema = v.object({
	title: text,
	/** At most two short sentences; plain text, never HTML. */
	text: shortNarration,
	/** Where the 2008 article got this wrong, said plainly. */
	correction: v.optional(text),
	/**
	 * Speaker notes, for the trainer's eyes only: what to point at, what to ask, a likely misconception or a
	 * timing hint. Every built-in step has them, in every locale; a trainer's own lesson file may leave them
	 * out (authoring/schema.ts). One to three short sentences.
	 */
	notes: speakerNotes,
	/** On a step that compares two runs: a short name for each side (`Synthetic (VMBus)`). */
	compare: v.optional(v.object({ a: text, b: text }))
});

/** A question's words in one locale. */
export const questionTextSchema = v.object({
	prompt: text,
	/** Words for each option id of a choice question. */
	options: v.optional(v.record(v.string(), text)),
	/** Shown after answering, right or wrong: why the answer is what it is. */
	explanation: text
});

/** A lesson's words in one locale. */
export const narrationSchema = v.object({
	title: text,
	summary: text,
	objectives: v.pipe(v.array(text), v.minLength(1)),
	steps: v.record(v.string(), stepNarrationSchema),
	questions: v.record(v.string(), questionTextSchema)
});

/** Parses a script, throwing a message that names the lesson and the problem. */
export function parseScript(data: unknown): LessonScript {
	const result = v.safeParse(scriptSchema, data);
	if (!result.success) throw new Error(`Invalid lesson script: ${summarize(result.issues)}`);
	// The schema gives events and inputs as strings and unknowns; that each is one its machine takes is
	// checked when the lesson is replayed (model/run.ts checkRun), where the machine is loaded anyway.
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
			const lacking = q.options.filter((o) => !q.labels?.[o] && !words.options?.[o]);
			if (lacking.length) missing.push(`options ${lacking.join(', ')} of question ${q.id}`);
			// Words the script gives for every language are not said again in one.
			const twice = Object.keys(words.options ?? {}).filter((o) => q.labels?.[o]);
			if (twice.length) extra.push(`options ${twice.join(', ')} of question ${q.id}`);
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
