import { choice } from '$lib/lessons/choice';
import type { LessonScript } from '$lib/lessons/types';

const toLaunch = ['os.load', 'hvboot.checkCpu', 'hypervisor.launch'] as const;

const script: LessonScript<'hostBoot', 'boot'> = {
	id: 'requirements-and-boot',
	sequence: 'foundations',
	order: 20,
	machine: 'hostBoot',
	input: {},
	minutes: 12,
	steps: [
		{ id: 'power-on', scene: 'boot', events: [], sources: ['S10'] },
		{ id: 'windows-loads', events: ['os.load'], sources: ['S10', 'S22'] },
		{ id: 'cpu-check', events: ['hvboot.checkCpu'], sources: ['S22', 'S10'], predict: true },
		{
			id: 'hypervisor-starts',
			events: ['hypervisor.launch'],
			sources: ['S22', 'S1', 'S11', 'S31']
		},
		{ id: 'memory', events: ['hypervisor.takeMemory'], sources: ['S1', 'S23', 'S28', 'S31'] },
		{ id: 'root-partition', events: ['root.create'], sources: ['S3', 'S1'] },
		{ id: 'root-resumes', events: ['root.resume'], sources: ['S1', 'S22'] },
		{ id: 'vmms', events: ['vmms.start'], sources: ['S1', 'S3', 'S2e'] },
		{
			id: 'no-vt',
			run: { machine: 'hostBoot', input: { vt: false } },
			events: toLaunch,
			sources: ['S22', 'S10']
		},
		{
			id: 'no-dep',
			run: { machine: 'hostBoot', input: { dep: false } },
			events: toLaunch,
			sources: ['S10', 'S22']
		},
		{
			id: 'no-x64',
			run: { machine: 'hostBoot', input: { x64: false } },
			events: ['os.load'],
			sources: ['S10']
		},
		{
			id: 'child-firmware',
			run: { machine: 'boot', input: { guest: 'enlightened', ics: true } },
			events: [],
			sources: ['S15', 'S9', 'S1']
		},
		{ id: 'child-kernel', events: ['kernel.load'], sources: ['S1', 'S2b'] },
		{
			id: 'child-cpuid',
			events: ['cpuid.features', 'cpuid.vendor', 'cpuid.interface'],
			sources: ['S2b']
		},
		{ id: 'child-hypercalls', events: ['msr.guestOsId', 'msr.hypercallPage'], sources: ['S2a'] },
		{ id: 'child-vmbus', events: ['vmbus.initiateContact'], sources: ['S5', 'S6'], predict: true },
		{
			id: 'child-running',
			events: ['vmbus.versionResponse', 'vmbus.requestOffers', 'vmbus.offersDelivered', 'vsc.bind'],
			sources: ['S6', 'S5', 'S13', 'S26']
		}
	],
	questions: [
		choice('amd-dep-bit', '*nx ns vt-only', ['S10']),
		choice('editions', '*x64-only x86-and-x64 x86-with-pae', ['S10']),
		choice('vt-off-result', '*no-hypervisor no-windows software-emulation', ['S22', 'S10']),
		{
			id: 'no-vt-next',
			kind: 'hop',
			run: { machine: 'hostBoot', input: { vt: false } },
			events: toLaunch,
			sources: ['S22', 'S10']
		},
		{
			id: 'who-builds-root',
			kind: 'hop',
			events: [...toLaunch, 'hypervisor.takeMemory', 'root.create'],
			sources: ['S3', 'S1']
		},
		choice('root-is', '*booting-windows first-child inside-hypervisor', ['S3', 'S1', 'S22']),
		{
			id: 'child-cpuid',
			kind: 'hop',
			run: { machine: 'boot', input: { guest: 'enlightened', ics: true } },
			events: ['kernel.load', 'cpuid.features'],
			sources: ['S2b']
		}
	]
};

export default script;
