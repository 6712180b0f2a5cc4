import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// /nl/learn/… is served by the same route as /learn/…; the locale stays in the URL.
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
