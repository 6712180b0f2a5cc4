/**
 * The Svelte Flow nodes and edges of the stress view's idle child partitions, built once from their structure
 * (`childCopies`) and their layout (`copyRects`), like the architecture's own (../flow.ts). They hold no words:
 * titles and labels are read from the diagram's view, so a change of language rebuilds nothing.
 */
import type { Edge, Node } from '@xyflow/svelte';
import { childCopies, figureChildren } from '$lib/architecture/copies';
import type { ComponentId, LinkKind, Mode } from '$lib/architecture/topology';
import { Z_BOX, Z_EDGE, Z_PANEL, fixed, frame, handleId } from '../flow';
import type { Rect } from '../layout';
import { copyRects } from './layout';
import { anchor } from '../paths';

export type CopyPanelData = { number: number; kind: 'panel' | 'kernel' };
/** `like`: the Windows child's box of the same kind, whose label the copy shows. */
export type CopyBoxData = { like: ComponentId; mode: Mode };
export type CopyLinkData = { kind: LinkKind; path: string };

export interface CopiesFlow {
	nodes: Node[];
	edges: Edge[];
	/** How many child partitions the diagram shows with these copies: the figure's three and the copies. */
	children: number;
	copies: number;
	/** Every copy's rectangles, in the order of the nodes (for the tests and fitting). */
	rects: { panel: Rect; boxes: Rect[] }[];
}

export function buildCopies(children: number): CopiesFlow {
	const copies = childCopies(children);
	const nodes: Node[] = [];
	const edges: Edge[] = [];
	const rects: CopiesFlow['rects'] = [];
	copies.forEach((copy, index) => {
		const r = copyRects(index);
		rects.push({ panel: r.panel, boxes: Object.values(r.boxes) });
		nodes.push(
			{
				id: copy.id,
				type: 'copy-panel',
				data: { number: copy.number, kind: 'panel' } satisfies CopyPanelData,
				zIndex: Z_PANEL,
				...frame(r.panel),
				...fixed
			},
			{
				id: `${copy.id}-kernel`,
				type: 'copy-panel',
				data: { number: copy.number, kind: 'kernel' } satisfies CopyPanelData,
				zIndex: Z_PANEL,
				...frame(r.kernel),
				...fixed
			}
		);
		for (const component of copy.components) {
			nodes.push({
				id: component.id,
				type: 'copy-box',
				data: { like: component.like, mode: component.mode } satisfies CopyBoxData,
				zIndex: Z_BOX,
				...frame(r.boxes[component.part]),
				...fixed
			});
		}
		const rectOf = (id: string) => r.boxes[copy.components.find((c) => c.id === id)!.part];
		for (const link of copy.links) {
			const from = anchor(rectOf(link.from), 'bottom');
			const to = anchor(rectOf(link.to), 'top');
			edges.push({
				id: link.id,
				type: 'copy-link',
				source: link.from,
				target: link.to,
				sourceHandle: handleId('bottom', 'source'),
				targetHandle: handleId('top', 'target'),
				zIndex: Z_EDGE,
				selectable: false,
				focusable: false,
				data: {
					kind: link.kind,
					path: `M ${from.x},${from.y} L ${to.x},${to.y}`
				} satisfies CopyLinkData
			});
		}
	});
	return {
		nodes,
		edges,
		children: figureChildren.length + copies.length,
		copies: copies.length,
		rects
	};
}
