/**
 * A scene as SVG elements, with every colour written on the element: the picture looks the same on paper, in
 * a downloaded file and in any theme, and needs no style sheet. One flat list of elements serves both the
 * handout page (rendered by StaticDiagram.svelte) and the exported file (serialized by svgMarkup), so the two
 * cannot drift apart. Each element also names its part in a `d-…` class: the lesson page's drawing
 * (SceneDiagram.svelte) colours it by theme from those, where a style sheet is at hand.
 */
import { FONT_FAMILY } from './font';
import { FONT, LINE_HEIGHT, MARGIN } from './metrics';
import type { Point, Scene, SceneBox, SceneLink, ScenePanel } from './shapes';

export type SvgTag = 'rect' | 'path' | 'text' | 'circle';

export interface SvgElement {
	tag: SvgTag;
	attrs: Record<string, string | number>;
	/** Text content (of a `text` element). */
	text?: string;
}

/** The light theme of the site (app.css), fixed: paper is white. */
export const palette = {
	background: '#ffffff',
	ink: '#17202c',
	inkMuted: '#4f5d70',
	panel: '#e9f0f9',
	panelBorder: '#b6c8e0',
	kernelBand: '#f7e6c4',
	kernelBorder: '#d9b46a',
	user: '#ffd873',
	kernel: '#ffce6b',
	boxBorder: '#c7851c',
	hv: '#e4e8ee',
	hvBorder: '#8b98ab',
	hw: '#dfe6ee',
	edge: '#5d6b7e',
	active: '#0f5fc9',
	activeBorder: '#0b4aa0',
	activeInk: '#ffffff',
	token: '#e0442a',
	tokenRing: '#ffffff'
} as const;

export { FONT_FAMILY };

const dashes: Record<string, string | undefined> = {
	vmbus: '5 4',
	hypercall: '2 3',
	synic: '2 3',
	intercept: '2 3'
};

export function panelElements(p: ScenePanel): SvgElement[] {
	const kernel = p.kind === 'kernel';
	const frame: SvgElement = {
		tag: 'rect',
		attrs: {
			x: p.x,
			y: p.y,
			width: p.width,
			height: p.height,
			rx: kernel ? 6 : 8,
			class: kernel ? 'd-kernel-band' : 'd-panel',
			fill: kernel ? palette.kernelBand : palette.panel,
			stroke: kernel ? palette.kernelBorder : palette.panelBorder,
			'stroke-width': 1,
			...(kernel ? { 'stroke-dasharray': '4 3' } : {})
		}
	};
	const size = kernel ? FONT.kernel : FONT.panel;
	const anchor = kernel ? 'end' : p.partition === 'hypervisor' ? 'start' : 'middle';
	const x =
		anchor === 'end' ? p.x + p.width - 6 : anchor === 'start' ? p.x + 10 : p.x + p.width / 2;
	const title: SvgElement = {
		tag: 'text',
		attrs: {
			x,
			y: p.y + (kernel ? 4 : 8) + size,
			'text-anchor': anchor,
			'font-size': size,
			'font-weight': kernel ? 600 : 700,
			class: kernel ? 'd-kernel-title' : 'd-panel-title',
			fill: kernel ? palette.inkMuted : palette.ink,
			...(kernel ? { 'letter-spacing': '0.04em' } : {})
		},
		text: kernel ? p.title.toUpperCase() : p.title
	};
	return [frame, title];
}

function boxFill(b: SceneBox): { fill: string; stroke: string } {
	if (b.active) return { fill: palette.active, stroke: palette.activeBorder };
	switch (b.mode) {
		case 'user':
			return { fill: palette.user, stroke: palette.boxBorder };
		case 'kernel':
			return { fill: palette.kernel, stroke: palette.boxBorder };
		case 'hypervisor':
			return { fill: palette.hv, stroke: palette.hvBorder };
		case 'hardware':
			return { fill: palette.hw, stroke: palette.hvBorder };
	}
}

export function boxElements(b: SceneBox): SvgElement[] {
	const out: SvgElement[] = [];
	if (b.active) {
		// The live diagram's glow: a wide soft ring around the lit box.
		out.push({
			tag: 'rect',
			attrs: {
				x: b.x - 2,
				y: b.y - 2,
				width: b.width + 4,
				height: b.height + 4,
				rx: 7,
				class: 'd-glow',
				fill: 'none',
				// A plain colour and an opacity: older SVG viewers do not read rgb() with alpha.
				stroke: palette.active,
				'stroke-opacity': 0.28,
				'stroke-width': 4
			}
		});
	}
	out.push({
		tag: 'rect',
		attrs: {
			x: b.x,
			y: b.y,
			width: b.width,
			height: b.height,
			rx: 5,
			class: b.active ? 'd-box d-active' : `d-box d-${b.mode}`,
			...boxFill(b),
			'stroke-width': 1.5,
			...(b.added ? { 'stroke-dasharray': '4 3' } : {}),
			'data-component': b.id,
			...(b.active ? { 'data-active': 'true' } : {})
		}
	});
	const size = b.fontSize;
	const step = size * LINE_HEIGHT;
	b.lines.forEach((line, i) => {
		const y = b.container
			? b.y + 6 + size * 0.85 + i * step
			: b.y + b.height / 2 + (i - (b.lines.length - 1) / 2) * step + size * 0.35;
		out.push({
			tag: 'text',
			attrs: {
				x: b.container ? b.x + 6 : b.x + b.width / 2,
				y,
				'text-anchor': b.container ? 'start' : 'middle',
				'font-size': size,
				'font-weight': b.active || b.container ? 600 : 400,
				class: b.active ? 'd-label d-active' : 'd-label',
				fill: b.active ? palette.activeInk : palette.ink
			},
			text: line
		});
	});
	return out;
}

export function linkElement(l: SceneLink): SvgElement {
	const dash = dashes[l.kind];
	return {
		tag: 'path',
		attrs: {
			d: l.d,
			class: `d-link d-${l.kind}${l.active ? ' d-active' : l.added ? ' d-added' : ''}`,
			fill: 'none',
			stroke: l.active ? palette.activeBorder : palette.edge,
			'stroke-width': l.active ? 3.5 : l.kind === 'vmbus' ? 2 : 1.6,
			...(dash ? { 'stroke-dasharray': dash } : {}),
			...(l.added && !l.active ? { opacity: 0.4 } : {}),
			'data-link': l.id,
			...(l.active ? { 'data-active': 'true' } : {})
		}
	};
}

const backgroundOf = (scene: Scene): SvgElement => ({
	tag: 'rect',
	attrs: {
		x: -MARGIN,
		y: -MARGIN,
		width: scene.width,
		height: scene.height,
		class: 'd-background',
		fill: palette.background
	}
});

const tokenElement = (token: Point): SvgElement => ({
	tag: 'circle',
	attrs: {
		cx: token.x,
		cy: token.y,
		r: 7,
		class: 'd-token',
		fill: palette.token,
		stroke: palette.tokenRing,
		'stroke-width': 2.5,
		'data-token': 'true'
	}
});

// Lit links last, so a travelled line is never crossed by a quiet one.
const linksInOrder = (scene: Scene) =>
	[...scene.links].sort((a, b) => Number(a.active) - Number(b.active));

/** Every element of the picture, back to front, in diagram units shifted by the margin. */
export function drawingOf(scene: Scene): SvgElement[] {
	return [
		backgroundOf(scene),
		...scene.panels.flatMap(panelElements),
		...linksInOrder(scene).map(linkElement),
		...scene.boxes.flatMap(boxElements),
		...(scene.token ? [tokenElement(scene.token)] : [])
	];
}

/** The `viewBox` of a scene: the drawing's bounds plus the margin. */
export const viewBoxOf = (scene: Scene) => `${-MARGIN} ${-MARGIN} ${scene.width} ${scene.height}`;

const escapeXml = (s: string) =>
	s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!
	);

/** Attribute names come from this file, never from data; one that is not a plain name is a bug, not output. */
const ATTRIBUTE_NAME = /^[a-zA-Z][a-zA-Z-]*$/;

const attrsOf = (attrs: Record<string, string | number>) =>
	Object.entries(attrs)
		.map(([k, v]) => {
			if (!ATTRIBUTE_NAME.test(k)) throw new Error(`Not an attribute name: ${k}`);
			return ` ${k}="${escapeXml(String(v))}"`;
		})
		.join('');

/**
 * SVG markup made by elementsMarkup and by nothing else: a string the type system will not let any other text
 * pass for, so a component that renders it with {@html} knows every word and value in it was escaped.
 */
export type DrawingMarkup = string & { readonly [drawnByElementsMarkup]: true };
declare const drawnByElementsMarkup: unique symbol;

/**
 * Elements as SVG markup, every text and attribute value escaped: for the file export, and for the pages that
 * draw a scene in their HTML ({@html} of this is cheap to hydrate, where a Svelte element per node is not;
 * src/lib/no-html.test.ts allows {@html} of nothing else).
 */
export function elementsMarkup(elements: readonly SvgElement[]): DrawingMarkup {
	return elements
		.map((el) =>
			el.text === undefined
				? `<${el.tag}${attrsOf(el.attrs)}/>`
				: `<${el.tag}${attrsOf(el.attrs)}>${escapeXml(el.text)}</${el.tag}>`
		)
		.join('\n') as DrawingMarkup;
}

/** A whole scene drawn: its markup and the box it is drawn in, ready for StaticDiagram. */
export interface Drawn {
	markup: DrawingMarkup;
	viewBox: string;
}

/**
 * The markup of each part of a scene (a panel, a link, a box) drawn so far, for as long as the part exists. The
 * steps of a lesson light a few parts of one base scene and keep the others as they are (litScene), so a handout
 * of twenty steps writes each quiet part once, not twenty times, while it hydrates.
 */
const partMarkup = new WeakMap<object, string>();

function markupOf<T extends object>(part: T, elementsOf: (part: T) => SvgElement[]): string {
	let markup = partMarkup.get(part);
	if (markup === undefined) {
		markup = elementsMarkup(elementsOf(part));
		partMarkup.set(part, markup);
	}
	return markup;
}

/**
 * Draws a scene for StaticDiagram: the markup of drawingOf, element for element. A page whose picture never
 * changes draws it where it is built (in a server load), so the browser gets the finished markup instead of drawing
 * it again to hydrate it.
 */
export function drawnOf(scene: Scene): Drawn {
	const markup = [
		elementsMarkup([backgroundOf(scene)]),
		...scene.panels.map((p) => markupOf(p, panelElements)),
		...linksInOrder(scene).map((l) => markupOf(l, (link) => [linkElement(link)])),
		...scene.boxes.map((b) => markupOf(b, boxElements)),
		...(scene.token ? [elementsMarkup([tokenElement(scene.token)])] : [])
	].join('\n') as DrawingMarkup;
	return { markup, viewBox: viewBoxOf(scene) };
}

/**
 * A standalone SVG file of a scene. `title` names it (shown by viewers, read by screen readers); `scale`
 * sets its width and height in pixels per diagram unit.
 */
export function svgMarkup(scene: Scene, title: string, scale = 1): string {
	const body = elementsMarkup(drawingOf(scene));
	const root = attrsOf({
		xmlns: 'http://www.w3.org/2000/svg',
		viewBox: viewBoxOf(scene),
		width: Math.round(scene.width * scale),
		height: Math.round(scene.height * scale),
		'font-family': FONT_FAMILY,
		role: 'img'
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<svg${root}>\n<title>${escapeXml(title)}</title>\n${body}\n</svg>\n`;
}
