import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageLoad } from './$types';
import { loadArchitectureText } from '$lib/architecture/text';
import { getLesson, lessons, loadNarration } from '$lib/lessons/catalog';
import { localeOf } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

export const entries: EntryGenerator = () => lessons.map((lesson) => ({ lesson: lesson.id }));

export const load: PageLoad = async ({ params, url }) => {
	const locale = localeOf(url);
	const script = getLesson(params.lesson);
	if (!script) {
		error(404, {
			message: m.error_unknown_lesson({ lesson: params.lesson }, { locale }),
			reason: 'unknown-lesson',
			lesson: params.lesson
		});
	}
	const [narration, text] = await Promise.all([
		loadNarration(script, locale),
		loadArchitectureText(locale)
	]);
	return { script, narration, text };
};
