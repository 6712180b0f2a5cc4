/**
 * Which key steps a lesson where. Clickers send PageUp/PageDown; Space goes forward as in every slide tool.
 * Keys meant for something else are left alone: typing in a field, Space or Enter on a button or link, arrows
 * inside the diagram (they move between boxes there), and any key with a modifier (browser shortcuts).
 */
export type StepMove = 'next' | 'back' | 'first' | 'last';

const moves: Record<string, StepMove> = {
	ArrowRight: 'next',
	PageDown: 'next',
	' ': 'next',
	ArrowLeft: 'back',
	PageUp: 'back',
	Home: 'first',
	End: 'last'
};

export function stepMoveFor(event: KeyboardEvent): StepMove | undefined {
	if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
	const move = moves[event.key];
	if (!move) return undefined;
	const target = event.target instanceof Element ? event.target : null;
	if (target?.closest('input, textarea, select, [contenteditable="true"]')) return undefined;
	if (event.key === ' ' && target?.closest('button, a, summary')) return undefined;
	if (target?.closest('.svelte-flow')) return undefined;
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
