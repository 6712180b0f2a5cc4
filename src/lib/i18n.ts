import {
	baseLocale,
	extractLocaleFromUrl,
	localizeHref,
	type Locale
} from '$lib/paraglide/runtime';

/**
 * The locale a URL asks for (/nl/… is Dutch, anything else English). Load functions use this rather than
 * the global getLocale(), which on the client still reflects the page being left during a navigation.
 */
export function localeOf(url: URL): Locale {
	return extractLocaleFromUrl(url) ?? baseLocale;
}

/**
 * A link to `path` in `locale` (default: the current one). Keeps the trailing slash that every page URL has
 * (`trailingSlash: 'always'`): Paraglide drops it when it takes the /nl prefix off, and a static host would
 * then answer with a redirect, or worse, a page whose relative asset URLs no longer resolve.
 */
export function localHref(path: string, locale?: Locale): string {
	const href = localizeHref(path, locale ? { locale } : undefined);
	return path.endsWith('/') && !href.endsWith('/') ? `${href}/` : href;
}
