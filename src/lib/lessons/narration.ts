/**
 * A lesson's words, loaded per lesson and locale, so a page only downloads the words it shows.
 */
import { parseNarration } from './schema';
import type { LessonNarration, LessonScript } from './types';

// One file per locale beside each script: every file but the script, so a new language needs no change here.
const narrationModules = import.meta.glob<{ default: unknown }>([
	'/src/content/lessons/*/*.ts',
	'!/src/content/lessons/*/script.ts'
]);

const loaded = new Map<string, Promise<LessonNarration>>();

/**
 * The lesson's words in one locale, validated against its script: once per lesson and locale, so that stepping
 * through a lesson hands its page the same words, and nothing that shows them is drawn again on each step.
 */
export function loadNarration(script: LessonScript, locale: string): Promise<LessonNarration> {
	const key = `${script.id}/${locale}`;
	let narration = loaded.get(key);
	if (!narration) {
		loaded.set(key, (narration = readNarration(script, locale)));
		// A failure (a chunk that did not load, say) is tried again next time.
		narration.catch(() => loaded.delete(key));
	}
	return narration;
}

async function readNarration(script: LessonScript, locale: string): Promise<LessonNarration> {
	const load = narrationModules[`/src/content/lessons/${script.id}/${locale}.ts`];
	if (!load) throw new Error(`Lesson ${script.id} has no ${locale} narration`);
	const words = (await load()).default;
	// Checked where the site is built, as all bundled content is (see $lib/glossary/catalog.ts).
	return import.meta.env.SSR ? parseNarration(script, locale, words) : (words as LessonNarration);
}
