// A live box's label at the largest size that fits its box, up to the diagram's own (13 px, 15 px in projector
// mode). The layout is fixed, so a few labels (the worker process's emulators, some Dutch words) do not fit
// at the projector's size: those are drawn smaller, never left to run over the border. Sized as the drawing
// sizes its labels (fitText), inside the box's border and padding, with room for the bold of the lit box.
import { fitText } from '$lib/diagram/static/metrics';

/** A box's padding in CSS pixels at zoom 1, as ComponentNode's styles set it. */
export const BOX = { padX: 6 } as const;
/**
 * The largest size a label is drawn at and the thickest border (high contrast's), on screen and in projector
 * mode (13 px × its --diagram-text-scale, a 3 px border: app.css).
 */
export const SCREEN = { largest: 13, border: 2, padY: 2 } as const;
/** In projector mode a box has no padding above and below its label (ComponentNode). */
export const PROJECTOR = { largest: 13 * 1.15, border: 3, padY: 0 } as const;
/** Bold (the lit box) runs about this much wider than the regular weight the glyph estimate is for. */
export const BOLD = 1.1;

/** The largest font size, in CSS pixels, at which `label` fits a box `width` × `height` in the given mode. */
export function fittedFontSize(
	label: string,
	{ width, height }: { width: number; height: number },
	{ largest, border, padY }: { largest: number; border: number; padY: number } = PROJECTOR
): number {
	const innerWidth = (width - 2 * (border + BOX.padX)) / BOLD;
	const innerHeight = height - 2 * (border + padY);
	return fitText(label, innerWidth, innerHeight, largest).fontSize;
}
