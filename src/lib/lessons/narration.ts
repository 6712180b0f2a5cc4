/**
 * A lesson's words, loaded per lesson and locale, so a page only downloads the words it shows.
 */
import { parseNarration } from './schema';
import type { LessonNarration, LessonScript } from './types';

const narrationModules = import.meta.glob<{ default: unknown }>(
	'/src/content/lessons/*/{en,nl}.ts'
);

/** The lesson's words in one locale, validated against its script. */
export async function loadNarration(
	script: LessonScript,
	locale: string
): Promise<LessonNarration> {
	const load = narrationModules[`/src/content/lessons/${script.id}/${locale}.ts`];
	if (!load) throw new Error(`Lesson ${script.id} has no ${locale} narration`);
	return parseNarration(script, locale, (await load()).default);
}
