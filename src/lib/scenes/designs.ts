/**
 * Three hypervisor designs side by side (facts §1.3), one column each, drawn alike so the same read can be
 * compared: the guest's partition at the top, the hypervisor layer under it, the disk at the bottom. In classic
 * VMware ESX the driver box sits in the hypervisor layer (the VMkernel); in Xen and Hyper-V it sits at the top,
 * in dom0 or the root, and the hypervisor only passes a signal (an event channel, a SynIC event).
 */
import type { SceneComponent, SceneLayout, SceneRoute } from './layout';
import { designLanes, type DesignsComponentId } from './ids';
import type { SourceKey } from '$lib/architecture/sources';

type Id = DesignsComponentId;

/** Where each design's column starts, and how wide it is. */
export const DESIGN_COLUMNS = { esx: 10, xen: 340, hyperv: 670, width: 320 } as const;
/** Where each column's line of totals goes, under the disk. */
export const DESIGN_TOTALS_Y = 572;

const c = (
	id: Id,
	kind: 'frame' | 'box',
	x: number,
	y: number,
	width: number,
	height: number,
	sources: SourceKey[],
	parent?: Id
): SceneComponent<Id> => ({
	id,
	kind,
	x,
	y,
	width,
	height,
	sources,
	...(parent ? { parent } : {})
});

const ROW = { top: 44, partitions: 230, hypervisor: 292, layer: 150, disk: 470 } as const;

function esx(x: number): SceneComponent<Id>[] {
	const s: SourceKey[] = ['S16', 'S33'];
	return [
		c('esx', 'frame', x, 8, 320, 584, s),
		c('esx-vm', 'frame', x + 10, ROW.top, 300, ROW.partitions, s, 'esx'),
		c('esx-guest', 'box', x + 30, 96, 260, 80, s, 'esx-vm'),
		c('esx-vmkernel', 'frame', x + 10, ROW.hypervisor, 300, ROW.layer, s, 'esx'),
		c('esx-driver', 'box', x + 20, 336, 280, 96, s, 'esx-vmkernel'),
		c('esx-disk', 'box', x + 170, ROW.disk, 130, 64, s, 'esx')
	];
}

/** Xen and Hyper-V share a shape: a guest on the left, the privileged partition with the driver on the right. */
function split(
	x: number,
	ids: { design: Id; guest: Id; owner: Id; hypervisor: Id; lane: readonly Id[] },
	s: SourceKey[]
): SceneComponent<Id>[] {
	const [front, signal, back, driver, disk] = ids.lane as [Id, Id, Id, Id, Id];
	return [
		c(ids.design, 'frame', x, 8, 320, 584, s),
		c(ids.guest, 'frame', x + 10, ROW.top, 145, ROW.partitions, s, ids.design),
		c(front, 'box', x + 20, 96, 125, 80, s, ids.guest),
		c(ids.owner, 'frame', x + 165, ROW.top, 145, ROW.partitions, s, ids.design),
		c(back, 'box', x + 175, 96, 125, 80, s, ids.owner),
		c(driver, 'box', x + 175, 186, 125, 80, s, ids.owner),
		c(ids.hypervisor, 'frame', x + 10, ROW.hypervisor, 300, ROW.layer, s, ids.design),
		c(signal, 'box', x + 20, 336, 140, 96, s, ids.hypervisor),
		c(disk, 'box', x + 170, ROW.disk, 130, 64, s, ids.design)
	];
}

const down = (lane: readonly Id[], x: number): SceneRoute<Id>[] => {
	const [front, signal, back, driver, disk] = lane as [Id, Id, Id, Id, Id];
	return [
		{ id: `${front}-${signal}`, from: front, to: signal, kind: 'call' },
		// Up the gap between the two partitions, so it crosses neither the driver nor a frame's label.
		{
			id: `${signal}-${back}`,
			from: signal,
			to: back,
			kind: 'call',
			via: [
				{ x: x + 160, y: 316 },
				{ x: x + 160, y: 132 }
			]
		},
		{ id: `${back}-${driver}`, from: back, to: driver, kind: 'call' },
		{ id: `${driver}-${disk}`, from: driver, to: disk, kind: 'storage' }
	];
};

export const designsLayout: SceneLayout<'designs'> = {
	id: 'designs',
	width: 1000,
	height: 600,
	components: [
		...esx(DESIGN_COLUMNS.esx),
		...split(
			DESIGN_COLUMNS.xen,
			{
				design: 'xen',
				guest: 'xen-domu',
				owner: 'xen-dom0',
				hypervisor: 'xen-hypervisor',
				lane: designLanes.xen
			},
			['S17']
		),
		...split(
			DESIGN_COLUMNS.hyperv,
			{
				design: 'hyperv',
				guest: 'hv-child',
				owner: 'hv-root',
				hypervisor: 'hv-hypervisor',
				lane: designLanes.hyperv
			},
			['S1', 'S5', 'S16']
		)
	],
	routes: [
		{ id: 'esx-guest-esx-driver', from: 'esx-guest', to: 'esx-driver', kind: 'call' },
		{ id: 'esx-driver-esx-disk', from: 'esx-driver', to: 'esx-disk', kind: 'storage' },
		...down(designLanes.xen, DESIGN_COLUMNS.xen),
		...down(designLanes.hyperv, DESIGN_COLUMNS.hyperv)
	]
};
