/**
 * What a lesson page shows at each step, read off the lesson's timeline of machine snapshots: where the request
 * is (the hop), the boxes it passed on the way (the trail), what it has cost so far (the counters), the box a
 * prediction must name, and the same point in explore mode.
 *
 * Built at build time (the prerendered `/data/lessons/<id>.json`) so that a lesson page runs no machine: it
 * downloads neither XState nor the machines, only the numbers the model produced. Every field is derived from the
 * model here, in one place, and `frames.test.ts` checks it against the snapshots it came from.
 */
import type { ComponentId } from '$lib/architecture/topology';
import { exploreQueryFor } from '$lib/explore/from-lesson';
import { hopOf, type Hop } from '$lib/model/hop';
import { architectureTopology } from '$lib/motion/architecture';
import type { FoundRoutes } from '$lib/motion/geometry';
import { movesAlong, type Move } from '$lib/motion/moves';
import { countersOf, type Counter } from './counters';
import { compareFrameOf, type CompareFrame } from './compare-frame';
import { hopPuzzlesOf, predictAnswer, type HopPuzzle } from './answers';
import { stepPaths } from './step-path';
import { timelineOf } from './timeline';
import type { LessonScript } from './types';
import type { DrawnSceneId, SceneId } from '$lib/scenes/ids';
import { sceneViewOf, type SceneView } from '$lib/scenes/views';
import { sceneTopologies } from '$lib/scenes/layouts';
import { registersOf, type HypercallRegisters } from './registers';

/** A step told on a drawn scene (src/lib/scenes) rather than the architecture figure. */
export interface SceneFrame {
	id: DrawnSceneId;
	/** Where the request is on the scene, from the hop's `places`. */
	place?: string;
	/** Where it was at the end of the previous step, then after each event of this one, on this scene. */
	trail: string[];
	/** What else the scene shows, read off the snapshot (views.ts). */
	view: SceneView;
	/** Set when the next step asks for a prediction: the place it takes the request to on this scene. */
	predict?: string;
	/** The step's moves on this scene, found as on the architecture ($lib/motion/moves). */
	moves: Move[];
}

export interface LessonFrame {
	/** Where the request is after this step, from the snapshot's `meta.hop`; none while a machine is set up. */
	hop?: Hop;
	/** Where the request was at the end of the previous step, then after each event of this one. */
	trail: ComponentId[];
	/**
	 * How the request moves in this step, move by move: along drawn links, along routes the figure does not
	 * draw, in place (an event with the machine's label), or from the start of a run. Never empty.
	 */
	moves: Move[];
	/** Every number the machine counts, as the snapshot's context has it after this step. */
	counters: Counter[];
	/** Set when the *next* step asks for a prediction: the box it takes the request to. */
	predict?: ComponentId;
	/** The explore query showing the same run at the same point, when explore can show that run. */
	explore?: string;
	/** Set when the step is told on a scene of its own (cluster, virtual disk); else the architecture figure. */
	scene?: SceneFrame;
	/** Set while the step runs the hypercall machine: RCX, RDX/R8 and RAX as the call stands (registers.ts). */
	registers?: HypercallRegisters;
	/** Set when the step shows two runs side by side on the architecture figure (LessonStep.compare). */
	compare?: CompareFrame;
}

/** A lesson as its pages get it: the script, one frame per step, and the model's answers to its hop questions. */
export interface LessonData {
	script: LessonScript;
	frames: LessonFrame[];
	/** Every hop question's picture and answer, by question id (see answers.ts). */
	puzzles: Record<string, HopPuzzle>;
	/** The lesson after this one on the home page, for the quiz's last screen. */
	next?: string;
	/**
	 * The marked routes its steps draw on the architecture drawing, found at build time (the lesson's JSON
	 * endpoint); a lesson loaded from a file has none, and its page finds them itself.
	 */
	routes?: FoundRoutes;
}

/** The scene each step is told on: the one it names, else its predecessor's, else the architecture. */
export function scenesOf(script: LessonScript): SceneId[] {
	let scene: SceneId = 'architecture';
	return script.steps.map((step) => (scene = step.scene ?? scene));
}

export function framesOf(script: LessonScript): LessonFrame[] {
	const timeline = timelineOf(script);
	const paths = stepPaths(script);
	const scenes = scenesOf(script);
	return timeline.map(({ machine, snapshot, trail, visits }, index) => {
		const hops = visits.map((visit) => visit.hop);
		const starts = index === 0 || script.steps[index]!.run !== undefined;
		const hop = hopOf(snapshot);
		const next = script.steps[index + 1];
		const explore = exploreQueryFor(script, index);
		const scene = scenes[index]!;
		const compare = script.steps[index]!.compare;
		let sceneFrame: SceneFrame | undefined;
		if (scene !== 'architecture' && !compare) {
			const places = hops.flatMap((h) => h.places?.[scene] ?? []);
			const nextPlace = hopOf(timeline[index + 1]?.snapshot ?? snapshot)?.places?.[scene];
			sceneFrame = {
				id: scene,
				...(hop?.places?.[scene] ? { place: hop.places[scene] } : {}),
				trail: places.filter((p, i) => p !== places[i - 1]),
				moves: movesAlong(
					visits.flatMap(({ hop, event }) => {
						const node = hop.places?.[scene];
						return node
							? [{ node, ...(hop.act ? { label: hop.act } : {}), ...(event ? { event } : {}) }]
							: [];
					}),
					sceneTopologies[scene],
					starts
				),
				view: sceneViewOf(scene, machine, snapshot),
				...(next?.predict && nextPlace ? { predict: nextPlace } : {})
			};
		}
		return {
			...(hop ? { hop } : {}),
			trail,
			moves: movesAlong(
				paths[index]!,
				architectureTopology,
				index === 0 || script.steps[index]!.run !== undefined
			),
			counters: countersOf(snapshot),
			...(next?.predict ? { predict: predictAnswer(script, index + 1) } : {}),
			...(explore ? { explore } : {}),
			...(sceneFrame ? { scene: sceneFrame } : {}),
			...(machine === 'hypercall' ? { registers: registersOf(snapshot) } : {}),
			...(compare ? { compare: compareFrameOf(compare) } : {})
		};
	});
}

export const lessonData = (script: LessonScript, next?: string): LessonData => ({
	script,
	frames: framesOf(script),
	puzzles: hopPuzzlesOf(script),
	...(next ? { next } : {})
});
