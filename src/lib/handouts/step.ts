/**
 * The scene of one lesson step, derived exactly as the lesson player derives its diagram: the step's machine
 * snapshot gives the hop, the step's trail gives the links travelled.
 */
import type { ArchitectureText } from '$lib/architecture/content';
import { travelAlong } from '$lib/architecture/travel';
import { timelineOf } from '$lib/lessons/timeline';
import type { LessonScript } from '$lib/lessons/types';
import { hopOf, type Hop } from '$lib/model/hop';
import { sceneOf, type Scene } from './scene';

export interface StepPicture {
	hop: Hop | undefined;
	scene: Scene;
}

/** Step `step` (1-based) of a lesson as a picture. */
export function stepPicture(
	script: LessonScript,
	step: number,
	text: ArchitectureText
): StepPicture {
	const at = timelineOf(script)[step - 1];
	if (!at) throw new RangeError(`Lesson ${script.id} has no step ${step}`);
	const hop = hopOf(at.snapshot);
	return { hop, scene: sceneOf(text, hop, travelAlong(at.trail)) };
}
