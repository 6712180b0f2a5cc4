import { describe, expect, it } from 'vitest';
import { childCopies, copyParts } from '$lib/architecture/copies';
import { getComponent, getLink } from '$lib/architecture/topology';
import { stressRange } from '$lib/explore/config';
import { boxes, bounds, kernelBand, panels, type Rect } from '../layout';
import { boundsWithCopies, copyRects } from './layout';
import { buildCopies } from './flow';

const intersect = (a: Rect, b: Rect) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Rect, outer: Rect) =>
	inner.x >= outer.x &&
	inner.y >= outer.y &&
	inner.x + inner.width <= outer.x + outer.width &&
	inner.y + inner.height <= outer.y + outer.height;

describe('the stress view’s idle child partitions', () => {
	it('brings the diagram to N child partitions, numbered on from the figure’s three', () => {
		expect(childCopies(3)).toEqual([]);
		expect(childCopies(1)).toEqual([]);
		const copies = childCopies(32);
		expect(copies).toHaveLength(29);
		expect(copies.map((c) => c.number)).toEqual(Array.from({ length: 29 }, (_, i) => i + 4));
		expect(new Set(copies.flatMap((c) => c.components.map((x) => x.id))).size).toBe(29 * 3);
	});

	it('gives each copy the Windows child’s kernel-mode boxes and the links between them', () => {
		for (const copy of childCopies(8)) {
			expect(copy.components.map((c) => c.part)).toEqual([...copyParts]);
			for (const c of copy.components) {
				expect(getComponent(c.like).partition).toBe('win');
				expect(c.mode).toBe(getComponent(c.like).mode);
			}
			const ids = copy.components.map((c) => c.id);
			for (const link of copy.links) {
				// No dangling links, and none out of the copy: idle copies never talk to anything.
				expect(ids).toContain(link.from);
				expect(ids).toContain(link.to);
				expect(link.kind).toBe(getLink(link.like).kind);
			}
		}
	});

	it.each([1, 3, 4, 5, 17, 32, 33, stressRange.max])(
		'lays out %i child partitions without overlaps, beside the figure',
		(children) => {
			const flow = buildCopies(children);
			expect(flow.children).toBe(Math.max(children, 3));
			expect(flow.copies).toBe(Math.max(children - 3, 0));
			expect(flow.rects).toHaveLength(flow.copies);
			const figure = [
				...Object.values(panels),
				...Object.values(boxes),
				...(['root', 'win', 'linux', 'legacy'] as const).map(kernelBand)
			];
			const whole = boundsWithCopies(flow.copies);
			flow.rects.forEach(({ panel, boxes: own }, i) => {
				// No copy overlaps the figure, nor any other copy.
				for (const r of figure) expect(intersect(panel, r), `copy ${i} on the figure`).toBe(false);
				flow.rects.forEach((other, j) => {
					if (i !== j) expect(intersect(panel, other.panel), `copies ${i} and ${j}`).toBe(false);
				});
				// Its boxes sit inside it, below its title, apart from each other, with room for a link between.
				for (const box of own) {
					expect(inside(box, panel)).toBe(true);
					expect(box.y - panel.y).toBeGreaterThanOrEqual(40);
				}
				own.forEach((a, k) => {
					own.slice(k + 1).forEach((b) => {
						expect(intersect(a, b)).toBe(false);
						expect(Math.abs(b.y - (a.y + a.height))).toBeGreaterThanOrEqual(8);
					});
				});
				expect(inside(copyRects(i).kernel, panel)).toBe(true);
				// The kernel-mode caption (11 px, at the band's top) stays clear of the first box.
				expect(Math.min(...own.map((b) => b.y)) - copyRects(i).kernel.y).toBeGreaterThanOrEqual(18);
				for (const box of own) expect(inside(box, copyRects(i).kernel)).toBe(true);
				// Fitting the view to the whole drawing shows every copy.
				expect(inside(panel, whole)).toBe(true);
			});
			for (const r of figure) expect(inside(r, whole)).toBe(true);
		}
	);

	it('keeps the figure’s bounds when there are no copies, and grows no taller than the figure', () => {
		expect(boundsWithCopies(0)).toEqual(bounds);
		expect(boundsWithCopies(61).height).toBe(bounds.height);
		expect(boundsWithCopies(29).width).toBeGreaterThan(bounds.width);
	});

	it('builds one node per panel, kernel area and box, and an edge per link, with unique ids', () => {
		const flow = buildCopies(32);
		expect(flow.nodes).toHaveLength(29 * 5);
		expect(flow.edges).toHaveLength(29 * 2);
		const ids = [...flow.nodes, ...flow.edges].map((x) => x.id);
		expect(new Set(ids).size).toBe(ids.length);
		const nodeIds = new Set(flow.nodes.map((n) => n.id));
		for (const edge of flow.edges) {
			expect(nodeIds.has(edge.source) && nodeIds.has(edge.target), edge.id).toBe(true);
		}
		// Nothing in a copy takes focus or a click: it is drawing only.
		for (const node of flow.nodes) {
			expect(node.focusable).toBe(false);
			expect(node.selectable).toBe(false);
		}
	});
});
