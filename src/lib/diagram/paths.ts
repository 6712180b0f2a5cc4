/**
 * The drawn path of every link, computed from the layout alone: the edges and the travelling token use the
 * same geometry, and the token can follow several links in a row without asking the DOM where they are.
 */
// From @xyflow/system (the same version @xyflow/svelte uses), not @xyflow/svelte: that package's entry has side
// effects, and the static drawing (home page, handouts) would otherwise pull in Svelte Flow and d3 with it.
import { getSmoothStepPath, Position } from '@xyflow/system';
import { getLink, type LinkId } from '$lib/architecture/topology';
import { boxes, routes, type Rect, type Side } from './layout';

const position: Record<Side, Position> = {
	top: Position.Top,
	right: Position.Right,
	bottom: Position.Bottom,
	left: Position.Left
};

/** Where a link leaves or enters a box: the middle of that side, where its handle sits. */
export function anchor(rect: Rect, side: Side): { x: number; y: number } {
	switch (side) {
		case 'top':
			return { x: rect.x + rect.width / 2, y: rect.y };
		case 'bottom':
			return { x: rect.x + rect.width / 2, y: rect.y + rect.height };
		case 'left':
			return { x: rect.x, y: rect.y + rect.height / 2 };
		case 'right':
			return { x: rect.x + rect.width, y: rect.y + rect.height / 2 };
	}
}

const cache = new Map<LinkId, string>();

/** The SVG path of a link, from its `from` box to its `to` box. */
export function linkPath(id: LinkId): string {
	let d = cache.get(id);
	if (d) return d;
	const link = getLink(id);
	const route = routes[id];
	const source = anchor(boxes[link.from], route.from);
	const target = anchor(boxes[link.to], route.to);
	[d] = getSmoothStepPath({
		sourceX: source.x,
		sourceY: source.y,
		sourcePosition: position[route.from],
		targetX: target.x,
		targetY: target.y,
		targetPosition: position[route.to],
		borderRadius: 6,
		offset: 10,
		centerY: route.centerY
	});
	cache.set(id, d);
	return d;
}

/** Where a token that travelled a link comes to rest. */
export function linkEnd(id: LinkId, reverse: boolean): { x: number; y: number } {
	const link = getLink(id);
	const route = routes[id];
	return reverse ? anchor(boxes[link.from], route.from) : anchor(boxes[link.to], route.to);
}
