/** The diagram with nothing lit, in one language, prerendered as `/data/scene/<locale>.json` (see $lib/prerendered). */
import { base } from '$app/paths';
import type { Scene } from '$lib/diagram/static/shapes';
import type { Locale } from '$lib/paraglide/runtime';
import { loadPrerendered } from '$lib/prerendered';

export const loadBaseScene = (fetch: typeof globalThis.fetch, locale: Locale): Promise<Scene> =>
	loadPrerendered(fetch, `${base}/data/scene/${locale}.json`);
