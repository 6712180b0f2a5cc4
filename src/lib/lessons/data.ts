/**
 * A lesson step page's data: the lesson's script and frames (frames.ts), computed from the model at build time
 * and prerendered as `/data/lessons/<id>.json`. Fetched once per lesson in the browser, so stepping through a
 * lesson fetches nothing more; while prerendering, SvelteKit inlines the response in each page it renders.
 */
import { browser } from '$app/environment';
import { base } from '$app/paths';
import type { Locale } from '$lib/paraglide/runtime';
import type { LessonData } from './frames';
import { unknownLesson } from './not-found';

// The ids are the lesson folders. The glob's loaders are never called here: only their keys are read, so this
// costs the page a list of names, not the scripts.
const folders = Object.keys(import.meta.glob('/src/content/lessons/*/script.ts'));
export const lessonIds: readonly string[] = folders.map((path) => path.split('/').at(-2) ?? '');

/** Where a lesson's data is published: the endpoint in src/routes/data/lessons/. */
export const lessonDataPath = (id: string) => `${base}/data/lessons/${id}.json`;

const fetched = new Map<string, Promise<LessonData>>();

export function loadLessonData(
	fetch: typeof globalThis.fetch,
	id: string,
	locale: Locale
): Promise<LessonData> {
	if (!lessonIds.includes(id)) unknownLesson(id, locale);
	// Not cached while prerendering: every page must fetch it for SvelteKit to inline it in that page.
	let data = browser ? fetched.get(id) : undefined;
	if (!data) {
		data = fetch(lessonDataPath(id)).then((response) => {
			if (!response.ok) throw new Error(`${lessonDataPath(id)} answered ${response.status}`);
			return response.json() as Promise<LessonData>;
		});
		if (browser) {
			fetched.set(id, data);
			// A failed fetch (offline before the data was stored, say) is tried again on the next visit.
			data.catch(() => fetched.delete(id));
		}
	}
	return data;
}
