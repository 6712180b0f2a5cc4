/**
 * What every lesson page loads first: the lesson named in the address, or a 404 that says which lesson was not
 * found (the error page offers a way on). The step, quiz and print pages share it.
 */
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { getLesson } from './catalog';
import type { LessonScript } from './types';

export function lessonOr404(id: string, locale: Locale): LessonScript {
	const script = getLesson(id);
	if (script) return script;
	error(404, {
		message: m.error_unknown_lesson({ lesson: id }, { locale }),
		reason: 'unknown-lesson',
		lesson: id
	});
}
