// The architecture drawing with nothing lit, in one language (see $lib/diagram/static/scene): the layout's geometry
// and the link paths are computed here, at build time, so a lesson page lights it without that code.
import { error, json } from '@sveltejs/kit';
import { loadArchitectureText } from '$lib/architecture/text';
import { baseSceneOf } from '$lib/diagram/static/scene';
import { isLocale, locales } from '$lib/paraglide/runtime';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => locales.map((locale) => ({ locale }));

export const GET: RequestHandler = async ({ params }) => {
	if (!isLocale(params.locale)) error(404, `No language ${params.locale}`);
	return json(baseSceneOf(await loadArchitectureText(params.locale)));
};
