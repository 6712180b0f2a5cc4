/**
 * One guest disk access as the root serves it from each kind of virtual disk (facts §9.1, S20): a fixed VHD
 * is plain arithmetic; a dynamic or differencing VHD looks the block up in its BAT, allocates a block on the
 * first write (appended to the file, with its sector bitmap, the BAT entry and the footer rewritten), and a
 * differencing disk sends a sector its bitmap does not claim on to its parent. A pass-through disk has no
 * VHD layer at all: the root hands the request to the physical disk.
 */
import { assign, setup } from 'xstate';
import { at, type HopMeta } from '../hop';
import { doneAt } from '../legs';

export type DiskKind = 'fixed' | 'dynamic' | 'differencing' | 'passThrough';

export interface VhdIoInput {
	disk: DiskKind;
	op: 'read' | 'write';
	/** Whether the block holding the sector has space in the file yet (dynamic and differencing). */
	blockAllocated?: boolean;
	/** Whether the differencing disk's sector bitmap marks the sector as its own. */
	sectorInChild?: boolean;
}

export interface VhdIoContext extends Required<VhdIoInput> {
	/** Reads and writes of VHD files (data, bitmap, BAT and footer updates), the parent's included. */
	fileIos: number;
	/** Times the request fell through to a parent disk. */
	parentReads: number;
	/** Blocks newly appended to the file. */
	allocations: number;
}

export type VhdIoEvent = {
	type: 'vhd.locate' | 'vhd.lookup' | 'vhd.resolve' | 'disk.io' | 'io.complete';
};

export const vhdIoMachine = setup({
	types: {
		context: {} as VhdIoContext,
		events: {} as VhdIoEvent,
		input: {} as VhdIoInput,
		meta: {} as HopMeta,
		tags: {} as 'completed'
	},
	actions: {
		fileIo: assign({
			fileIos: ({ context }, params: { count: number }) => context.fileIos + params.count
		}),
		parent: assign({ parentReads: ({ context }) => context.parentReads + 1 }),
		// Append the block (bitmap and data), point the BAT at it, rewrite the footer at the new end.
		allocate: assign({
			allocations: ({ context }) => context.allocations + 1,
			fileIos: ({ context }) => context.fileIos + 2,
			blockAllocated: true,
			sectorInChild: true
		}),
		// A write into an allocated block of a differencing disk also marks the sector in its bitmap.
		claimSector: assign({ fileIos: ({ context }) => context.fileIos + 1, sectorInChild: true })
	},
	guards: {
		passThrough: ({ context }) => context.disk === 'passThrough',
		fixed: ({ context }) => context.disk === 'fixed',
		ownsData: ({ context }) =>
			context.blockAllocated && (context.disk === 'dynamic' || context.sectorInChild),
		readsParent: ({ context }) => context.disk === 'differencing' && context.op === 'read',
		readsHole: ({ context }) => context.disk === 'dynamic' && context.op === 'read',
		needsBlock: ({ context }) => !context.blockAllocated,
		isWrite: ({ context }) => context.op === 'write'
	}
}).createMachine({
	id: 'vhdIo',
	context: ({ input }) => ({
		disk: input.disk,
		op: input.op,
		blockAllocated:
			input.disk === 'fixed' || input.disk === 'passThrough' || (input.blockAllocated ?? true),
		sectorInChild: input.disk !== 'differencing' || (input.sectorInChild ?? true),
		fileIos: 0,
		parentReads: 0,
		allocations: 0
	}),
	initial: 'request',
	states: {
		request: {
			meta: at('root-vsp', 'root-kernel', ['S14'], { places: { vhd: 'vsp' } }),
			on: {
				'vhd.locate': [
					{ guard: 'passThrough', target: 'physical' },
					{ guard: 'fixed', target: 'offset' },
					{ target: 'bat' }
				]
			}
		},
		physical: {
			meta: at('root-drivers', 'root-kernel', ['S1', 'S16'], { places: { vhd: 'vsp' } }),
			on: { 'disk.io': 'device' }
		},
		offset: {
			meta: at('root-io-stack', 'root-kernel', ['S20'], { places: { vhd: 'vhd-data' } }),
			on: { 'disk.io': { target: 'device', actions: { type: 'fileIo', params: { count: 1 } } } }
		},
		bat: {
			meta: at('root-io-stack', 'root-kernel', ['S20'], { places: { vhd: 'vhd-bat' } }),
			on: {
				'vhd.lookup': [
					{ guard: 'ownsData', target: 'data' },
					{ guard: 'readsParent', target: 'parent', actions: 'parent' },
					{ guard: 'readsHole', target: 'zeros' },
					{ guard: 'needsBlock', target: 'allocate', actions: 'allocate' },
					{ target: 'claim', actions: 'claimSector' }
				]
			}
		},
		parent: {
			meta: at('root-io-stack', 'root-kernel', ['S20'], { places: { vhd: 'parent' } }),
			on: { 'disk.io': { target: 'device', actions: { type: 'fileIo', params: { count: 1 } } } }
		},
		zeros: {
			meta: at('root-io-stack', 'root-kernel', ['S20'], {
				estimate: true,
				places: { vhd: 'vhd-bat' }
			}),
			on: { 'io.complete': 'done' }
		},
		allocate: {
			meta: at('root-io-stack', 'root-kernel', ['S20'], { places: { vhd: 'vhd-new-block' } }),
			on: { 'vhd.resolve': 'data' }
		},
		claim: {
			meta: at('root-io-stack', 'root-kernel', ['S20'], { places: { vhd: 'vhd-bitmap' } }),
			on: { 'vhd.resolve': 'data' }
		},
		data: {
			meta: at('root-drivers', 'root-kernel', ['S20', 'S1'], { places: { vhd: 'vhd-data' } }),
			on: { 'disk.io': { target: 'device', actions: { type: 'fileIo', params: { count: 1 } } } }
		},
		device: {
			meta: at('hw-disk', 'hardware', ['S1', 'S16'], { places: { vhd: 'disk' } }),
			on: { 'io.complete': 'done' }
		},
		done: doneAt(at('root-vsp', 'root-kernel', ['S14'], { places: { vhd: 'vsp' } }))
	}
});
