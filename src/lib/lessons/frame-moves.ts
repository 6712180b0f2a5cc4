/**
 * The moves a lesson draws: every step's and every step's comparison's, in the order they are shown. The lesson
 * page finds their marked routes ahead of the key press (motion/ahead.ts), and the lesson's JSON endpoint finds
 * them at build time (motion/geometry.ts findRoutes). Apart from frames.ts, whose model code no page downloads.
 */
import type { Move } from '$lib/motion/moves';
import type { LessonFrame } from './frames';

export const movesShown = (frames: readonly LessonFrame[]): (readonly Move[])[] => [
	...frames.map((f) => f.moves),
	...frames.flatMap((f) => f.compare?.sides.map((side) => side.moves) ?? [])
];
