/**
 * Where the tags of one step go: the short label of what happened (`OUT 0x1F7`, `VSS`, `.vhd`), just above the
 * top right of the box it happened at, where the token waits (eventPoint). Two boxes side by side (the disk and
 * the NIC) put their tags side by side, and a long tag of one reaches over the other's; several things in one
 * box stack upwards. Each tag takes the lowest row above its box that no earlier tag of the step has taken, so
 * no tag ever covers another. Plain arithmetic on the drawing's units, so the first paint and the live diagram
 * agree, and the test measures what is drawn.
 */
import { eventPoint, type Box, type DrawnMove } from './geometry';
import { overlaps } from './box';

export interface EventTag extends Box {
	label: string;
	/** The leg (0-based) at which it appears: as the token arrives for a travel, as it waits for an event. */
	leg: number;
}

/** The tags' font size in drawing units, and the width a monospace character takes at it (0.62 em). */
export const TAG_FONT = 12;
const CHAR = TAG_FONT * 0.62;
export const TAG_HEIGHT = 18;
/** One row of tags above the next: a tag's height and a gap. */
const ROW = TAG_HEIGHT + 1;
/** How far above the box the first row sits, from the box's top edge to the tag's top. */
const LIFT = 22;

/**
 * The tags of a step's drawn moves: one per move with a label, at the box where it happened (an event's, or the
 * box a travel arrives at), in the first row above that box clear of every tag placed before it.
 */
export function eventTags(
	drawn: readonly DrawnMove[],
	box: (id: string) => Box | undefined
): EventTag[] {
	const tags: EventTag[] = [];
	drawn.forEach((d, i) => {
		const label = d.move.label;
		if (!label) return;
		const move = d.move;
		const still = move.kind === 'event' || move.kind === 'start';
		const at = move.kind === 'event' || move.kind === 'start' ? move.at : move.to;
		const b = box(at);
		if (!b) return;
		const p = eventPoint(b);
		const width = label.length * CHAR + 12;
		const x = p.x - width + 10;
		let y = p.y - LIFT;
		const rect = () => ({ x, y, width, height: TAG_HEIGHT });
		while (tags.some((t) => overlaps(t, rect()))) y -= ROW;
		tags.push({ ...rect(), label, leg: still ? i : i + 1 });
	});
	return tags;
}
