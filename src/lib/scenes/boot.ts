/**
 * The boot as a timeline of two lanes (facts §1.1, §1.2, §5.2, §6.1, §4.2): the host's, from the firmware
 * through the Windows loader, hvboot.sys and the hypervisor image to the root partition and VMMS; then a child's,
 * from its firmware and kernel through CPUID and the synthetic MSRs to VMBus contact, the offers and the drivers
 * that bind to them. Each stage is a box on its lane, in the order it happens; the request steps along them.
 */
import type { SceneComponent, SceneLayout, SceneRoute } from './layout';
import { bootChildStages, bootHostStages, type BootComponentId } from './ids';

export const BOOT_STAGE = { x: 24, width: 124, gap: 14, height: 96 } as const;
/** The top of each lane's frame, and of the stage boxes in it. */
export const BOOT_LANES = { host: 20, child: 300 } as const;
const LANE_HEIGHT = 226;
const STAGE_TOP = 76;

const stageSources: Partial<Record<BootComponentId, SceneComponent['sources']>> = {
	firmware: ['S10'],
	loader: ['S22', 'S10'],
	hvboot: ['S22', 'S10'],
	hypervisor: ['S22', 'S1'],
	root: ['S3', 'S1'],
	'root-continues': ['S1', 'S22'],
	vmms: ['S1'],
	'child-firmware': ['S15', 'S9'],
	'child-kernel': ['S1', 'S2b'],
	cpuid: ['S2b'],
	msrs: ['S2a'],
	contact: ['S5', 'S6'],
	offers: ['S5', 'S6'],
	drivers: ['S5', 'S13']
};

function lane(
	frame: BootComponentId,
	stages: readonly BootComponentId[],
	top: number
): SceneComponent<BootComponentId>[] {
	return [
		{
			id: frame,
			kind: 'frame',
			x: 10,
			y: top,
			width: 980,
			height: LANE_HEIGHT,
			sources: frame === 'host-lane' ? ['S22', 'S1'] : ['S5', 'S2b']
		},
		...stages.map((id, i) => ({
			id,
			kind: 'box' as const,
			parent: frame,
			x: BOOT_STAGE.x + i * (BOOT_STAGE.width + BOOT_STAGE.gap),
			y: top + STAGE_TOP,
			width: BOOT_STAGE.width,
			height: BOOT_STAGE.height,
			sources: stageSources[id] ?? ['S1']
		}))
	];
}

const along = (stages: readonly BootComponentId[]): SceneRoute<BootComponentId>[] =>
	stages
		.slice(1)
		.map((to, i) => ({ id: `${stages[i]}-${to}`, from: stages[i]!, to, kind: 'call' }));

export const bootLayout: SceneLayout<'boot'> = {
	id: 'boot',
	width: 1000,
	height: 600,
	components: [
		...lane('host-lane', bootHostStages, BOOT_LANES.host),
		...lane('child-lane', bootChildStages, BOOT_LANES.child)
	],
	routes: [
		...along(bootHostStages),
		...along(bootChildStages),
		// VMMS starts the child: down between the lanes, to the child's firmware.
		{
			id: 'vmms-child',
			from: 'vmms',
			to: 'child-firmware',
			kind: 'call',
			via: [
				{ x: 914, y: 272 },
				{ x: 86, y: 272 }
			]
		}
	]
};
