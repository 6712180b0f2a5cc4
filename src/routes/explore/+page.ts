import type { PageLoad } from './$types';
import { loadArchitectureText } from '$lib/architecture/text';
import { loadBaseScene } from '$lib/diagram/scene-data';
import { localeOf } from '$lib/i18n';

export const load: PageLoad = async ({ url, fetch }) => {
	const locale = localeOf(url);
	// The drawing shown until the reader reaches for the live diagram (see DiagramStage).
	const [text, scene] = await Promise.all([
		loadArchitectureText(locale),
		loadBaseScene(fetch, locale)
	]);
	return { text, scene };
};
