/**
 * The parts a reader can ask to see lit: a component of a drawn scene (a cluster node, the BAT, dom0, a boot
 * stage) or one of the hypercall registers. The scenes own this list; the glossary links its terms to it.
 */
import { drawnSceneIds, sceneComponentIds, type DrawnSceneId, type SceneComponentIds } from './ids';

/** The registers a hypercall step shows beside the figure (HypercallRegisters). */
export const registerIds = ['rcx', 'rdx', 'r8', 'rax'] as const;
export type RegisterId = (typeof registerIds)[number];

/** Where a part can be shown: a drawn scene, or the hypercall registers. */
export type PartSceneId = DrawnSceneId | 'registers';
export const partSceneIds: readonly PartSceneId[] = [...drawnSceneIds, 'registers'];

/** The parts each place has. */
export const partIds: { [S in PartSceneId]: readonly string[] } = {
	...sceneComponentIds,
	registers: registerIds
};

/** One part of one scene. */
export type ScenePart =
	| { [S in DrawnSceneId]: { scene: S; part: SceneComponentIds[S] } }[DrawnSceneId]
	| { scene: 'registers'; part: RegisterId };

export const isPartScene = (id: string): id is PartSceneId =>
	(partSceneIds as readonly string[]).includes(id);

/** Whether `part` is one of the parts `scene` draws. */
export const isPartOf = (scene: string, part: string): boolean =>
	isPartScene(scene) && partIds[scene].includes(part);
