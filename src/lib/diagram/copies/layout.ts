/**
 * The stress view's idle child partitions (`childCopies`), to the right of the figure (../layout.ts): a grid
 * of small panels as tall as the figure, filled column by column. Each holds its title, a kernel-mode band
 * and its boxes stacked as in the Windows child, with room between them for the links.
 *
 * Apart from ../layout.ts on purpose: every page with a diagram shares that module's chunk; only the stress
 * view needs this.
 */
import type { CopyPart } from '$lib/architecture/copies';
import { COLUMN_TOP, bounds, type Rect } from '../layout';

const at = (panel: Rect, x: number, y: number, width: number, height: number): Rect => ({
	x: panel.x + x,
	y: panel.y + y,
	width,
	height
});

export const copyGrid = {
	left: bounds.x + bounds.width + 32,
	width: 172,
	height: 152,
	gap: 14,
	rows: 4
};

export interface CopyRects {
	panel: Rect;
	kernel: Rect;
	boxes: Record<CopyPart, Rect>;
}

/** Where the copy at `index` (0 for the first copy, child partition 4) sits. */
export function copyRects(index: number): CopyRects {
	const { left, width, height, gap, rows } = copyGrid;
	const panel: Rect = {
		x: left + Math.floor(index / rows) * (width + gap),
		y: COLUMN_TOP + (index % rows) * (height + gap),
		width,
		height
	};
	// The kernel-mode caption takes the band's first 14 units.
	const box = (y: number) => at(panel, 20, y, width - 40, 22);
	return {
		panel,
		kernel: at(panel, 8, 28, width - 16, height - 34),
		boxes: { 'io-stack': box(48), vsc: box(83), vmbus: box(118) }
	};
}

/** The whole drawing with `count` copies beside the figure. */
export function boundsWithCopies(count: number): Rect {
	if (count <= 0) return bounds;
	const { left, width, height, gap, rows } = copyGrid;
	const columns = Math.ceil(count / rows);
	return {
		x: bounds.x,
		y: bounds.y,
		width: left + columns * width + (columns - 1) * gap - bounds.x,
		height: Math.max(bounds.height, Math.min(count, rows) * (height + gap) - gap)
	};
}
