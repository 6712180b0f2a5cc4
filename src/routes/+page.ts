import type { PageLoad } from './$types';
import { loadArchitectureText } from '$lib/architecture/text';
import { localeOf } from '$lib/i18n';

export const load: PageLoad = async ({ url, data }) => {
	const text = await loadArchitectureText(localeOf(url));
	return { ...data, text };
};
