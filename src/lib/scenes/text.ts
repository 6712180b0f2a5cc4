/**
 * The words of the drawn scenes in one locale: a label for every component, and the short words the scenes put
 * beside them (a VM's status, a pass's size, what happened in place). Templates take their numbers as `{name}`.
 * Each locale is its own chunk (src/content/scenes/<locale>.ts), loaded only by lessons that use a scene.
 */
import type {
	BootComponentId,
	ClusterComponentId,
	DesignsComponentId,
	DrawnSceneId,
	MemoryComponentId,
	VhdComponentId
} from './ids';
import type { Requirement } from '$lib/model/hostBoot/hostBoot.machine';
import type { SceneEvent, VmStatus } from './views';
import type { MigrationPhase } from '$lib/model/migration/migration.machine';

export interface SceneText {
	titles: Record<DrawnSceneId, string>;
	cluster: Record<ClusterComponentId, string>;
	vhd: Record<VhdComponentId, string>;
	memory: Record<MemoryComponentId, string>;
	boot: Record<BootComponentId, string>;
	designs: Record<DesignsComponentId, string>;
	/** What the host lacks when its boot stops: the processor feature, as a learner would name it. */
	requirements: Record<Requirement, string>;
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
		/** A memory bar's caption by the planning rule: `{root}` MB for the root. */
		planningBar: string;
		/** A memory bar's caption by the 2008 article's formula: `{root}` MB for the root. */
		articleBar: string;
		/** The root's share of a bar. */
		rootShare: string;
		/** A VM on a bar: VM `{n}`. */
		vm: string;
		/** Under a bar: `{free}` MB free of `{host}` MB. */
		free: string;
		/** Under a bar: the VMs' overhead, `{mb}` MB in all. */
		overhead: string;
		/** The VM refused by the planning rule: VM `{n}` needs `{need}` MB. */
		refusedPlanning: string;
		/** The VM refused by the 2008 article's formula: VM `{n}` needs `{need}` MB. */
		refusedArticle: string;
		/** Under both bars: what WS2008 itself enforces. */
		noReserve: string;
		/** The boot's time axis. */
		time: string;
		/** The boot stopped, for want of `{what}`. */
		stopped: string;
		/** Under a design's column: the boundaries the read crosses, `{crossings}`. */
		designTotals: string;
		/** Under the column of the design that runs the driver in the hypervisor. */
		driverInHypervisor: string;
		/** Under the columns of the designs that leave the driver to a partition. */
		driverInPartition: string;
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
