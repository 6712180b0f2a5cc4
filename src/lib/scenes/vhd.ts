/**
 * A virtual hard disk (facts §9.1, S20): StorVSP in the root, where a guest's request arrives; the chain of
 * files (a parent .vhd and the .avhd differencing disks snapshots add); the layout of the newest file (the
 * footer's copy, the dynamic header, the BAT, a data block with its sector bitmap, a block appended on a first
 * write, the footer); and the physical disk the file lives on.
 */
import type { SceneComponent, SceneLayout } from './layout';
import type { VhdComponentId } from './ids';

const box = (
	id: VhdComponentId,
	x: number,
	y: number,
	width: number,
	height: number,
	extra: Partial<SceneComponent<VhdComponentId>> = {}
): SceneComponent<VhdComponentId> => ({
	id,
	kind: 'box',
	x,
	y,
	width,
	height,
	sources: ['S20'],
	...extra
});

/** The strip of the newest file's layout, left (start of the file) to right (its end). */
const FILE_Y = 230;
const FILE_H = 100;

export const vhdLayout: SceneLayout<'vhd'> = {
	id: 'vhd',
	width: 1000,
	height: 600,
	components: [
		box('vsp', 20, 60, 150, 70, { sources: ['S14', 'S1'] }),
		box('parent', 250, 60, 200, 70, { sources: ['S20', 'S10'] }),
		box('avhd-older', 510, 60, 200, 70, { sources: ['S20', 'S10'] }),
		box('avhd-newest', 770, 60, 200, 70, { sources: ['S20', 'S10'] }),
		box('vhd-footer-copy', 20, FILE_Y, 96, FILE_H),
		box('vhd-header', 124, FILE_Y, 120, FILE_H),
		box('vhd-bat', 252, FILE_Y, 170, FILE_H),
		box('vhd-bitmap', 436, FILE_Y, 80, FILE_H),
		box('vhd-data', 516, FILE_Y, 170, FILE_H),
		box('vhd-new-block', 700, FILE_Y, 170, FILE_H),
		box('vhd-footer', 884, FILE_Y, 96, FILE_H),
		box('disk', 400, 470, 200, 64, { sources: ['S1', 'S16'] })
	],
	routes: [
		{ id: 'newest-older', from: 'avhd-newest', to: 'avhd-older', kind: 'chain' },
		{ id: 'older-parent', from: 'avhd-older', to: 'parent', kind: 'chain' },
		// With one snapshot the newest file's parent is the .vhd itself.
		{ id: 'newest-parent', from: 'avhd-newest', to: 'parent', kind: 'chain' },
		{
			id: 'vsp-bat',
			from: 'vsp',
			to: 'vhd-bat',
			kind: 'call',
			via: [
				{ x: 95, y: 180 },
				{ x: 337, y: 180 }
			]
		},
		{
			id: 'vsp-data',
			from: 'vsp',
			to: 'vhd-data',
			kind: 'call',
			via: [
				{ x: 95, y: 180 },
				{ x: 601, y: 180 }
			]
		},
		{
			id: 'vsp-disk',
			from: 'vsp',
			to: 'disk',
			kind: 'call',
			via: [
				{ x: 8, y: 95 },
				{ x: 8, y: 502 }
			]
		},
		{ id: 'bat-bitmap', from: 'vhd-bat', to: 'vhd-bitmap', kind: 'call' },
		{
			id: 'bat-data',
			from: 'vhd-bat',
			to: 'vhd-data',
			kind: 'call',
			// Well below the strip, so the bitmap's "sector bit" line under it stays clear of the route.
			via: [
				{ x: 337, y: 398 },
				{ x: 601, y: 398 }
			]
		},
		{
			id: 'bat-new-block',
			from: 'vhd-bat',
			to: 'vhd-new-block',
			kind: 'call',
			via: [
				{ x: 337, y: 200 },
				{ x: 785, y: 200 }
			]
		},
		{ id: 'bitmap-data', from: 'vhd-bitmap', to: 'vhd-data', kind: 'call' },
		{ id: 'bat-parent', from: 'vhd-bat', to: 'parent', kind: 'chain' },
		{ id: 'data-disk', from: 'vhd-data', to: 'disk', kind: 'storage' },
		{ id: 'new-block-disk', from: 'vhd-new-block', to: 'disk', kind: 'storage' },
		{
			id: 'parent-disk',
			from: 'parent',
			to: 'disk',
			kind: 'storage',
			via: [
				{ x: 235, y: 95 },
				{ x: 235, y: 502 }
			]
		}
	]
};
