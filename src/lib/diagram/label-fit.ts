// A live box's label at the largest size that fits its box, up to the diagram's own (13 px, 15 px in projector
// mode). The layout is fixed, so a few labels (the worker process's emulators, some Dutch words) do not fit
// at the projector's size: those are drawn smaller, never left to run over the border. The estimate is the
// drawing's (wrapLabel's generous glyph width), with room for the bold of the lit box.
import { GLYPH, wrapLabel } from '$lib/handouts/metrics';

/** A box's padding and line height in CSS pixels at zoom 1, as ComponentNode's styles set them. */
export const BOX = { padX: 6, padY: 2, lineHeight: 1.15 } as const;
/**
 * The largest size a label is drawn at and the thickest border (high contrast's), on screen and in projector
 * mode (13 px × its --diagram-text-scale, a 3 px border: app.css).
 */
export const SCREEN = { largest: 13, border: 2 } as const;
export const PROJECTOR = { largest: 13 * 1.15, border: 3 } as const;
/** Bold (the lit box) runs about this much wider than the regular weight the glyph estimate is for. */
const BOLD = 1.1;
const STEP = 0.5;

/**
 * The largest font size, in CSS pixels, at which `label` fits a box `width` × `height` (at most the mode's
 * largest): every line within the width, all lines within the height.
 */
export function fittedFontSize(
	label: string,
	{ width, height }: { width: number; height: number },
	{ largest, border }: { largest: number; border: number } = PROJECTOR
): number {
	const innerWidth = (width - 2 * (border + BOX.padX)) / BOLD;
	const innerHeight = height - 2 * (border + BOX.padY);
	for (let size = largest; size > STEP; size -= STEP) {
		const lines = wrapLabel(label, innerWidth, size);
		const wide = lines.some((line) => line.length * size * GLYPH > innerWidth);
		if (!wide && lines.length * size * BOX.lineHeight <= innerHeight)
			return Math.round(size * 100) / 100;
	}
	return STEP;
}
