import type { PageLoad } from './$types';
import { loadArchitectureText } from '$lib/architecture/text';
import { lessons, loadNarration } from '$lib/lessons/catalog';
import { localeOf } from '$lib/i18n';

export const load: PageLoad = async ({ url }) => {
	const locale = localeOf(url);
	const [text, narrations] = await Promise.all([
		loadArchitectureText(locale),
		Promise.all(lessons.map((lesson) => loadNarration(lesson, locale)))
	]);
	return {
		text,
		lessons: lessons.map((lesson, i) => ({
			id: lesson.id,
			minutes: lesson.minutes,
			steps: lesson.steps.length,
			title: narrations[i]!.title,
			summary: narrations[i]!.summary,
			objectives: narrations[i]!.objectives
		}))
	};
};
