/**
 * What the page of one scene part (/scenes/<scene>/<part>/, the glossary's "Show in the scene") draws: the
 * scene as a built-in lesson shows it, at the step that best shows the part. The scene's state (who owns the LUN,
 * how full the memory bar is, what RCX holds) is that step's, read off the machine's snapshot like every lesson
 * frame; the page only lights the part. The step is also where the page sends the reader to see the part at work.
 */
import type { LessonFrame, SceneFrame } from '$lib/lessons/frames';
import type { HypercallRegisters } from '$lib/lessons/registers';
import type { LessonScript } from '$lib/lessons/types';
import type { ScenePart } from './parts';
import { sceneLayouts } from './layouts';
import type { SceneLayout } from './layout';
import { presenceOf } from './presence';

/** Whether `id` is `part` or drawn inside it (a box in dom0, a stage in the host's lane). */
function within(layout: SceneLayout, id: string, part: string): boolean {
	for (let at: string | undefined = id; at;) {
		if (at === part) return true;
		at = layout.components.find((c) => c.id === at)?.parent;
	}
	return false;
}

export interface PartView {
	/** The lesson and the step (1-based) the picture is taken from. */
	lesson: string;
	step: number;
	/** The scene as that step shows it, without the request's place, trail or moves: only the part is lit. */
	frame?: SceneFrame;
	/** For a register: the registers as that step shows them. */
	registers?: HypercallRegisters;
}

/**
 * How well a step shows the part, lower is better: the request is at the part, passes it (or a box inside it) in
 * this step, or the part is simply drawn (in full, else dimmed or as an outline). Undefined where the step does not show it.
 */
function rank(frame: LessonFrame, part: ScenePart): number | undefined {
	if (part.scene === 'registers') {
		if (!frame.registers) return undefined;
		// RAX holds nothing until the hypervisor returns.
		if (part.part === 'rax') return frame.registers.rax ? 0 : undefined;
		return 0;
	}
	const scene = frame.scene;
	if (scene?.id !== part.scene) return undefined;
	if (scene.place === part.part) return 0;
	const layout = sceneLayouts[scene.id] as SceneLayout;
	if (scene.trail.some((id) => within(layout, id, part.part))) return 1;
	const presence = presenceOf(scene.view, part.part);
	return presence === 'shown' ? 2 : presence === 'hidden' ? undefined : 3;
}

/**
 * The step of the built-in lessons that best shows `part`, the first in course order among equals; undefined if
 * no step shows it.
 */
export function partViewOf(
	part: ScenePart,
	lessons: readonly { script: LessonScript; frames: readonly LessonFrame[] }[]
): PartView | undefined {
	let best: { lesson: string; index: number; frame: LessonFrame; rank: number } | undefined;
	for (const { script, frames } of lessons) {
		frames.forEach((frame, index) => {
			const r = rank(frame, part);
			if (r !== undefined && (!best || r < best.rank))
				best = { lesson: script.id, index, frame, rank: r };
		});
	}
	if (!best) return undefined;
	const { lesson, index, frame } = best;
	return {
		lesson,
		step: index + 1,
		...(frame.scene
			? { frame: { id: frame.scene.id, trail: [], moves: [], view: frame.scene.view } }
			: {}),
		...(part.scene === 'registers' && frame.registers ? { registers: frame.registers } : {})
	};
}
