// A lesson's steps are states of one page, not pages of their own. Stepping changes the address (so a reload,
// a copied link, Back and Forward land on the step) through SvelteKit's shallow routing, without a navigation:
// a navigation ran the route's load, matched the route, and handed every reader of `page` a new page object,
// which cost a presenter 20–50 ms a step and the first step a long frame (see `npm run bench`). The step the
// page shows then lives in `page.state`; `page.url` and the page's data still say where it was loaded.
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { unwritten } from './unwritten.svelte';

/** The step not yet in the address, if it was shown on this page (not on one the reader has gone to since). */
function shownAhead() {
	const ahead = unwritten.shown;
	return ahead && ahead.on === page.url.href ? ahead : undefined;
}

/** The step shown: the one stepped to inside this page, else the one it was loaded with. Reactive. */
export function shownStep(loaded: number): number {
	return shownAhead()?.step ?? page.state.shown?.step ?? loaded;
}

/**
 * The address the window shows. Reactive; read it, not `page.url`, for "this page" (language links, presenting).
 * It follows a step once its address is written, after the step has been painted.
 */
export function shownUrl(): URL {
	const shown = page.state.shown;
	return shown ? new URL(shown.href, page.url) : page.url;
}

/** Writes the address of the step shown last, if it is not written yet. */
let writeAddress: (() => void) | undefined;

/**
 * Shows step `step` of the lesson on screen, at address `href` (a new history entry, or in place of the current
 * one: an embed's host choosing a step should not fill its Back button).
 *
 * The step is shown at once; its address is written once the step has been painted (the frame after the key
 * press, or a quarter second later where no frames are drawn, in a hidden window): writing a history entry took
 * a presenter's key press several milliseconds that the step's first paint could not spare. A step shown before
 * the previous one's address was written writes that one first, so Back still goes through every step.
 */
export function showStep(href: string, step: number, { replace = false } = {}) {
	writeAddress?.();
	const on = page.url.href;
	unwritten.shown = { step, href, on };
	let frame = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const write = () => {
		if (writeAddress !== write) return;
		writeAddress = undefined;
		cancelAnimationFrame(frame);
		clearTimeout(timer);
		clearTimeout(late);
		// The reader went to another page meanwhile: this page's step has no address to write any more.
		if (page.url.href === on) {
			const state = { shown: { step, href } };
			// The caller's hrefOf() localizes the path (see localHref); resolve() cannot, as it knows no locales.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			if (replace) replaceState(href, state);
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			else pushState(href, state);
		}
		if (unwritten.shown?.href === href && unwritten.shown.on === on) unwritten.shown = undefined;
	};
	writeAddress = write;
	// After the frame that paints the step: a task queued from its animation frame callback runs after its paint.
	frame = requestAnimationFrame(() => (timer = setTimeout(write)));
	const late = setTimeout(write, 250);
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
