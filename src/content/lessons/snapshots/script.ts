import { choice } from '$lib/lessons/choice';
import type { LessonScript } from '$lib/lessons/types';
import { times } from '$lib/model/legs';
import { startVm } from '$lib/model/lifecycle/sequences';

const script: LessonScript<'lifecycle', 'vhdIo'> = {
	id: 'snapshots',
	sequence: 'storage',
	order: 120,
	machine: 'lifecycle',
	input: undefined,
	minutes: 9,
	steps: [
		{ id: 'one-disk', events: [], sources: ['S1', 'S20'] },
		{ id: 'running', events: startVm, sources: ['S1'] },
		{ id: 'first-snapshot', events: ['vm.snapshot'], sources: ['S10', 'S20'], scene: 'vhd' },
		{ id: 'second-snapshot', events: ['vm.snapshot'], sources: ['S20', 'S10'] },
		{
			id: 'fifty',
			events: times(48, ['vm.snapshot']),
			sources: ['S10', 'S40']
		},
		// Deleting takes a snapshot out of the tree at once; its .avhd is merged only once the VM is off (U44).
		{ id: 'delete', events: ['vm.deleteSnapshot'], sources: ['S10', 'U44'] },
		{
			id: 'delete-and-merge',
			events: ['vm.stop', 'vhd.merge'],
			sources: ['U44', 'S20']
		},
		{
			id: 'read-arrives',
			run: { machine: 'vhdIo', input: { disk: 'differencing', op: 'read' } },
			events: [],
			sources: ['S14', 'S20'],
			scene: 'vhd'
		},
		{ id: 'bat', events: ['vhd.locate'], sources: ['S20'], predict: true },
		{ id: 'bitmap-hit', events: ['vhd.lookup'], sources: ['S20'] },
		{ id: 'from-the-avhd', events: ['disk.io', 'io.complete'], sources: ['S20', 'S1'] },
		{
			id: 'apply',
			run: {
				machine: 'vhdIo',
				input: { disk: 'differencing', op: 'read', blockAllocated: false, sectorInChild: false }
			},
			events: ['vhd.locate', 'vhd.lookup'],
			sources: ['S20', 'S10']
		},
		{ id: 'parent-read', events: ['disk.io'], sources: ['S20'], predict: true },
		{ id: 'parent-done', events: ['io.complete'], sources: ['S20', 'S14'] },
		{
			id: 'first-write',
			run: {
				machine: 'vhdIo',
				input: { disk: 'differencing', op: 'write', blockAllocated: false }
			},
			events: ['vhd.locate', 'vhd.lookup'],
			sources: ['S20']
		},
		{ id: 'write-lands', events: ['vhd.resolve', 'disk.io'], sources: ['S20'] },
		{ id: 'write-done', events: ['io.complete'], sources: ['S20', 'S10'] }
	],
	questions: [
		choice('limit', 'ten-levels *fifty-per-vm sixty-four-per-vm unlimited', ['S10', 'S40'], {
			'fifty-per-vm': '50 per VM',
			'sixty-four-per-vm': '64 per VM'
		}),
		choice('avhd', '*differencing-avhd full-copy memory-only sparse-disk', ['S10', 'S20']),
		choice('not-in-child', '*parent zeros error allocate', ['S20']),
		choice('first-write', '*append-block copy-parent-file write-parent refuse', ['S20']),
		choice('merge', '*at-shutdown immediately-live never next-snapshot', ['S10']),
		{
			id: 'pass-through',
			kind: 'hop',
			run: { machine: 'vhdIo', input: { disk: 'passThrough', op: 'read' } },
			events: ['vhd.locate'],
			sources: ['S12b', 'S20']
		},
		{
			id: 'where-next',
			kind: 'hop',
			run: {
				machine: 'vhdIo',
				input: { disk: 'differencing', op: 'read', blockAllocated: false, sectorInChild: false }
			},
			events: ['vhd.locate', 'vhd.lookup', 'disk.io'],
			sources: ['S20']
		}
	]
};

export default script;
