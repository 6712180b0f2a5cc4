import type { EntryGenerator, PageLoad } from './$types';
import { loadArchitectureText } from '$lib/architecture/text';
import { loadBaseScene } from '$lib/diagram/scene-data';
import { loadLessonData } from '$lib/lessons/data';
import { loadNarration } from '$lib/lessons/narration';
import { localeOf } from '$lib/i18n';

// Imported here, not above: entries run only at build time (see the step page).
export const entries: EntryGenerator = async () =>
	(await import('$lib/lessons/catalog')).lessons.map((lesson) => ({ lesson: lesson.id }));

// The lesson's prerendered data (lessons/frames.ts) and the prerendered drawing with nothing lit: the page lights
// one copy of the drawing per frame, and runs no machine and no layout code.
export const load: PageLoad = async ({ params, url, fetch }) => {
	const locale = localeOf(url);
	const { script, frames } = await loadLessonData(fetch, params.lesson, locale);
	const [narration, text, scene] = await Promise.all([
		loadNarration(script, locale),
		loadArchitectureText(locale),
		loadBaseScene(fetch, locale)
	]);
	return { script, frames, narration, text, scene };
};
