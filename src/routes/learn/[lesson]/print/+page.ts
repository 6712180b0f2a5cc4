import type { EntryGenerator, PageLoad } from './$types';
import { loadArchitectureText } from '$lib/architecture/text';
import { loadLessonData } from '$lib/lessons/data';
import { loadNarration } from '$lib/lessons/narration';
import { localeOf } from '$lib/i18n';

// Imported here, not above: entries run only at build time (see the step page).
export const entries: EntryGenerator = async () =>
	(await import('$lib/lessons/catalog')).lessons.map((lesson) => ({ lesson: lesson.id }));

// The lesson's prerendered data (lessons/frames.ts): the page draws its frames and runs no machine.
export const load: PageLoad = async ({ params, url, fetch }) => {
	const locale = localeOf(url);
	const { script, frames } = await loadLessonData(fetch, params.lesson, locale);
	const [narration, text] = await Promise.all([
		loadNarration(script, locale),
		loadArchitectureText(locale)
	]);
	return { script, frames, narration, text };
};
