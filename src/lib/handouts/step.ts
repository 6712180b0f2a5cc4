/**
 * The scene of one lesson step, drawn from the step's prerendered frame (lessons/frames.ts) exactly as the lesson
 * player draws its diagram: the frame's hop lights a box, its trail the links travelled. No machine runs here.
 */
import type { ArchitectureText } from '$lib/architecture/content';
import type { ComponentId } from '$lib/architecture/topology';
import { travelAlong } from '$lib/architecture/travel';
import { sceneOf } from '$lib/diagram/static/scene';
import type { Scene } from '$lib/diagram/static/shapes';
import type { Hop } from '$lib/model/hop';

export interface StepPicture {
	hop: Hop | undefined;
	scene: Scene;
}

/**
 * A lesson step's frame as a picture. It takes the two fields of a `LessonFrame` it draws, named here rather than
 * imported: the lessons use handouts, not the other way round.
 */
export function stepPicture(
	frame: { hop?: Hop; trail: readonly ComponentId[] },
	text: ArchitectureText
): StepPicture {
	return { hop: frame.hop, scene: sceneOf(text, frame.hop, travelAlong(frame.trail)) };
}
