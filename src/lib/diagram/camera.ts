/**
 * Where the camera looks on a small screen: the box the request is at, with the link it last came along, so
 * the token's arrival is in view. On a wide screen the whole architecture fits and the camera does not move.
 */
import { getLink, type ComponentId } from '$lib/architecture/topology';
import type { Travel } from '$lib/architecture/travel';
import { boxes, type Rect } from './layout';

/**
 * Below this width (in CSS pixels) the whole drawing would be too small to read. A 1024×768 screen's diagram
 * (about 680 px beside the lesson's panel) and a 960×600 embed's (about 620) still show it whole.
 */
export const FOLLOW_BELOW_WIDTH = 560;

export function focusBounds(node: ComponentId, lastTravel: Travel | undefined): Rect {
	const rects = [boxes[node]];
	if (lastTravel) {
		const link = getLink(lastTravel.link);
		rects.push(boxes[link.from], boxes[link.to]);
	}
	const left = Math.min(...rects.map((r) => r.x));
	const top = Math.min(...rects.map((r) => r.y));
	const right = Math.max(...rects.map((r) => r.x + r.width));
	const bottom = Math.max(...rects.map((r) => r.y + r.height));
	// Never closer than a partition's width: a single box filling the screen shows nothing around it.
	const width = Math.max(right - left, MIN_VIEW.width);
	const height = Math.max(bottom - top, MIN_VIEW.height);
	return {
		x: (left + right - width) / 2,
		y: (top + bottom - height) / 2,
		width,
		height
	};
}

/** The smallest part of the drawing the camera shows, in diagram units. */
export const MIN_VIEW = { width: 320, height: 240 };
