import { choice } from '$lib/lessons/choice';
import type { LessonScript } from '$lib/lessons/types';
import { times } from '$lib/model/legs';

/** A 2 GB VM that dirties little memory, on a link of about 100 MB/s (1 Gbit/s): converges in 3 passes. */
const calm = {
	kind: 'live',
	memoryMb: 2048,
	dirtyMbPerSecond: 20,
	linkMbPerSecond: 100
} as const;

/** A 4 GB VM that dirties memory at 80 MB/s on a 110 MB/s link: the 10-pass limit cuts it off. */
const busy = {
	kind: 'live',
	memoryMb: 4096,
	dirtyMbPerSecond: 80,
	linkMbPerSecond: 110
} as const;

const script: LessonScript<'migration'> = {
	id: 'high-availability',
	sequence: 'operations',
	order: 130,
	machine: 'migration',
	input: { kind: 'quick' },
	minutes: 10,
	steps: [
		{ id: 'cluster', events: [], sources: ['S12', 'S12b'], scene: 'cluster' },
		{ id: 'quick-save', events: ['migrate'], sources: ['S19', 'S12b'] },
		{ id: 'quick-move', events: ['state.save'], sources: ['S19', 'S12'], predict: true },
		{
			id: 'quick-restore',
			events: ['disk.move', 'state.restore'],
			sources: ['S19', 'S12b']
		},
		{
			id: 'live-config',
			run: { machine: 'migration', input: calm },
			events: ['migrate'],
			sources: ['S19', 'S11']
		},
		{ id: 'live-copy', events: ['config.transfer'], sources: ['S19'], predict: true },
		{ id: 'pass-one', events: ['precopy.pass'], sources: ['S19'] },
		{ id: 'pass-two', events: ['precopy.pass'], sources: ['S19'] },
		{ id: 'pass-three', events: ['precopy.pass'], sources: ['S19'] },
		{ id: 'blackout', events: ['vm.pause', 'storage.handover'], sources: ['S19', 'S13'] },
		{ id: 'live-done', events: ['vm.resume', 'arp.announce'], sources: ['S19', 'S13', 'T22'] },
		{
			id: 'busy-vm',
			run: { machine: 'migration', input: busy },
			events: ['migrate', 'config.transfer', ...times(10, ['precopy.pass'])],
			sources: ['S19']
		},
		{
			id: 'forced-blackout',
			events: ['vm.pause', 'storage.handover', 'vm.resume', 'arp.announce'],
			sources: ['S19', 'S19b']
		}
	],
	questions: [
		choice('nodes', 'eight *sixteen thirty-two sixty-four', ['S12'], {
			eight: '8',
			sixteen: '16',
			'thirty-two': '32',
			'sixty-four': '64'
		}),
		choice('quick-downtime', '*vm-memory vhd-size vcpu-count node-count', ['S19', 'S12b']),
		choice('unplanned', '*cold-restart quick-migration live-migration no-impact', ['S19']),
		choice('pause-when', '*little-left-or-ten after-one-pass never after-fifty', ['S19']),
		choice('vmotion', '*iterative-precopy save-restore shared-memory cold-restart', ['S19b']),
		{ id: 'hop-quick', kind: 'hop', events: ['migrate', 'state.save'], sources: ['S19', 'S12'] },
		{
			id: 'hop-live',
			kind: 'hop',
			run: { machine: 'migration', input: calm },
			events: ['migrate', 'config.transfer'],
			sources: ['S19']
		}
	]
};

export default script;
