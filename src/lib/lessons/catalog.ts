/**
 * Every lesson, found by folder under src/content/lessons/, its script loaded and checked: for the pages that
 * need them all (the home page's list, at build time) or a script itself (quiz, print view). A step page needs
 * neither: it loads its lesson's data (data.ts). Narration is loaded per lesson and locale (narration.ts).
 */
import { parseScript } from './schema';
import type { LessonScript } from './types';

export { loadNarration } from './narration';

const scriptModules = import.meta.glob<{ default: unknown }>('/src/content/lessons/*/script.ts', {
	eager: true
});

const folderOf = (path: string) => path.split('/').at(-2) ?? '';

export const lessons: readonly LessonScript[] = Object.entries(scriptModules)
	.map(([path, module]) => {
		// Checked where the site is built, as all bundled content is (see $lib/glossary/catalog.ts).
		const script = import.meta.env.SSR
			? parseScript(module.default)
			: (module.default as LessonScript);
		if (script.id !== folderOf(path)) {
			throw new Error(`Lesson in folder ${folderOf(path)} has id ${script.id}; they must match`);
		}
		return script;
	})
	.sort((a, b) => a.order - b.order);

export function getLesson(id: string): LessonScript | undefined {
	return lessons.find((lesson) => lesson.id === id);
}
