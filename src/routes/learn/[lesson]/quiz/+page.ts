import type { EntryGenerator, PageLoad } from './$types';
import { loadArchitectureText } from '$lib/architecture/text';
import { lessons, loadNarration } from '$lib/lessons/catalog';
import { lessonOr404 } from '$lib/lessons/load';
import { localeOf } from '$lib/i18n';

export const entries: EntryGenerator = () => lessons.map((lesson) => ({ lesson: lesson.id }));

export const load: PageLoad = async ({ params, url }) => {
	const locale = localeOf(url);
	const script = lessonOr404(params.lesson, locale);
	const [narration, text] = await Promise.all([
		loadNarration(script, locale),
		loadArchitectureText(locale)
	]);
	const next = lessons[lessons.indexOf(script) + 1];
	return { script, narration, text, next: next?.id };
};
