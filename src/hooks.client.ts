import type { HandleClientError } from '@sveltejs/kit';
import { localeOf } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { baseLocale, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';

// Paraglide reads the locale from the first path segment; under a base path (BASE_PATH) that segment is the base,
// so the locale is read the way the load functions read it, base path first taken off. Every message asks for
// it (hundreds on a page, again on each step): the answer is kept until the address changes, as parsing the URL
// each time was a visible share of a page's start-up.
let readFrom: string | undefined;
let current: Locale = baseLocale;
overwriteGetLocale(() => {
	if (location.href !== readFrom) {
		readFrom = location.href;
		current = localeOf(new URL(readFrom));
	}
	return current;
});

/**
 * An error nobody expected, thrown in a load function or while a page renders (kit's handleRenderingErrors):
 * +error.svelte shows a friendly message in the page's language with a way back; the details go to the console.
 * A missing page keeps its plain not-found message.
 */
export const handleError: HandleClientError = ({ error, event, status }) => {
	const locale = localeOf(event.url);
	if (status === 404) return { message: m.error_not_found({}, { locale }) };
	console.error(error);
	return { message: m.error_unexpected({}, { locale }), reason: 'unexpected' };
};
