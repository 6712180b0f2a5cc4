/**
 * The lesson list, read at build time: the home page gets titles and summaries as prerendered data, without
 * downloading every lesson's narration into the browser.
 */
import type { PageServerLoad } from './$types';
import { lessons, loadNarration } from '$lib/lessons/catalog';
import { sequenceTitlesOf } from '$lib/lessons/sequences';
import { localeOf } from '$lib/i18n';
import { loadArchitectureText } from '$lib/architecture/text';
import { drawnOf } from '$lib/diagram/static/drawing';
import { sceneOf } from '$lib/diagram/static/scene';

export const load: PageServerLoad = async ({ url }) => {
	const locale = localeOf(url);
	const narrations = await Promise.all(lessons.map((lesson) => loadNarration(lesson, locale)));
	// The architecture as plain shapes, shown until the live diagram is fetched: drawn here, so the page's
	// script carries neither the layout's path code nor the flow library it shares, and the browser hydrates
	// the finished markup instead of drawing it again.
	const scene = sceneOf(await loadArchitectureText(locale), undefined, []);
	return {
		placeholder: drawnOf(scene),
		/** The boxes the drawing has, to check an address's `?node=` without the topology's code. */
		boxIds: scene.boxes.map((box) => box.id),
		/** The sequences' titles in this language (src/content/sequences/). */
		sequenceTitles: sequenceTitlesOf(locale),
		lessons: lessons.map((lesson, i) => ({
			id: lesson.id,
			sequence: lesson.sequence,
			minutes: lesson.minutes,
			steps: lesson.steps.map((s) => s.id),
			questions: lesson.questions.length,
			title: narrations[i]!.title,
			summary: narrations[i]!.summary,
			objectives: narrations[i]!.objectives
		}))
	};
};
