// Step links are real links (a new tab, a copied address, no JavaScript), but a plain click on one steps inside
// the page (see stepping.ts). One listener on the player decides which clicks those are.

/**
 * The step a click on a step link asks for, when the click is one to handle inside the page: a plain
 * left-click on a link that names its step (`data-step`). A click with a modifier (a new tab or window) is the
 * browser's.
 */
export function stepClicked(event: MouseEvent): number | undefined {
	if (event.defaultPrevented || event.button !== 0) return undefined;
	if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return undefined;
	const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-step]');
	if (!link || (link.target && link.target !== '_self')) return undefined;
	const step = Number(link.dataset.step);
	return Number.isInteger(step) && step >= 1 ? step : undefined;
}
