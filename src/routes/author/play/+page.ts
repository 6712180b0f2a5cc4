import type { PageLoad } from './$types';
import { loadArchitectureText } from '$lib/architecture/text';
import type { AuthoredLocale } from '$lib/authoring/schema';
import { storedLesson } from '$lib/authoring/store';
import { loadGlossary } from '$lib/glossary/catalog';
import { localeOf } from '$lib/i18n';
import { loadBaseScene } from '$lib/diagram/scene-data';
import { framesOf } from '$lib/lessons/frames';

// The lesson lives in this browser's storage and its id in the query: nothing to render at build time, so the
// page is prerendered as an empty shell and filled in the browser.
export const ssr = false;

export const load: PageLoad = async ({ url, fetch }) => {
	const locale = localeOf(url);
	const id = url.searchParams.get('id') ?? '';
	const [text, glossary, scene] = await Promise.all([
		loadArchitectureText(locale),
		loadGlossary(locale),
		loadBaseScene(fetch, locale)
	]);
	const lesson = storedLesson(localStorage, id);
	if (!lesson) return { id, text, glossary, lesson: undefined };
	const shownIn = lesson.narration[locale as AuthoredLocale]
		? (locale as AuthoredLocale)
		: lesson.locales[0]!;
	const total = lesson.script.steps.length;
	const asked = Number(url.searchParams.get('step'));
	const step = Number.isInteger(asked) ? Math.min(Math.max(asked, 1), total) : 1;
	// A trainer's lesson is played through its machine here, in the browser: it was not there at build time.
	return {
		id,
		text,
		glossary,
		lesson,
		frames: framesOf(lesson.script),
		scene,
		narration: lesson.narration[shownIn]!,
		step
	};
};
