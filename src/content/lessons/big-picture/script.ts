import { choice } from '$lib/lessons/choice';
import type { LessonScript } from '$lib/lessons/types';
import { startVm } from '$lib/model/lifecycle/sequences';
import { vmbusCompletion, vmbusRequest } from '$lib/model/legs';

/** The same read in each design: ESX hands it straight to its hypervisor's driver; Xen and Hyper-V go to a partition. */
const designSteps = {
	monolithic: ['guest.submit', 'disk.read'],
	xen: ['guest.submit', 'backend.receive', 'driver.start', 'disk.read'],
	hyperv: ['guest.submit', 'backend.receive', 'driver.start', 'disk.read']
} as const;

/** An enlightened guest's read, from the application to the storage VSP in the root. */
const toStorVsp = [...vmbusRequest.fromApp, 'vsp.read'] as const;

const script: LessonScript<'lifecycle', 'diskRead' | 'designRead'> = {
	id: 'big-picture',
	sequence: 'foundations',
	order: 10,
	machine: 'lifecycle',
	input: undefined,
	minutes: 12,
	steps: [
		{ id: 'partitions', events: [], sources: ['S1'] },
		{ id: 'request', events: ['vm.start'], sources: ['S1', 'S27', 'S31'] },
		{ id: 'worker', events: ['vmms.launch'], sources: ['S1', 'S13', 'S14'] },
		{ id: 'vid', events: ['vmwp.request'], sources: ['S1'], predict: true },
		{ id: 'create', events: ['hv.createPartition'], sources: ['S2d', 'S3', 'S2e'], predict: true },
		{ id: 'memory', events: ['hv.depositMemory'], sources: ['S2g', 'S3'] },
		{ id: 'set-up', events: ['hv.setUp'], sources: ['S3', 'S2d'] },
		{ id: 'running', events: ['vm.run'], sources: ['S1'] },
		{
			id: 'a-read',
			run: { machine: 'diskRead', input: { guest: 'enlightened' } },
			events: [],
			sources: ['S1', 'S16']
		},
		{ id: 'vsc', events: ['io.submit', 'vsc.request'], sources: ['S1', 'S5'] },
		{ id: 'to-root', events: toStorVsp.slice(2), sources: ['S5', 'S2c', 'S1'] },
		{ id: 'drivers', events: ['io.issue', 'driver.start', 'disk.read'], sources: ['S16', 'S1'] },
		{
			id: 'root-risk',
			events: ['disk.complete', 'io.complete', 'vsp.complete'],
			sources: ['S13', 'S34']
		},
		{
			id: 'done',
			events: vmbusCompletion.events,
			sources: ['S5', 'S1']
		},
		// The same read in three designs, side by side: the driver in the hypervisor, in dom0, in the root.
		{
			id: 'monolithic',
			scene: 'designs',
			run: { machine: 'designRead', input: { design: 'monolithic' } },
			events: [...designSteps.monolithic],
			sources: ['S16', 'S33']
		},
		{
			id: 'xen',
			run: { machine: 'designRead', input: { design: 'xen' } },
			events: [...designSteps.xen],
			sources: ['S17']
		},
		{
			id: 'microkernelized',
			run: { machine: 'designRead', input: { design: 'hyperv' } },
			events: [...designSteps.hyperv],
			sources: ['S16', 'S1', 'S5']
		}
	],
	questions: [
		choice('where-drivers', '*root-partition hypervisor each-child', ['S16', 'S1']),
		choice('monolithic-example', '*esx hyper-v xen', ['S16', 'S33'], {
			'hyper-v': 'Microsoft Hyper-V',
			xen: 'Xen'
		}),
		choice('xen-counterpart', '*dom0 domu xenserver', ['S17'], { xenserver: 'Citrix XenServer' }),
		choice('root-crash', '*all-children-down children-keep-running hypervisor-restarts-root', [
			'S13',
			'S34'
		]),
		choice('who-creates', '*root any-child first-child', ['S2e', 'S3']),
		{
			id: 'after-vid',
			kind: 'hop',
			events: startVm.slice(0, 4),
			sources: ['S2d', 'S3']
		},
		{
			id: 'root-driver',
			kind: 'hop',
			run: { machine: 'diskRead', input: { guest: 'enlightened' } },
			events: [...toStorVsp, 'io.issue', 'driver.start'],
			sources: ['S1', 'S16']
		}
	]
};

export default script;
