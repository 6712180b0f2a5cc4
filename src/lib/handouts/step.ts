/**
 * The scene of one lesson step, drawn from the step's prerendered frame (lessons/frames.ts) exactly as the lesson
 * player draws its diagram: the prerendered base scene (src/routes/data/scene/) with the frame's hop lit and its
 * trail's links drawn as travelled. No machine runs here, and no layout or path code: the page that draws twenty
 * of these downloads none of it.
 */
import type { ComponentId } from '$lib/architecture/topology';
import { travelAlong } from '$lib/architecture/travel';
import { litScene } from '$lib/diagram/static/lit';
import type { Scene } from '$lib/diagram/static/shapes';
import type { Hop } from '$lib/model/hop';

export interface StepPicture {
	hop: Hop | undefined;
	scene: Scene;
}

/**
 * A lesson step's frame as a picture, on `base` (the diagram with nothing lit, in the page's language). It takes
 * the two fields of a `LessonFrame` it draws, named here rather than imported: the lessons use handouts, not the
 * other way round.
 */
export function stepPicture(
	frame: { hop?: Hop; trail: readonly ComponentId[] },
	base: Scene
): StepPicture {
	return { hop: frame.hop, scene: litScene(base, frame.hop?.node, travelAlong(frame.trail)) };
}
