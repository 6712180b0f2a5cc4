import { choice } from '$lib/lessons/choice';
import type { LessonScript } from '$lib/lessons/types';

const script: LessonScript<'vhdIo', 'diskRead' | 'vhdTools'> = {
	id: 'storage',
	sequence: 'storage',
	order: 110,
	machine: 'vhdIo',
	input: { disk: 'fixed', op: 'read' },
	minutes: 14,
	steps: [
		{ id: 'fixed', events: [], sources: ['S20', 'S14'], scene: 'vhd' },
		{ id: 'fixed-offset', events: ['vhd.locate'], sources: ['S20'] },
		{ id: 'fixed-disk', events: ['disk.io'], sources: ['S20', 'S1'], predict: true },
		{ id: 'fixed-done', events: ['io.complete'], sources: ['S10', 'S8'] },
		{
			id: 'dynamic-bat',
			run: { machine: 'vhdIo', input: { disk: 'dynamic', op: 'read', blockAllocated: false } },
			events: ['vhd.locate'],
			sources: ['S20']
		},
		{ id: 'dynamic-hole', events: ['vhd.lookup', 'io.complete'], sources: ['S20', 'S14'] },
		{
			id: 'dynamic-write',
			run: { machine: 'vhdIo', input: { disk: 'dynamic', op: 'write', blockAllocated: false } },
			events: ['vhd.locate'],
			sources: ['S20']
		},
		{ id: 'allocate', events: ['vhd.lookup'], sources: ['S20'] },
		{ id: 'dynamic-written', events: ['vhd.resolve', 'disk.io', 'io.complete'], sources: ['S20'] },
		{
			id: 'differencing',
			run: {
				machine: 'vhdIo',
				input: { disk: 'differencing', op: 'read', sectorInChild: false }
			},
			events: ['vhd.locate'],
			sources: ['S20', 'S10']
		},
		{ id: 'parent', events: ['vhd.lookup'], sources: ['S20', 'S14'] },
		{ id: 'parent-read', events: ['disk.io', 'io.complete'], sources: ['S20'] },
		{
			id: 'pass-through',
			run: { machine: 'vhdIo', input: { disk: 'passThrough', op: 'read' } },
			events: ['vhd.locate'],
			sources: ['S12b', 'S1']
		},
		{ id: 'pass-through-disk', events: ['disk.io'], sources: ['S12b'], predict: true },
		{ id: 'pass-through-done', events: ['io.complete'], sources: ['S10', 'S12b', 'S14'] },
		{
			id: 'controllers',
			run: { machine: 'diskRead', input: { guest: 'enlightened', controller: 'scsi' } },
			events: ['io.submit', 'vsc.request'],
			sources: ['S15', 'S10'],
			scene: 'architecture'
		},
		{
			id: 'no-disk',
			run: { machine: 'diskRead', input: { guest: 'unenlightened', controller: 'scsi' } },
			events: [],
			sources: ['S15', 'S13', 'S10']
		},
		{
			id: 'edit-disk',
			run: { machine: 'vhdTools', input: { job: 'compact' } },
			events: ['vhd.edit'],
			sources: ['S50', 'S31']
		},
		{
			id: 'mount',
			run: { machine: 'vhdTools', input: { job: 'mount' } },
			events: ['vhd.mount', 'disk.surface'],
			sources: ['S50', 'S51']
		}
	],
	questions: [
		{
			id: 'pass-through-hop',
			kind: 'hop',
			run: { machine: 'vhdIo', input: { disk: 'passThrough', op: 'read' } },
			events: ['vhd.locate'],
			sources: ['S12b', 'S1']
		},
		choice('bat-entry', '*all-ones zero parent-offset bitmap', ['S20'], {
			'all-ones': '0xFFFFFFFF',
			zero: '0'
		}),
		choice('differencing-miss', '*parent zeros error allocate', ['S20']),
		choice('boot-controller', '*ide scsi either pass-through-only', ['S15', 'S10']),
		choice('scsi-limit', '*four-by-64 four-by-255 two-by-two unlimited', ['S10', 'S12b'], {
			'four-by-64': '4 controllers × 64 = 256',
			'four-by-255': '4 controllers × 255 = 1020',
			'two-by-two': '2 controllers × 2 = 4'
		}),
		choice('no-snapshots', 'fixed dynamic differencing *pass-through', ['S12b']),
		choice('mount-2008', '*wmi-mount diskpart disk-management not-possible', ['S50', 'S51']),
		choice('max-size', '*2040-gb 2-tb 64-tb 127-gb', ['S10', 'S8'], {
			'2040-gb': '2040 GB',
			'64-tb': '64 TB',
			'127-gb': '127 GB'
		})
	]
};

export default script;
