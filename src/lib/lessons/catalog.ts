/**
 * Every lesson, found by folder under src/content/lessons/. Scripts are small and loaded eagerly (the home page
 * lists them); narration is loaded per lesson and locale, so a page only downloads the words it shows.
 */
import { parseNarration, parseScript } from './schema';
import type { LessonNarration, LessonScript } from './types';

type Module = { default: unknown };

const scriptModules = import.meta.glob<Module>('/src/content/lessons/*/script.ts', { eager: true });
const narrationModules = import.meta.glob<Module>('/src/content/lessons/*/{en,nl}.ts');

const folderOf = (path: string) => path.split('/').at(-2) ?? '';

export const lessons: readonly LessonScript[] = Object.entries(scriptModules)
	.map(([path, module]) => {
		const script = parseScript(module.default);
		if (script.id !== folderOf(path)) {
			throw new Error(`Lesson in folder ${folderOf(path)} has id ${script.id}; they must match`);
		}
		return script;
	})
	.sort((a, b) => a.order - b.order);

export function getLesson(id: string): LessonScript | undefined {
	return lessons.find((lesson) => lesson.id === id);
}

/** The lesson's words in one locale, validated against its script. */
export async function loadNarration(
	script: LessonScript,
	locale: string
): Promise<LessonNarration> {
	const load = narrationModules[`/src/content/lessons/${script.id}/${locale}.ts`];
	if (!load) throw new Error(`Lesson ${script.id} has no ${locale} narration`);
	return parseNarration(script, locale, (await load()).default);
}
