/**
 * The Svelte Flow nodes and edges of the architecture, built once from the topology and the layout. They hold
 * no words and no state: labels, the active hop and the selection are read from the diagram's view by each
 * node and edge, so neither stepping nor a change of language rebuilds these arrays.
 */
import type { Edge, EdgeTypes, Node, NodeTypes } from '@xyflow/svelte';
import {
	components,
	links,
	type ComponentId,
	type LinkKind,
	type PartitionId
} from '$lib/architecture/topology';
import { boxes, kernelBand, panels, routes, type Rect, type Side } from './layout';

export type PanelNodeData = { partition: PartitionId; kind: 'panel' | 'kernel' };
export type ComponentNodeData = { id: ComponentId };
export type LinkEdgeData = { kind: LinkKind; inFigure: boolean; centerY?: number };

// Layers: panels under edges under boxes, boxes inside boxes on top.
export const Z_PANEL = 0;
export const Z_EDGE = 1;
export const Z_BOX = 2;

export const frame = (rect: Rect) => ({
	position: { x: rect.x, y: rect.y },
	width: rect.width,
	height: rect.height
});

export const fixed = { draggable: false, selectable: false, focusable: false, connectable: false };

/**
 * More for a diagram to draw beside the architecture, built once, with the components that draw it (the
 * stress view's idle child partitions, loaded only there).
 */
export interface DiagramExtra {
	nodes: Node[];
	edges: Edge[];
	nodeTypes: NodeTypes;
	edgeTypes: EdgeTypes;
}

export function buildNodes(): Node[] {
	const nodes: Node[] = [];
	for (const [partition, rect] of Object.entries(panels) as [keyof typeof panels, Rect][]) {
		nodes.push({
			id: `panel-${partition}`,
			type: 'panel',
			data: { partition, kind: 'panel' } satisfies PanelNodeData,
			zIndex: Z_PANEL,
			...frame(rect),
			...fixed
		});
		if (partition !== 'hypervisor') {
			nodes.push({
				id: `kernel-${partition}`,
				type: 'panel',
				data: { partition, kind: 'kernel' } satisfies PanelNodeData,
				zIndex: Z_PANEL,
				...frame(kernelBand(partition)),
				...fixed
			});
		}
	}
	for (const component of components) {
		nodes.push({
			id: component.id,
			type: 'component',
			data: { id: component.id } satisfies ComponentNodeData,
			zIndex: component.parent ? Z_BOX + 1 : Z_BOX,
			...frame(boxes[component.id]),
			...fixed
		});
	}
	return nodes;
}

/** The id of the details panel, which the selected box controls. */
export const DETAILS_ID = 'component-details';

export const handleId = (side: Side, type: 'source' | 'target') => `${side}-${type}`;

export function buildEdges(): Edge[] {
	return links.map((link) => {
		const route = routes[link.id];
		return {
			id: link.id,
			type: 'link',
			source: link.from,
			target: link.to,
			sourceHandle: handleId(route.from, 'source'),
			targetHandle: handleId(route.to, 'target'),
			zIndex: Z_EDGE,
			selectable: false,
			focusable: false,
			data: {
				kind: link.kind,
				inFigure: link.inFigure,
				centerY: route.centerY
			} satisfies LinkEdgeData
		};
	});
}
