/**
 * Lesson content is data, and data is checked, not trusted: scripts and narration are validated against these
 * schemas when they load (and in the tests), so a typo in a step id fails loudly. Whether a script's events and
 * input fit its machine is checked where the machine is loaded anyway: when the timeline is built.
 */
import * as v from 'valibot';
import { isSourceKey } from '$lib/architecture/sources';
import { isMachineId } from '$lib/model/machine-ids';
import type { LessonNarration, LessonScript } from './types';

const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug'));
const sourceKey = v.pipe(
	v.string(),
	v.check((key) => isSourceKey(key), 'must be a source key from sources.ts')
);

const stepSchema = v.object({
	id: slug,
	events: v.array(v.string()),
	sources: v.pipe(v.array(sourceKey), v.minLength(1, 'every step cites at least one source'))
});

export const scriptSchema = v.pipe(
	v.object({
		id: slug,
		order: v.pipe(v.number(), v.integer()),
		machine: v.pipe(
			v.string(),
			v.check((id) => isMachineId(id), 'must name a machine in machines.ts')
		),
		// Checked below against the schema of the machine the lesson names.
		input: v.unknown(),
		minutes: v.pipe(v.number(), v.minValue(1)),
		steps: v.pipe(v.array(stepSchema), v.minLength(8), v.maxLength(20))
	}),
	v.check(
		(s) => new Set(s.steps.map((step) => step.id)).size === s.steps.length,
		'step ids must be unique'
	)
);

const text = v.pipe(v.string(), v.trim(), v.nonEmpty());

export const narrationSchema = v.object({
	title: text,
	summary: text,
	objectives: v.pipe(v.array(text), v.minLength(1)),
	steps: v.record(v.string(), v.object({ title: text, text: text, correction: v.optional(text) }))
});

/** Parses a script, throwing a message that names the lesson and the problem. */
export function parseScript(data: unknown): LessonScript {
	const result = v.safeParse(scriptSchema, data);
	if (!result.success) throw new Error(`Invalid lesson script: ${summarize(result.issues)}`);
	return result.output as unknown as LessonScript;
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
	const ids = script.steps.map((s) => s.id);
	const missing = ids.filter((id) => !(id in result.output.steps));
	const extra = Object.keys(result.output.steps).filter((id) => !ids.includes(id));
	if (missing.length || extra.length) {
		throw new Error(
			`The ${locale} narration of ${script.id} does not match its steps` +
				(missing.length ? `; missing: ${missing.join(', ')}` : '') +
				(extra.length ? `; unknown: ${extra.join(', ')}` : '')
		);
	}
	return result.output;
}

function summarize(issues: v.BaseIssue<unknown>[]): string {
	return issues
		.map((issue) => {
			const path = v.getDotPath(issue);
			return path ? `${path}: ${issue.message}` : issue.message;
		})
		.join('; ');
}
