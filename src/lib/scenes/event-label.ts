/**
 * Where a scene puts the label of something that happens in place (a pass sent, blocks merged): above the place
 * as a rule, below it when above would cover another box (the Network between two nodes has the VMs just above
 * it). Pure geometry on the layout's rectangles, so it is tested without drawing.
 */
import type { SceneRect } from './layout';

/** A pill's width for a label of `text` at 15 px: about 0.56 em a character, and room for its round ends. */
export const labelWidth = (text: string) => Math.max(184, Math.round(text.length * 15 * 0.56 + 28));

const overlaps = (a: SceneRect, b: SceneRect) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const contains = (outer: SceneRect, inner: SceneRect) =>
	outer.x <= inner.x &&
	outer.y <= inner.y &&
	outer.x + outer.width >= inner.x + inner.width &&
	outer.y + outer.height >= inner.y + inner.height;

/**
 * The label's rectangle beside `place`, clear of every box in `others` that does not hold the place itself (a
 * label may sit inside the frame its box is drawn in). Above when that is clear, else below, else above anyway.
 */
export function eventLabelRect(
	place: SceneRect,
	others: readonly SceneRect[],
	width: number,
	height = 24,
	gap = 4
): SceneRect {
	const x = place.x + place.width / 2 - width / 2;
	const above = { x, y: place.y - gap - height, width, height };
	const below = { x, y: place.y + place.height + gap, width, height };
	const obstacles = others.filter((o) => o !== place && !contains(o, place));
	const clear = (r: SceneRect) => !obstacles.some((o) => overlaps(r, o));
	return [above, below].find(clear) ?? above;
}
