/**
 * Where the camera looks on a small screen: the box the request is at, with the box it came from, so the
 * token's whole trip is in view. On a wide screen the whole architecture fits and the camera does not move.
 */
import { getLink } from '$lib/architecture/topology';
import type { Hop } from '$lib/model/hop';
import { boxes, type Rect } from './layout';

/** Below this width (in CSS pixels) the whole drawing would be too small to read. */
export const FOLLOW_BELOW_WIDTH = 700;

export function hopBounds(hop: Hop): Rect {
	const rects = [boxes[hop.node]];
	if (hop.edge) {
		const link = getLink(hop.edge);
		rects.push(boxes[link.from], boxes[link.to]);
	}
	const left = Math.min(...rects.map((r) => r.x));
	const top = Math.min(...rects.map((r) => r.y));
	const right = Math.max(...rects.map((r) => r.x + r.width));
	const bottom = Math.max(...rects.map((r) => r.y + r.height));
	return { x: left, y: top, width: right - left, height: bottom - top };
}
