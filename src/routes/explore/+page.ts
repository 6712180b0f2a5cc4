import type { PageLoad } from './$types';
import { loadArchitectureText } from '$lib/architecture/text';
import { localeOf } from '$lib/i18n';

export const load: PageLoad = async ({ url }) => ({
	text: await loadArchitectureText(localeOf(url))
});
