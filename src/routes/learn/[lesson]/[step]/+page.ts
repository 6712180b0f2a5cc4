import type { EntryGenerator, PageLoad } from './$types';
import { loadArchitectureText } from '$lib/architecture/text';
import { loadNarration } from '$lib/lessons/narration';
import { loadLessonData } from '$lib/lessons/data';
import { stepOr404 } from '$lib/lessons/not-found';
import { loadGlossary } from '$lib/glossary/catalog';
import { localeOf } from '$lib/i18n';
import { loadBaseScene } from '$lib/diagram/scene-data';
import { loadScenes } from '$lib/scenes/load';
import { loadCompareParts } from '$lib/lessons/compare-parts';

// Imported here, not above: entries run only at build time, and a static import would put every lesson's
// script into the page's code.
export const entries: EntryGenerator = async () =>
	(await import('$lib/lessons/catalog')).lessons.flatMap((lesson) =>
		lesson.steps.map((_, i) => ({ lesson: lesson.id, step: String(i + 1) }))
	);

export const load: PageLoad = async ({ params, url, fetch }) => {
	const locale = localeOf(url);
	const { script, frames, routes } = await loadLessonData(fetch, params.lesson, locale);
	const step = stepOr404(script.id, params.step, script.steps.length, locale);
	const [narration, text, glossary, scene, scenes, compareParts] = await Promise.all([
		loadNarration(script, locale),
		loadArchitectureText(locale),
		loadGlossary(locale),
		loadBaseScene(fetch, locale),
		// The drawn scenes' words and renderer, only for a lesson told (partly) on one.
		frames.some((f) => f.scene) ? loadScenes(locale) : undefined,
		// The comparison's drawing and totals, only when this step compares (else the player loads them ahead).
		frames[step - 1]?.compare ? loadCompareParts() : undefined
	]);
	return { script, frames, routes, scene, narration, text, glossary, step, scenes, compareParts };
};
