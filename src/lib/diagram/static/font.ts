/**
 * The drawing's font, in a module of its own: the home page's static drawing needs only this of drawing.ts, and
 * importing it from there put the drawing code (label fitting, colours) in the home page's script.
 */
export const FONT_FAMILY =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', sans-serif";
