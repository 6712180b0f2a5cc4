import type { Handle } from '@sveltejs/kit';
import { appPath } from '$lib/i18n';
import { paraglideMiddleware } from '$lib/paraglide/server';

// Runs while prerendering: picks the locale from the URL and writes it into <html lang>. Paraglide reads the
// locale from the first path segment, so it is given the URL without the base path (see src/lib/i18n.ts).
export const handle: Handle = ({ event, resolve }) => {
	const url = new URL(event.url);
	url.pathname = appPath(event.url);
	return paraglideMiddleware(
		event.request,
		({ request, locale }) => {
			event.request = request;
			return resolve(event, {
				transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
			});
		},
		{ effectiveRequestUrl: url }
	);
};
