/**
 * What the quiz and print pages load first: the lesson named in the address, from the catalog of every script,
 * or a 404 that says which lesson was not found. (A step page loads its lesson's data instead: see data.ts.)
 */
import type { Locale } from '$lib/paraglide/runtime';
import { getLesson } from './catalog';
import { unknownLesson } from './not-found';
import type { LessonScript } from './types';

export function lessonOr404(id: string, locale: Locale): LessonScript {
	return getLesson(id) ?? unknownLesson(id, locale);
}
