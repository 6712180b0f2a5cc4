/**
 * A lesson step page's data: the lesson's script and frames (frames.ts), computed from the model at build time
 * and prerendered as `/data/lessons/<id>.json` (see $lib/prerendered).
 */
import { base } from '$app/paths';
import type { Locale } from '$lib/paraglide/runtime';
import { loadPrerendered } from '$lib/prerendered';
import type { LessonData } from './frames';
import { unknownLesson } from './not-found';

// The ids are the lesson folders. The glob's loaders are never called here: only their keys are read, so this
// costs the page a list of names, not the scripts.
const folders = Object.keys(import.meta.glob('/src/content/lessons/*/script.ts'));
export const lessonIds: readonly string[] = folders.map((path) => path.split('/').at(-2) ?? '');

export function loadLessonData(
	fetch: typeof globalThis.fetch,
	id: string,
	locale: Locale
): Promise<LessonData> {
	if (!lessonIds.includes(id)) unknownLesson(id, locale);
	return loadPrerendered(fetch, `${base}/data/lessons/${id}.json`);
}
