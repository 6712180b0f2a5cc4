import type { Handle } from '@sveltejs/kit';
import { appPath } from '$lib/i18n';
import { paraglideMiddleware } from '$lib/paraglide/server';
import firstPaintScript from '$lib/first-paint.js?raw';

const POLICY = /<meta http-equiv="content-security-policy"[^>]*>/;

/**
 * The saved theme (and a speaker window's layout) is applied by a script in the head, before anything is drawn
 * (first-paint.js). Inline, not a file: a script in the head holds the page until it has run, and a file would
 * make a phone wait a round trip for it. It goes right after the content security policy, which allows it by its
 * hash (svelte.config.js), so the policy governs it like any other script; where a page has no policy meta (the
 * dev server), at the head's start.
 */
function withFirstPaintScript(html: string): string {
	const script = `<script>${firstPaintScript}</script>`;
	return POLICY.test(html)
		? html.replace(POLICY, (policy) => policy + script)
		: html.replace('<head>', `<head>${script}`);
}

// Runs while prerendering: picks the locale from the URL and writes it into <html lang>, and adds the
// first-paint script. Paraglide reads the locale from the first path segment, so it is given the URL without
// the base path (see src/lib/i18n.ts).
export const handle: Handle = ({ event, resolve }) => {
	const url = new URL(event.url);
	url.pathname = appPath(event.url);
	return paraglideMiddleware(
		event.request,
		({ request, locale }) => {
			event.request = request;
			return resolve(event, {
				transformPageChunk: ({ html }) =>
					withFirstPaintScript(html.replace('%paraglide.lang%', locale))
			});
		},
		{ effectiveRequestUrl: url }
	);
};
