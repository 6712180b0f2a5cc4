/**
 * A wheel listener that only takes note: passive, so the browser scrolls or zooms at once instead of waiting
 * for it (a non-passive wheel listener is what Lighthouse's "passive listeners" audit flags). Svelte's
 * `onwheel` attribute adds a listener that may cancel the wheel; a handler that never does is passive here.
 */
import type { Attachment } from 'svelte/attachments';
import { on } from 'svelte/events';

export const onWheelPassive =
	(handler: (event: WheelEvent) => void): Attachment<HTMLElement> =>
	(node) =>
		on(node, 'wheel', handler, { passive: true });
