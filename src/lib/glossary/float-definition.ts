/**
 * Places a term's definition box next to its link and inside the viewport, with Floating UI: below the term
 * if it fits, above if not, slid sideways to stay on screen, and never wider than the screen. CSS still decides
 * *whether* the box shows (hover, focus, Escape; see GlossaryText); this decides only *where*. Until it has been
 * placed the box stays invisible, so it never flashes at a spot where it would be cut off.
 *
 * Floating UI is fetched the first time a definition opens: a page reads its narration long before anyone
 * hovers a term, and most pages have no terms at all.
 */
import type { Attachment } from 'svelte/attachments';

type FloatingUi = typeof import('@floating-ui/dom');
let floatingUi: Promise<FloatingUi> | undefined;

/** Room kept between the box and the edges of the viewport, in px. */
const EDGE = 8;

/** An attachment for a term's wrapper: `link` is the term's link, `tip` its definition box. */
export function floatDefinition(
	select: (term: HTMLElement) => [HTMLElement, HTMLElement]
): Attachment<HTMLElement> {
	return (term) => {
		const [link, tip] = select(term);
		let stop: (() => void) | undefined;
		let open = false;

		async function show() {
			if (open) return;
			open = true;
			tip.style.visibility = 'hidden';
			const { autoUpdate, computePosition, flip, offset, shift, size } = await (floatingUi ??=
				import('@floating-ui/dom'));
			if (!open) return;
			stop = autoUpdate(link, tip, async () => {
				const { x, y } = await computePosition(link, tip, {
					strategy: 'fixed',
					placement: 'bottom-start',
					middleware: [
						offset(4),
						flip({ padding: EDGE }),
						shift({ padding: EDGE }),
						size({
							padding: EDGE,
							apply({ availableWidth }) {
								tip.style.setProperty('--available-width', `${Math.max(0, availableWidth)}px`);
							}
						})
					]
				});
				Object.assign(tip.style, { left: `${x}px`, top: `${y}px`, visibility: '' });
			});
		}

		function hide() {
			// Still pointed at or focused: one of the two is enough to keep it open.
			if (term.matches(':hover') || term.matches(':focus-within')) return;
			open = false;
			stop?.();
			stop = undefined;
		}

		const leave = () => queueMicrotask(hide);
		term.addEventListener('mouseenter', show);
		term.addEventListener('focusin', show);
		term.addEventListener('mouseleave', leave);
		term.addEventListener('focusout', leave);
		return () => {
			term.removeEventListener('mouseenter', show);
			term.removeEventListener('focusin', show);
			term.removeEventListener('mouseleave', leave);
			term.removeEventListener('focusout', leave);
			open = false;
			stop?.();
		};
	};
}
