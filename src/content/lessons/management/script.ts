import { choice } from '$lib/lessons/choice';
import type { LessonScript } from '$lib/lessons/types';
import { startVm } from '$lib/model/lifecycle/sequences';

const script: LessonScript<'lifecycle', 'migration' | 'vhdTools'> = {
	id: 'management',
	sequence: 'operations',
	order: 140,
	machine: 'lifecycle',
	input: undefined,
	minutes: 14,
	steps: [
		{ id: 'role', events: [], sources: ['S1', 'S10', 'S13', 'S27', 'S31', 'S43', 'S44', 'S45'] },
		{ id: 'hyper-v-manager', events: ['vm.start'], sources: ['S1', 'S31'] },
		{ id: 'azman', events: ['vmms.launch'], sources: ['S1', 'S13', 'S31'], predict: true },
		{ id: 'vid', events: ['vmwp.request'], sources: ['S1'] },
		{ id: 'create-partition', events: ['hv.createPartition'], sources: ['S2d', 'S2e', 'S3'] },
		{ id: 'deposit', events: ['hv.depositMemory'], sources: ['S2g', 'S3'] },
		{ id: 'set-up', events: ['hv.setUp'], sources: ['S3', 'S2d'] },
		{ id: 'run', events: ['vm.run'], sources: ['S1', 'S13'] },
		{ id: 'pause', events: ['vm.pause'], sources: ['S1'] },
		{ id: 'monitoring', events: ['vm.resume'], sources: ['S24', 'S31', 'S26'] },
		{ id: 'snapshot', events: ['vm.snapshot'], sources: ['S10', 'S1'] },
		{ id: 'save', events: ['vm.save'], sources: ['S1', 'S26', 'S3'] },
		{ id: 'restore', events: ['vm.start', 'vmms.launch'], sources: ['S1'] },
		{
			id: 'rebuild',
			events: startVm.slice(2),
			sources: ['S1', 'S3']
		},
		{ id: 'stop', events: ['vm.stop'], sources: ['S3', 'S1'] },
		{
			id: 'scvmm',
			run: { machine: 'migration', input: { kind: 'quick' } },
			events: ['migrate', 'state.save', 'disk.move', 'state.restore'],
			sources: ['S24', 'S19']
		},
		{
			id: 'p2v',
			run: { machine: 'vhdTools', input: { job: 'p2vOnline' } },
			events: ['vhd.write', 'vm.define', 'vmms.register'],
			sources: ['S48', 'S52', 'S24', 'S1']
		},
		{
			id: 'v2v',
			run: { machine: 'vhdTools', input: { job: 'v2v' } },
			events: ['vhd.write', 'vm.define', 'vmms.register'],
			sources: ['S49', 'S52', 'S48']
		}
	],
	questions: [
		choice('editions', '*x64-editions x86-and-x64 datacenter-only hyper-v-server-only', [
			'S10',
			'S27',
			'S31'
		]),
		choice('azman', '*vmms-azman hypervisor vid guest', ['S1', 'S31']),
		{ id: 'hop-worker', kind: 'hop', events: ['vm.start', 'vmms.launch'], sources: ['S1', 'S13'] },
		{
			id: 'hop-create',
			kind: 'hop',
			events: startVm.slice(0, 4),
			sources: ['S1', 'S2d']
		},
		choice('scheduler', '*hypervisor root-windows vmwp wsrm', ['S1'], { wsrm: 'WSRM' }),
		choice('backup', '*vss-integration pause-and-copy snapshot not-possible', ['S26', 'S35']),
		choice('licensing', '*one-four-unlimited none-included unlimited-all hyper-v-server-four', [
			'S44',
			'S45',
			'S27'
		]),
		choice('scvmm', '*hyperv-vs-vmware hyperv-xenserver-esx hyperv-only virtual-server-only', [
			'S24'
		])
	]
};

export default script;
