// One lesson's script and frames (see $lib/lessons/frames), run through its machine here, at build time; with the
// marked routes its steps draw on the architecture drawing, found here once instead of in every reader's browser.
import { error, json } from '@sveltejs/kit';
import { loadArchitectureText } from '$lib/architecture/text';
import { drawingGeometry } from '$lib/diagram/drawing-geometry';
import { baseSceneOf } from '$lib/diagram/static/scene';
import { getLesson, lessons } from '$lib/lessons/catalog';
import { lessonData } from '$lib/lessons/frames';
import { movesShown } from '$lib/lessons/frame-moves';
import { findRoutes } from '$lib/motion/geometry';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => lessons.map((lesson) => ({ lesson: lesson.id }));

export const GET: RequestHandler = async ({ params }) => {
	const script = getLesson(params.lesson);
	if (!script) error(404, `No lesson ${params.lesson}`);
	const data = lessonData(script, lessons[lessons.indexOf(script) + 1]?.id);
	// The boxes stand where they stand in every language: the English drawing's geometry is every page's.
	const geometry = drawingGeometry(baseSceneOf(await loadArchitectureText('en')));
	return json({ ...data, routes: findRoutes(movesShown(data.frames).flat(), geometry) });
};
