import { base } from '$app/paths';
import {
	baseLocale,
	deLocalizeUrl,
	extractLocaleFromUrl,
	localizeHref,
	type Locale
} from '$lib/paraglide/runtime';

// The site may be published under a sub-path (`BASE_PATH=/enlighten npm run build`, see svelte.config.js).
// Paraglide's URL strategy reads the locale from the first path segment and knows nothing of that base, so
// every URL goes through these functions: the base is taken off before Paraglide sees a path and put back after.
// While SvelteKit renders a page on the server, `base` is relative to that page ('.', '../..') so that the
// prerendered HTML links relatively; a URL's pathname is absolute, so the base is made absolute to take it off.

/** `pathname` without the site's base path `prefix` (`/enlighten/nl/` → `/nl/`); as it is if outside it. */
export function stripBase(pathname: string, prefix: string = base): string {
	if (!prefix) return pathname;
	if (pathname === prefix) return '/';
	return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}

/** The base path as an absolute path, also where SvelteKit made it relative to the page at `url`. */
function absoluteBase(url: URL): string {
	return base.startsWith('.') ? new URL(`${base}/`, url).pathname.slice(0, -1) : base;
}

/** The path of a page URL inside the app, without the base path: what localHref() takes. */
export function appPath(url: URL, prefix: string = absoluteBase(url)): string {
	return stripBase(url.pathname, prefix);
}

/** The same URL with the base path taken off its pathname. */
function withoutBase(url: URL, prefix: string): URL {
	const copy = new URL(url);
	copy.pathname = stripBase(url.pathname, prefix);
	return copy;
}

/**
 * The locale a URL asks for (/nl/… is Dutch, anything else English). Load functions use this rather than
 * the global getLocale(), which on the client still reflects the page being left during a navigation.
 */
export function localeOf(url: URL, prefix: string = absoluteBase(url)): Locale {
	return extractLocaleFromUrl(withoutBase(url, prefix)) ?? baseLocale;
}

/** The route a URL is served by: locale prefix off, base path kept (SvelteKit's reroute hook wants it). */
export function routePath(url: URL, prefix: string = absoluteBase(url)): string {
	const path = deLocalizeUrl(withoutBase(url, prefix)).pathname;
	return prefix + (url.pathname.endsWith('/') && !path.endsWith('/') ? `${path}/` : path);
}

/**
 * A link to the app path `path` (no base path; see appPath()) in `locale` (default: the current one), with the
 * base path in front. Keeps the trailing slash that every page URL has (`trailingSlash: 'always'`): Paraglide
 * drops it when it takes the /nl prefix off, and a static host would then answer with a redirect, or worse, a
 * page whose relative asset URLs no longer resolve.
 */
export function localHref(path: string, locale?: Locale, prefix: string = base): string {
	const href = localizeHref(path, locale ? { locale } : undefined);
	return prefix + (path.endsWith('/') && !href.endsWith('/') ? `${href}/` : href);
}
