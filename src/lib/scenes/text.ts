/**
 * The words of the drawn scenes in one locale: a label for every component, and the short words the scenes put
 * beside them (a VM's status, a pass's size, what happened in place). Templates take their numbers as `{name}`.
 * Each locale is its own chunk (src/content/scenes/<locale>.ts), loaded only by lessons that use a scene.
 */
import type { ClusterComponentId, DrawnSceneId, VhdComponentId } from './ids';
import type { SceneEvent, VmStatus } from './views';
import type { MigrationPhase } from '$lib/model/migration/migration.machine';

export interface SceneText {
	titles: Record<DrawnSceneId, string>;
	cluster: Record<ClusterComponentId, string>;
	vhd: Record<VhdComponentId, string>;
	vm: Record<VmStatus, string>;
	events: Record<SceneEvent, string>;
	phases: Record<MigrationPhase['phase'], string>;
	words: {
		/** The LUN and who owns it: `{owner}`. */
		lun: string;
		csv: string;
		/** The memory bar: `{mb}` of `{total}` MB in pass `{n}`. */
		toSend: string;
		/** The memory bar in the blackout: `{mb}` MB. */
		finalSend: string;
		memoryBar: string;
		timeline: string;
		/** `{down}` seconds paused of `{total}` seconds. */
		downtime: string;
		/** The layout strip's heading: `{file}`. */
		inside: string;
		batFull: string;
		batEmpty: string;
		bitSet: string;
		bitClear: string;
		fixed: string;
		passThrough: string;
		/** `{n}` .avhd files between the oldest and the newest. */
		olderMany: string;
		estimate: string;
		notDrawn: string;
	};
}

/** A template with its `{name}`s filled in. */
export const fill = (template: string, values: Record<string, string | number>) =>
	template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);

const modules = import.meta.glob<{ default: SceneText }>('/src/content/scenes/*.ts');

export async function loadSceneText(locale: string): Promise<SceneText> {
	const load = modules[`/src/content/scenes/${locale}.ts`];
	if (!load) throw new Error(`No scene text for locale ${locale}`);
	return (await load()).default;
}
