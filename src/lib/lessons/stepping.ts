// A lesson's steps are states of one page, not pages of their own. Stepping changes the address (so a reload,
// a copied link, Back and Forward land on the step) through SvelteKit's shallow routing, without a navigation:
// a navigation ran the route's load, matched the route, and handed every reader of `page` a new page object,
// which cost a presenter 20–50 ms a step and the first step a long frame (see `npm run bench`). The step the
// page shows then lives in `page.state`; `page.url` and the page's data still say where it was loaded.
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';

/** The step shown: the one stepped to inside this page, else the one it was loaded with. Reactive. */
export function shownStep(loaded: number): number {
	return page.state.shown?.step ?? loaded;
}

/** The address the window shows. Reactive; read it, not `page.url`, for "this page" (language links, presenting). */
export function shownUrl(): URL {
	const shown = page.state.shown;
	return shown ? new URL(shown.href, page.url) : page.url;
}

/**
 * Shows step `step` of the lesson on screen, at address `href` (a new history entry, or in place of the current
 * one: an embed's host choosing a step should not fill its Back button).
 */
export function showStep(href: string, step: number, { replace = false } = {}) {
	const state = { shown: { step, href } };
	// The caller's hrefOf() localizes the path (see localHref); resolve() cannot, as it knows no locales.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	if (replace) replaceState(href, state);
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	else pushState(href, state);
}

/** The lesson on screen, taking addresses of its own steps (see stepsInPlace). */
let inPlace: ((path: string) => boolean) | undefined;

/**
 * Lets the lesson on screen show an address that is one of its steps in place, rather than by a navigation
 * (the audience's window of a presentation follows the speaker's steps so). Returns the undo, for teardown.
 */
export function stepsInPlace(show: (path: string) => boolean): () => void {
	inPlace = show;
	return () => {
		if (inPlace === show) inPlace = undefined;
	};
}

/** Shows `path` in place when it is a step of the lesson on screen; false when it is not (navigate then). */
export function showInPlace(path: string): boolean {
	return inPlace?.(path) ?? false;
}
