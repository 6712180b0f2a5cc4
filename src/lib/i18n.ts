import { baseLocale, extractLocaleFromUrl, type Locale } from '$lib/paraglide/runtime';

/**
 * The locale a URL asks for (/nl/… is Dutch, anything else English). Load functions use this rather than
 * the global getLocale(), which on the client still reflects the page being left during a navigation.
 */
export function localeOf(url: URL): Locale {
	return extractLocaleFromUrl(url) ?? baseLocale;
}
