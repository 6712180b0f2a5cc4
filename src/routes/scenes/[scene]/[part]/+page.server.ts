// One part of a scene lit (the glossary's "Show in the scene" for what only a scene draws): the scene as a
// built-in lesson shows it at the step that shows the part best, found here at build time from the lessons'
// frames, so the page carries one frame's numbers and no machine.
import { error } from '@sveltejs/kit';
import { glossaryParts } from '$lib/glossary/parts';
import { isPartOf, type ScenePart } from '$lib/glossary/scene-parts';
import { lessons, loadNarration } from '$lib/lessons/catalog';
import { framesOf, scenesOf, type LessonFrame } from '$lib/lessons/frames';
import type { LessonScript } from '$lib/lessons/types';
import { localeOf } from '$lib/i18n';
import { partViewOf } from '$lib/scenes/part-view';
import { loadSceneText } from '$lib/scenes/text';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every part a glossary term links to; the Dutch pages are reached from the Dutch glossary's links.
export const entries: EntryGenerator = () => {
	const unique = new Map(Object.values(glossaryParts).map((p) => [`${p.scene}/${p.part}`, p]));
	return [...unique.values()].map(({ scene, part }) => ({ scene, part }));
};

// Playing a lesson's machine takes a while: once per lesson for all the pages the build renders.
const played = new Map<string, LessonFrame[]>();
const framesFor = (script: LessonScript) => {
	let frames = played.get(script.id);
	if (!frames) played.set(script.id, (frames = framesOf(script)));
	return frames;
};

export const load: PageServerLoad = async ({ params, url }) => {
	const locale = localeOf(url);
	if (!isPartOf(params.scene, params.part)) error(404, `No part ${params.part} in ${params.scene}`);
	const part = params as ScenePart;
	const shown = lessons
		.filter((s) => part.scene === 'registers' || scenesOf(s).includes(part.scene))
		.map((script) => ({ script, frames: framesFor(script) }));
	const view = partViewOf(part, shown);
	if (!view) error(404, `No lesson shows ${params.part} in ${params.scene}`);
	const script = lessons.find((s) => s.id === view.lesson)!;
	const [narration, text] = await Promise.all([
		loadNarration(script, locale),
		loadSceneText(locale)
	]);
	return {
		part,
		view,
		text,
		lesson: {
			id: script.id,
			title: narration.title,
			stepTitle: narration.steps[script.steps[view.step - 1]!.id]!.title
		}
	};
};
