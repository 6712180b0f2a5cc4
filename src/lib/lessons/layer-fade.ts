import type { TransitionConfig } from 'svelte/transition';

/**
 * Svelte's `fade` for a layer that is fully opaque when shown (a scene or comparison layer of the lesson player):
 * from 0 to 1 and back, without `fade`'s getComputedStyle of the layer's opacity, which made a scene switch's key
 * press work out the style of the whole new scene on the spot, before the rest of the step was even in the page.
 */
export function layerFade(_node: Element, { duration = 250 } = {}): TransitionConfig {
	return { duration, css: (t) => `opacity: ${t}` };
}
