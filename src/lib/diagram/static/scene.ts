/**
 * The architecture diagram at one step, as plain shapes: the same topology, layout and link paths the live
 * Svelte Flow diagram draws, with the step's hop and travelled links lit. Pure data, so a handout page and a
 * file export draw exactly one picture, and a test can check that what is lit is what the model says.
 */
import type { ArchitectureText } from '$lib/architecture/content';
import { components, links } from '$lib/architecture/topology';
import type { Travel } from '$lib/architecture/travel';
import { bounds, boxes, kernelBand, panels, type Rect } from '../layout';
import { linkEnd, linkPath } from '../paths';
import type { Hop } from '$lib/model/hop';
import { litScene } from './lit';
import type { Scene, SceneBox, SceneLink, ScenePanel } from './shapes';
import { FONT, fitText, MARGIN } from './metrics';

/** A box label's lines and font size in the drawing: the usual size, unless the box is too small for it. */
export const fitLabel = (label: string, width: number, height: number) =>
	fitText(label, width, height, FONT.box);

/** The diagram with `hop` lit and `travels` drawn as travelled, labelled in the words of `text`. */
export function sceneOf(
	text: ArchitectureText,
	hop: Hop | undefined,
	travels: readonly Travel[]
): Scene {
	return litScene(baseSceneOf(text), hop?.node, travels);
}

/**
 * The diagram with nothing lit, labelled in the words of `text`: what differs from step to step is left to
 * litScene (lit.ts), which needs none of the geometry code, so a page can light a prerendered base scene.
 */
export function baseSceneOf(text: ArchitectureText): Scene {
	const drawnPanels: ScenePanel[] = [];
	for (const [partition, rect] of Object.entries(panels) as [keyof typeof panels, Rect][]) {
		drawnPanels.push({ ...rect, partition, kind: 'panel', title: text.partitions[partition] });
		if (partition !== 'hypervisor') {
			drawnPanels.push({
				...kernelBand(partition),
				partition,
				kind: 'kernel',
				title: text.modes.kernel
			});
		}
	}
	// Outer boxes first, so the boxes inside them are drawn on top, as the live diagram stacks them.
	const ordered = [...components].sort((a, b) => Number(!!a.parent) - Number(!!b.parent));
	const drawnBoxes = ordered.map((c): SceneBox => {
		const rect = boxes[c.id];
		return {
			...rect,
			id: c.id,
			mode: c.mode,
			...fitLabel(text.components[c.id].label, rect.width - 10, rect.height),
			container: components.some((other) => other.parent === c.id),
			added: !c.inFigure,
			active: false
		};
	});
	const drawnLinks = links.map((l): SceneLink => ({
		id: l.id,
		d: linkPath(l.id),
		kind: l.kind,
		added: !l.inFigure,
		active: false,
		start: linkEnd(l.id, true),
		end: linkEnd(l.id, false)
	}));
	return {
		width: bounds.width + 2 * MARGIN,
		height: bounds.height + 2 * MARGIN,
		panels: drawnPanels,
		links: drawnLinks,
		boxes: drawnBoxes
	};
}
