/**
 * One check of a lesson text for the editor on /author/: every problem (parse.ts) and, beside them, what the
 * machine accepts after each step (accepts.ts), from the same text.
 */
import { stepViews, type StepView } from './accepts';
import { lenientOf } from './lenient';
import { parseAuthoredLesson, type ParseResult } from './parse';

export interface Checked {
	result: ParseResult;
	steps: StepView[];
}

export function checkText(text: string): Checked {
	const result = parseAuthoredLesson(text);
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return { result, steps: [] };
	}
	const isObject = data !== null && typeof data === 'object' && !Array.isArray(data);
	// A file refused for its size or shape is not replayed for the panel either.
	const refusedWhole = !result.ok && result.errors.some((e) => e.path === '');
	if (!isObject || refusedWhole) return { result, steps: [] };
	return { result, steps: stepViews(lenientOf(data as Record<string, unknown>)) };
}
