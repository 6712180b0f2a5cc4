/**
 * The shapes of a scene: the diagram as plain data, what scene.ts builds, lit.ts lights and drawing.ts draws. Apart
 * from all three, so each can name them without importing the others' code.
 */
import type { ComponentId, LinkId, LinkKind, Mode, PartitionId } from '$lib/architecture/topology';
import type { Rect } from '../layout';

export interface ScenePanel extends Rect {
	partition: PartitionId;
	kind: 'panel' | 'kernel';
	title: string;
}

export interface SceneBox extends Rect {
	id: ComponentId;
	mode: Mode;
	/** The label, broken into lines that fit the box. */
	lines: string[];
	/** The label's font size: smaller than usual only where one word is too long for the box. */
	fontSize: number;
	/** A box with boxes drawn inside it: its label sits at the top. */
	container: boolean;
	/** Not in Microsoft's figure (drawn dashed, as on the live diagram). */
	added: boolean;
	/** The request is here. */
	active: boolean;
}

export interface SceneLink {
	id: LinkId;
	d: string;
	kind: LinkKind;
	added: boolean;
	/** The request travelled it in this step. */
	active: boolean;
	/** Where the link leaves its `from` box and enters its `to` box: where a token comes to rest. */
	start: Point;
	end: Point;
}

export interface Point {
	x: number;
	y: number;
}

export interface Scene {
	width: number;
	height: number;
	panels: ScenePanel[];
	links: SceneLink[];
	boxes: SceneBox[];
	/** Where the request rests at the end of the step, as the live diagram's token does. */
	token?: Point;
}
