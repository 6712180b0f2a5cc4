/**
 * The scene of one lesson step, drawn from the step's prerendered frame (lessons/frames.ts) exactly as the lesson
 * player draws its diagram: the frame's hop lights a box, its trail the links travelled. No machine runs here.
 */
import type { ArchitectureText } from '$lib/architecture/content';
import { travelAlong } from '$lib/architecture/travel';
import type { LessonFrame } from '$lib/lessons/frames';
import type { Hop } from '$lib/model/hop';
import { sceneOf, type Scene } from './scene';

export interface StepPicture {
	hop: Hop | undefined;
	scene: Scene;
}

/** A lesson step's frame as a picture. */
export function stepPicture(frame: LessonFrame, text: ArchitectureText): StepPicture {
	return { hop: frame.hop, scene: sceneOf(text, frame.hop, travelAlong(frame.trail)) };
}
