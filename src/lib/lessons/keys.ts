/**
 * Which key steps a lesson where. Clickers send PageUp/PageDown; Space goes forward as in every slide tool.
 * Keys meant for something else are left alone: typing in a field, Space on a button, a key something
 * else already used (a diagram box takes the arrows to move to its neighbour), and any key with a modifier
 * (browser shortcuts).
 * When the page itself scrolls (a narrow window, a large zoom), the scrolling keys scroll it and only the
 * arrows step.
 */
export type StepMove = 'next' | 'back' | 'first' | 'last';

/** The keys that also scroll a page: a scrolling page keeps them. */
const scrollKeys = new Set([' ', 'PageUp', 'PageDown', 'Home', 'End']);

const moves: Record<string, StepMove> = {
	ArrowRight: 'next',
	PageDown: 'next',
	' ': 'next',
	ArrowLeft: 'back',
	PageUp: 'back',
	Home: 'first',
	End: 'last'
};

/**
 * @param pageScrolls whether the page scrolls, or how to find out: asked only for a key that scrolls, since
 *   measuring the page at a key press can make the browser lay it out there and then, on the presenter's time.
 */
export function stepMoveFor(
	event: KeyboardEvent,
	pageScrolls: boolean | (() => boolean) = false
): StepMove | undefined {
	if (event.defaultPrevented || event.isComposing) return undefined;
	if (
		scrollKeys.has(event.key) &&
		(typeof pageScrolls === 'function' ? pageScrolls() : pageScrolls)
	)
		return undefined;
	if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
	const move = moves[event.key];
	if (!move) return undefined;
	// Window, document and text nodes can be targets too; only elements have `closest`.
	const within = (selector: string) =>
		Boolean((event.target as Partial<Element> | null)?.closest?.(selector));
	if (within('input, textarea, select') || (event.target as HTMLElement | null)?.isContentEditable)
		return undefined;
	// Space activates a focused button; on a link it would only scroll, so there it steps like anywhere else.
	if (event.key === ' ' && within('button, summary')) return undefined;
	return move;
}

export function targetStep(move: StepMove, current: number, total: number): number {
	switch (move) {
		case 'next':
			return Math.min(current + 1, total);
		case 'back':
			return Math.max(current - 1, 1);
		case 'first':
			return 1;
		case 'last':
			return total;
	}
}
