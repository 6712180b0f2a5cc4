import type { PageLoad } from './$types';
import { alphabetical, loadGlossary } from '$lib/glossary/catalog';
import { localeOf } from '$lib/i18n';

/** The letter a term is filed under: its first letter without accents ("é" under E). */
const letterOf = (term: string) =>
	term.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();

export const load: PageLoad = async ({ url }) => {
	const locale = localeOf(url);
	const glossary = alphabetical(await loadGlossary(locale), locale);
	const groups: { letter: string; entries: typeof glossary }[] = [];
	for (const entry of glossary) {
		const letter = letterOf(entry.term);
		const last = groups.at(-1);
		if (last?.letter === letter) last.entries = [...last.entries, entry];
		else groups.push({ letter, entries: [entry] });
	}
	return { groups };
};
