// One lesson's script and frames (see $lib/lessons/frames), run through its machine here, at build time.
import { error, json } from '@sveltejs/kit';
import { getLesson, lessons } from '$lib/lessons/catalog';
import { lessonData } from '$lib/lessons/frames';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => lessons.map((lesson) => ({ lesson: lesson.id }));

export const GET: RequestHandler = ({ params }) => {
	const script = getLesson(params.lesson);
	if (!script) error(404, `No lesson ${params.lesson}`);
	return json(lessonData(script, lessons[lessons.indexOf(script) + 1]?.id));
};
