/**
 * The motion report (npm run report:motion): per built-in lesson, the scenes its steps are told on and how many
 * of its steps show movement on the picture they show, read off the same frames the lesson pages get. A step
 * moves when the scene it shows plays a move (along a line, along a marked route, in place, or a run's start);
 * a comparison step when either of its runs does.
 */
import type { LessonFrame } from './frames';
import { scenesOf } from './frames';
import type { LessonScript } from './types';
import type { Move } from '$lib/motion/moves';

export interface MotionRow {
	lesson: string;
	/** Each scene in the order first shown, with the steps (1-based ranges) told on it. */
	scenes: { scene: string; steps: string }[];
	steps: number;
	/** Steps whose picture moves. */
	moving: number;
	/** Steps whose picture does not move, by number: must be none. */
	still: number[];
	/** The moves of all steps, by kind. */
	kinds: Record<Move['kind'], number>;
}

/** The moves a step plays on the picture it shows. */
export function shownMoves(frame: LessonFrame): readonly Move[] {
	if (frame.compare) return frame.compare.sides.flatMap((side) => side.moves);
	return frame.scene ? frame.scene.moves : frame.moves;
}

/** 1, 2, 3, 5 → "1–3, 5". */
export function ranges(numbers: readonly number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < numbers.length;) {
		let j = i;
		while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
		parts.push(i === j ? `${numbers[i]}` : `${numbers[i]}–${numbers[j]}`);
		i = j + 1;
	}
	return parts.join(', ');
}

export function motionRow(script: LessonScript, frames: readonly LessonFrame[]): MotionRow {
	const named = scenesOf(script).map((scene, i) => (frames[i]!.compare ? 'compare' : scene));
	const order = [...new Set(named)];
	const kinds: MotionRow['kinds'] = { link: 0, route: 0, event: 0, start: 0 };
	const still: number[] = [];
	frames.forEach((frame, i) => {
		const moves = shownMoves(frame);
		if (moves.length === 0) still.push(i + 1);
		for (const move of moves) kinds[move.kind]++;
	});
	// The hypercall registers are shown beside the figure, not instead of it.
	const registers = frames.flatMap((f, i) => (f.registers ? [i + 1] : []));
	return {
		lesson: script.id,
		scenes: [
			...order.map((scene) => ({
				scene,
				steps: ranges(named.flatMap((s, i) => (s === scene ? [i + 1] : [])))
			})),
			...(registers.length ? [{ scene: '+ registers', steps: ranges(registers) }] : [])
		],
		steps: frames.length,
		moving: frames.length - still.length,
		still,
		kinds
	};
}

/** The rows as a Markdown table, with a total line. */
export function motionTable(rows: readonly MotionRow[]): string {
	const lines = [
		'| lesson | scenes used (steps) | steps with movement | moves: link / route / in place / start |',
		'|---|---|---|---|',
		...rows.map(
			(r) =>
				`| ${r.lesson} | ${r.scenes.map((s) => `${s.scene} ${s.steps}`).join('; ')} | ` +
				`${r.moving} / ${r.steps}${r.still.length ? ` (still: ${r.still.join(', ')})` : ''} | ` +
				`${r.kinds.link} / ${r.kinds.route} / ${r.kinds.event} / ${r.kinds.start} |`
		)
	];
	const steps = rows.reduce((n, r) => n + r.steps, 0);
	const moving = rows.reduce((n, r) => n + r.moving, 0);
	lines.push(`| **all ${rows.length} lessons** | | **${moving} / ${steps}** | |`);
	return lines.join('\n');
}
