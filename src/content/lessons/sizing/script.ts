import { choice } from '$lib/lessons/choice';
import type { LessonScript } from '$lib/lessons/types';

/** One VM start, from the request to the running VM. */
const start = ['vm.start', 'vmms.launch', 'vmwp.request', 'hv.depositMemory', 'vm.run'] as const;

const script: LessonScript<'hostMemory'> = {
	id: 'sizing',
	sequence: 'operations',
	order: 150,
	machine: 'hostMemory',
	// Three 2 GB VMs on an 8 GB host, by the planning rule (root about 2 GB, overhead growing with size).
	input: { hostMb: 8192, rule: 'planning', vms: [2048, 2048, 2048] },
	minutes: 9,
	tool: 'memoryCalculator',
	steps: [
		{ id: 'host', scene: 'memory', events: [], sources: ['S42', 'S10'] },
		{ id: 'start', events: ['vm.start'], sources: ['S1'] },
		{ id: 'worker', events: ['vmms.launch'], sources: ['S1', 'S13'] },
		{ id: 'vid', events: ['vmwp.request'], sources: ['S1'], predict: true },
		{ id: 'deposit', events: ['hv.depositMemory'], sources: ['S2g', 'S42'], predict: true },
		{ id: 'running', events: ['vm.run'], sources: ['S42', 'S23'] },
		{ id: 'second', events: start, sources: ['S42'] },
		{ id: 'third', events: ['vm.start', 'vmms.launch'], sources: ['S1'] },
		{ id: 'refused', events: ['vmwp.request'], sources: ['S1', 'S42', 'T29'] },
		{
			id: 'article-host',
			run: {
				machine: 'hostMemory',
				input: { hostMb: 8192, rule: 'article2008', vms: [2048, 2048, 2048] }
			},
			events: [],
			sources: ['S31', 'S42']
		},
		{ id: 'article-first', events: start, sources: ['S31'] },
		{ id: 'article-all', events: [...start, ...start], sources: ['S31', 'S42'] },
		{
			id: 'big-vm',
			run: { machine: 'hostMemory', input: { hostMb: 8192, rule: 'planning', vms: [4096] } },
			events: start.slice(0, 4),
			sources: ['S42', 'S2g']
		},
		{ id: 'big-vm-runs', events: ['vm.run'], sources: ['S42'] },
		{
			id: 'article-example',
			run: {
				machine: 'hostMemory',
				input: { hostMb: 800, rule: 'planning', rootReserveMb: 512, vms: [256] }
			},
			events: start,
			sources: ['S31', 'S42']
		}
	],
	questions: [
		choice('root-reserve', 'about-512-mb *about-2-gb about-32-mb all-free-memory', ['S42', 'S31']),
		choice('overhead-4gb', 'mb-32 *mb-56 mb-128 mb-512', ['S42'], {
			'mb-32': '32 MB',
			'mb-56': '56 MB',
			'mb-128': '128 MB',
			'mb-512': '512 MB'
		}),
		{
			id: 'hop-memory',
			kind: 'hop',
			events: ['vm.start', 'vmms.launch', 'vmwp.request'],
			sources: ['S1']
		},
		{
			id: 'hop-deposit',
			kind: 'hop',
			events: ['vm.start', 'vmms.launch', 'vmwp.request', 'hv.depositMemory'],
			sources: ['S2g']
		},
		choice('no-room', '*start-refused guest-paged others-shrink', ['S1', 'S42', 'T29']),
		choice('vm-memory', 'gb-4 gb-32 *gb-64 tb-1', ['S10'], {
			'gb-4': '4 GB',
			'gb-32': '32 GB',
			'gb-64': '64 GB',
			'tb-1': '1 TB'
		}),
		choice('host-memory', 'gb-32 gb-64 *tb-1 tb-2', ['S28', 'S31'], {
			'gb-32': '32 GB',
			'gb-64': '64 GB',
			'tb-1': '1 TB',
			'tb-2': '2 TB'
		}),
		choice('nics', 'nics-4 nics-8 *nics-12 nics-256', ['S10', 'S31'], {
			'nics-4': '4',
			'nics-8': '8',
			'nics-12': '12',
			'nics-256': '256'
		})
	]
};

export default script;
