/**
 * The stress view's idle child partitions with the components that draw them: explore imports this only for
 * `?stress=N`, so no other page loads it.
 */
import type { DiagramExtra } from '../flow';
import CopyBoxNode from './CopyBoxNode.svelte';
import CopyLinkEdge from './CopyLinkEdge.svelte';
import CopyPanelNode from './CopyPanelNode.svelte';
import { buildCopies } from './flow';

export interface StressDiagram {
	extra: DiagramExtra;
	/** How many child partitions the diagram draws. */
	children: number;
	/** How many of them are idle copies. */
	copies: number;
}

export function stressDiagram(children: number): StressDiagram {
	const built = buildCopies(children);
	return {
		extra: {
			nodes: built.nodes,
			edges: built.edges,
			nodeTypes: { 'copy-panel': CopyPanelNode, 'copy-box': CopyBoxNode },
			edgeTypes: { 'copy-link': CopyLinkEdge }
		},
		children: built.children,
		copies: built.copies
	};
}
