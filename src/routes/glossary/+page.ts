import type { PageLoad } from './$types';
import { alphabetical, loadGlossary } from '$lib/glossary/catalog';
import { localeOf } from '$lib/i18n';
import { glossaryParts } from '$lib/glossary/parts';
import { loadSceneText } from '$lib/scenes/text';

/** The letter a term is filed under: its first letter without accents ("é" under E). */
const letterOf = (term: string) =>
	term.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();

export const load: PageLoad = async ({ url }) => {
	const locale = localeOf(url);
	const [terms, sceneText] = await Promise.all([loadGlossary(locale), loadSceneText(locale)]);
	const glossary = alphabetical(terms, locale);
	const groups: { letter: string; entries: typeof glossary }[] = [];
	for (const entry of glossary) {
		const letter = letterOf(entry.term);
		const last = groups.at(-1);
		if (last?.letter === letter) last.entries = [...last.entries, entry];
		else groups.push({ letter, entries: [entry] });
	}
	// The scenes' titles, for the links to a term's place in a scene (the registers have a title of their own).
	return { groups, parts: glossaryParts, sceneTitles: sceneText.titles };
};
