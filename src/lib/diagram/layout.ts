/**
 * Where everything sits, in diagram units: Microsoft's figure (facts §12) as four partition columns over one
 * hypervisor bar, with the hardware below. The bar leaves a corridor on the left, under the root, because the
 * root's drivers reach the disk and NIC directly, not through the hypervisor. Hand-placed on purpose: the
 * layout must stay recognisably the official one, which no automatic layout would keep.
 */
import type { ComponentId, LinkId, PartitionId } from '$lib/architecture/topology';

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export type Side = 'top' | 'right' | 'bottom' | 'left';

export const COLUMN_TOP = 0;
export const COLUMN_HEIGHT = 480;
const KERNEL_TOP = 204;

/** The partition panels, the hypervisor bar and (without a panel) the hardware row. */
export const panels: Record<Exclude<PartitionId, 'hardware'>, Rect> = {
	root: { x: 0, y: COLUMN_TOP, width: 300, height: COLUMN_HEIGHT },
	win: { x: 316, y: COLUMN_TOP, width: 240, height: COLUMN_HEIGHT },
	linux: { x: 572, y: COLUMN_TOP, width: 240, height: COLUMN_HEIGHT },
	legacy: { x: 828, y: COLUMN_TOP, width: 240, height: COLUMN_HEIGHT },
	hypervisor: { x: 136, y: 500, width: 932, height: 90 }
};

/** The kernel-mode area of each partition; above it is user mode. */
export function kernelBand(partition: 'root' | 'win' | 'linux' | 'legacy'): Rect {
	const p = panels[partition];
	return { x: p.x + 8, y: KERNEL_TOP, width: p.width - 16, height: COLUMN_HEIGHT - KERNEL_TOP - 8 };
}

const at = (panel: Rect, x: number, y: number, width: number, height: number): Rect => ({
	x: panel.x + x,
	y: panel.y + y,
	width,
	height
});

const root = panels.root;
const vmwp = at(root, 12, 40, 276, 112);
const vmms = at(root, 12, 158, 130, 38);
const bar = panels.hypervisor;
const barBox = (i: number): Rect => at(bar, 12 + i * 116, 30, 104, 46);

function childColumn(panel: Rect, prefix: 'win' | 'linux') {
	return {
		[`${prefix}-apps`]: at(panel, 30, 60, 180, 40),
		[`${prefix}-io-stack`]: at(panel, 16, 220, 124, 38),
		[`${prefix}-vsc`]: at(panel, 16, 316, 124, 38),
		[prefix === 'win' ? 'win-winhv' : 'linux-hv']: at(panel, 152, 316, 76, 38),
		[`${prefix}-vmbus`]: at(panel, 60, 418, 120, 40)
	} as Partial<Record<ComponentId, Rect>>;
}

/** Every component's box, in absolute diagram units (the tests check that none is missing). */
export const boxes = {
	'root-vmwp': vmwp,
	'root-ide-emulator': at(vmwp, 8, 30, 84, 34),
	'root-nic-emulator': at(vmwp, 96, 30, 84, 34),
	'root-video-emulator': at(vmwp, 184, 30, 84, 34),
	'root-input-emulator': at(vmwp, 8, 70, 84, 34),
	'root-pic-emulator': at(vmwp, 96, 70, 84, 34),
	'root-vmms': vmms,
	'root-wmi': at(vmms, 70, 6, 52, 26),
	'root-vsp': at(root, 16, 220, 116, 38),
	'root-vid': at(root, 168, 220, 116, 38),
	'root-io-stack': at(root, 16, 278, 116, 38),
	'root-drivers': at(root, 16, 336, 116, 38),
	'root-winhv': at(root, 168, 300, 116, 38),
	'root-vmbus': at(root, 90, 418, 120, 40),
	...childColumn(panels.win, 'win'),
	...childColumn(panels.linux, 'linux'),
	'legacy-apps': at(panels.legacy, 30, 60, 180, 40),
	'legacy-kernel': at(panels.legacy, 16, 220, 208, 120),
	'legacy-drivers': at(panels.legacy, 16, 360, 208, 56),
	'hv-hypercalls': barBox(0),
	'hv-synic': barBox(1),
	'hv-msrs': barBox(2),
	'hv-apic': barBox(3),
	'hv-scheduler': barBox(4),
	'hv-address': barBox(5),
	'hv-partitions': barBox(6),
	'hv-intercepts': barBox(7),
	'hw-disk': { x: 8, y: 610, width: 56, height: 40 },
	'hw-nic': { x: 72, y: 610, width: 56, height: 40 },
	'hw-cpu': { x: 600, y: 610, width: 120, height: 40 },
	'hw-memory': { x: 764, y: 610, width: 120, height: 40 }
} as Record<ComponentId, Rect>;

/** The whole drawing, for fitting it into view. */
export const bounds: Rect = { x: 0, y: 0, width: 1068, height: 650 };

export interface Route {
	from: Side;
	to: Side;
	/** Where a stepped edge runs sideways: the gap under the partitions, so lines never cross a box. */
	centerY?: number;
}

const GAP_UNDER_PARTITIONS = 490;

/** How each link is drawn: which sides it leaves and enters, and where it turns. */
export const routes: Record<LinkId, Route> = {
	'vmwp-vid': { from: 'bottom', to: 'top' },
	'vmms-vid': { from: 'right', to: 'top' },
	'vid-winhv': { from: 'bottom', to: 'top' },
	'root-winhv-hypercalls': { from: 'bottom', to: 'top', centerY: GAP_UNDER_PARTITIONS },
	'vsp-io-stack': { from: 'bottom', to: 'top' },
	'io-stack-drivers': { from: 'bottom', to: 'top' },
	'vsp-vmbus': { from: 'right', to: 'top' },
	'root-vmbus-winhv': { from: 'right', to: 'bottom' },
	'drivers-disk': { from: 'bottom', to: 'top', centerY: 600 },
	'drivers-nic': { from: 'bottom', to: 'top', centerY: 600 },
	'emulator-io-stack': { from: 'left', to: 'left' },
	'intercepts-root-winhv': { from: 'top', to: 'bottom', centerY: GAP_UNDER_PARTITIONS + 4 },
	'vmbus-root-win': { from: 'right', to: 'left' },
	'vmbus-root-linux': { from: 'bottom', to: 'bottom', centerY: GAP_UNDER_PARTITIONS - 4 },
	'synic-root-vmbus': { from: 'top', to: 'bottom', centerY: GAP_UNDER_PARTITIONS - 8 },
	'synic-win-vmbus': { from: 'top', to: 'bottom', centerY: GAP_UNDER_PARTITIONS - 8 },
	'synic-linux-vmbus': { from: 'top', to: 'bottom', centerY: GAP_UNDER_PARTITIONS - 8 },
	'hypercalls-synic': { from: 'bottom', to: 'bottom', centerY: 582 },
	'win-apps-io-stack': { from: 'bottom', to: 'top' },
	'win-io-stack-vsc': { from: 'bottom', to: 'top' },
	'win-vsc-vmbus': { from: 'bottom', to: 'top' },
	'win-vmbus-winhv': { from: 'right', to: 'bottom' },
	'win-winhv-hypercalls': { from: 'bottom', to: 'top', centerY: GAP_UNDER_PARTITIONS + 2 },
	'linux-apps-io-stack': { from: 'bottom', to: 'top' },
	'linux-io-stack-vsc': { from: 'bottom', to: 'top' },
	'linux-vsc-vmbus': { from: 'bottom', to: 'top' },
	'linux-vmbus-hv': { from: 'right', to: 'bottom' },
	'linux-hv-hypercalls': { from: 'bottom', to: 'top', centerY: GAP_UNDER_PARTITIONS + 6 },
	'legacy-apps-kernel': { from: 'bottom', to: 'top' },
	'legacy-kernel-drivers': { from: 'bottom', to: 'top' },
	'legacy-intercepts': { from: 'bottom', to: 'top' },
	'scheduler-cpu': { from: 'bottom', to: 'top' },
	'address-memory': { from: 'bottom', to: 'top' }
};
