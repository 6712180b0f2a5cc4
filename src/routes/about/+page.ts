import type { PageLoad } from './$types';
import type { AboutText } from '../../content/about/sections';
import { localeOf } from '$lib/i18n';

// Each locale's words are their own chunk: a Dutch reader does not download the English page. Every file but the
// sections' types, so a new language needs no change here.
const texts = import.meta.glob<{ default: AboutText }>([
	'/src/content/about/*.ts',
	'!/src/content/about/sections.ts'
]);

export const load: PageLoad = async ({ url }) => {
	const load = texts[`/src/content/about/${localeOf(url)}.ts`];
	if (!load) throw new Error(`No About text for ${localeOf(url)}`);
	return { text: (await load()).default };
};
