import type { Reroute } from '@sveltejs/kit';
import { routePath } from '$lib/i18n';

// /nl/learn/… is served by the same route as /learn/…; the locale stays in the URL (under any base path).
export const reroute: Reroute = ({ url }) => routePath(url);
