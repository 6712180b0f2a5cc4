/** The two shapes every motion module measures in, in the drawing's units: here so none of them leans on another. */
export interface Point {
	x: number;
	y: number;
}
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Whether two boxes overlap, with `gap` units kept between them (with no gap, touching edges do not overlap). */
export const overlaps = (a: Box, b: Box, gap = 0) =>
	a.x < b.x + b.width + gap &&
	b.x < a.x + a.width + gap &&
	a.y < b.y + b.height + gap &&
	b.y < a.y + a.height + gap;

/** Whether `inner` lies wholly inside `outer`. */
export const inside = (inner: Box, outer: Box) =>
	inner.x >= outer.x &&
	inner.y >= outer.y &&
	inner.x + inner.width <= outer.x + outer.width &&
	inner.y + inner.height <= outer.y + outer.height;
