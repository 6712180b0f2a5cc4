/**
 * Links into the glossary and from it to the diagram. The fragment and query are added after localHref(), which
 * keeps the trailing slash only when the path ends in one: '/glossary/#vmbus' would come back as
 * '/nl/glossary#vmbus', a URL a static host redirects or answers with a 404.
 */
import type { ComponentId } from '$lib/architecture/topology';
import { localHref } from '$lib/i18n';
import type { Locale } from '$lib/paraglide/runtime';

/** The glossary entry of a term: `/glossary/#<id>` (or `/nl/glossary/#<id>`). */
export function termHref(termId: string, locale?: Locale): string {
	return `${localHref('/glossary/', locale)}#${termId}`;
}

/** The home page with the diagram showing one box: `/?node=<id>` (or `/nl/?node=<id>`). */
export function nodeHref(node: ComponentId, locale?: Locale): string {
	return `${localHref('/', locale)}?node=${node}`;
}
