/**
 * The drawing's measures, apart from the scene: drawing a scene needs them, but not the layout and path code
 * that builds one (a page that gets its scene as prerendered data then loads none of it).
 */

/** Room around the drawing, in diagram units. */
export const MARGIN = 8;
/** Font sizes of the drawing, in diagram units (the live diagram's, in CSS pixels at zoom 1). */
export const FONT = { box: 13, panel: 14, kernel: 11 } as const;
// A generous average glyph width of a sans-serif font, as a share of its size: wrapping a little early is
// better than a label running over its box's border.
export const GLYPH = 0.6;

/** The line height of a label, as a share of its size (the drawing's text and the live boxes' CSS). */
export const LINE_HEIGHT = 1.15;

/** A soft hyphen: where a long compound may break (Dutch "Partitie\u00ADbeheer"), with a hyphen shown only there. */
export const SOFT_HYPHEN = '\u00AD';

/**
 * Breaks a label into lines of at most `width` units, at spaces, after a hyphen or slash, or at a soft hyphen
 * (which then shows as a hyphen; the others are dropped). The lines are what to draw.
 */
export function wrapLabel(label: string, width: number, size: number = FONT.box): string[] {
	const fits = (s: string) => shown(s).length * size * GLYPH <= width;
	const words = label.match(/[^\s/\-\u00AD]+[/\-\u00AD]?/g) ?? [];
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const joined = line && !/[/\-\u00AD]$/.test(line) ? `${line} ${word}` : line + word;
		if (!line || fits(joined)) line = joined;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines.map(shown);
}

/**
 * A label's lines and the largest font size, at most `largest`, at which they fit `width` × `height` units (lines
 * of LINE_HEIGHT): the usual size, unless a word too long to break, or too many lines, need a smaller one. The
 * drawing and the live diagram's boxes both size their labels so.
 */
export function fitText(
	label: string,
	width: number,
	height: number,
	largest: number
): { lines: string[]; fontSize: number } {
	// The largest size first, then down in tenths.
	for (let tenths = Math.ceil(largest * 10); tenths > 0; tenths--) {
		const fontSize = Math.min(largest, tenths / 10);
		const lines = wrapLabel(label, width, fontSize);
		const fits =
			lines.every((line) => line.length * fontSize * GLYPH <= width) &&
			lines.length * fontSize * LINE_HEIGHT <= height;
		if (fits) return { lines, fontSize };
	}
	return { lines: wrapLabel(label, width, 0.1), fontSize: 0.1 };
}

/** A line as drawn: a soft hyphen at its end shows as a hyphen, one inside it not at all. */
const shown = (line: string) => line.replace(/\u00AD$/, '-').replaceAll(SOFT_HYPHEN, '');
