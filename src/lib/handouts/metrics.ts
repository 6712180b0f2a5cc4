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
