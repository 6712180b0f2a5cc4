/** The part of the diagram a window shows, in diagram coordinates: what a second window of another size fits. */
export interface DiagramRect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The diagram rectangle a viewport (pan x/y, zoom) shows in a canvas of the given size. */
export function visibleRect(
	viewport: { x: number; y: number; zoom: number },
	width: number,
	height: number
): DiagramRect {
	const { x, y, zoom } = viewport;
	return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
}

export function isDiagramRect(value: unknown): value is DiagramRect | null {
	if (value === null) return true;
	if (typeof value !== 'object') return false;
	const r = value as Record<string, unknown>;
	return (
		[r.x, r.y, r.width, r.height].every(Number.isFinite) &&
		(r.width as number) > 0 &&
		(r.height as number) > 0
	);
}
