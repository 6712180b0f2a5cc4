/**
 * Arrow-key movement between boxes: from one box, the nearest box whose centre lies in the pressed direction.
 * Distance along the direction counts, sideways distance counts double, so ↓ from a box prefers the box
 * straight below over a nearer one off to the side.
 */
import type { ComponentId } from '$lib/architecture/topology';
import { boxes } from './layout';

export type Direction = 'up' | 'down' | 'left' | 'right';

const centre = (id: ComponentId) => {
	const b = boxes[id];
	return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

export function neighbour(from: ComponentId, direction: Direction): ComponentId | undefined {
	const a = centre(from);
	let best: { id: ComponentId; score: number } | undefined;
	for (const id of Object.keys(boxes) as ComponentId[]) {
		if (id === from) continue;
		const b = centre(id);
		const dx = b.x - a.x;
		const dy = b.y - a.y;
		const along = { up: -dy, down: dy, left: -dx, right: dx }[direction];
		const across = direction === 'up' || direction === 'down' ? Math.abs(dx) : Math.abs(dy);
		// Only boxes clearly in that direction: at least 45° off the perpendicular.
		if (along <= 0 || across > along * 2) continue;
		const score = along + 2 * across;
		if (!best || score < best.score) best = { id, score };
	}
	return best?.id;
}

export const directionOfKey: Record<string, Direction> = {
	ArrowUp: 'up',
	ArrowDown: 'down',
	ArrowLeft: 'left',
	ArrowRight: 'right'
};
