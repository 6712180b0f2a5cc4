import type { LessonScript } from '$lib/lessons/types';

/** One VM start, from the request to the running VM. */
const start = ['vm.start', 'vmms.launch', 'vmwp.request', 'hv.depositMemory', 'vm.run'];

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
		{
			id: 'root-reserve',
			kind: 'choice',
			options: ['about-512-mb', 'about-2-gb', 'about-32-mb', 'all-free-memory'],
			answer: 'about-2-gb',
			sources: ['S42', 'S31']
		},
		{
			id: 'overhead-4gb',
			kind: 'choice',
			options: ['mb-32', 'mb-56', 'mb-128', 'mb-512'],
			answer: 'mb-56',
			sources: ['S42']
		},
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
		{
			id: 'no-room',
			kind: 'choice',
			options: ['start-refused', 'guest-paged', 'others-shrink'],
			answer: 'start-refused',
			sources: ['S1', 'S42', 'T29']
		},
		{
			id: 'vm-memory',
			kind: 'choice',
			options: ['gb-4', 'gb-32', 'gb-64', 'tb-1'],
			answer: 'gb-64',
			sources: ['S10']
		},
		{
			id: 'host-memory',
			kind: 'choice',
			options: ['gb-32', 'gb-64', 'tb-1', 'tb-2'],
			answer: 'tb-1',
			sources: ['S28', 'S31']
		},
		{
			id: 'nics',
			kind: 'choice',
			options: ['nics-4', 'nics-8', 'nics-12', 'nics-256'],
			answer: 'nics-12',
			sources: ['S10', 'S31']
		}
	]
};

export default script;
