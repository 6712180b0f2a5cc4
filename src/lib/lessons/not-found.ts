/**
 * The 404s of lesson pages, which say what was not found so the error page can offer a way on: the lesson
 * list for an unknown lesson, the lesson's first and last step for a step it does not have.
 */
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

export function unknownLesson(id: string, locale: Locale): never {
	error(404, {
		message: m.error_unknown_lesson({ lesson: id }, { locale }),
		reason: 'unknown-lesson',
		lesson: id
	});
}

/** The step number of a lesson page's address, or a 404 when the lesson has no such step. */
export function stepOr404(lesson: string, asked: string, total: number, locale: Locale): number {
	const step = /^[1-9]\d*$/.test(asked) ? Number(asked) : NaN;
	if (step >= 1 && step <= total) return step;
	error(404, {
		message: m.error_unknown_step({ lesson, step: asked, total }, { locale }),
		reason: 'unknown-step',
		lesson,
		step: asked,
		total
	});
}
