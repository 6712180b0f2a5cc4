import { choice } from '$lib/lessons/choice';
import type { LessonScript } from '$lib/lessons/types';
import { cpuidDiscovery, discovery, hypercallSetup, vmbusContact } from '$lib/model/boot/sequences';

const script: LessonScript<'xenAdapter', 'boot' | 'enlightenment'> = {
	id: 'paravirtualization-vs-enlightenment',
	sequence: 'guests',
	order: 100,
	machine: 'xenAdapter',
	input: undefined,
	minutes: 9,
	steps: [
		{ id: 'xen-kernel', events: [], sources: ['S18', 'S17', 'S18c'] },
		{ id: 'xen-call', events: ['xen.call'], sources: ['S18'], predict: true },
		{ id: 'translate', events: ['adapter.translate'], sources: ['S18', 'S18c', 'S2a'] },
		{ id: 'execute', events: ['hv.execute'], sources: ['S18'] },
		{ id: 'xen-return', events: ['adapter.return'], sources: ['S18', 'S18c', 'S18b', 'S21'] },
		{
			id: 'unmodified',
			run: { machine: 'boot', input: { guest: 'unenlightened' } },
			events: ['kernel.load', 'devices.emulated'],
			sources: ['S10', 'S1']
		},
		{
			id: 'detect',
			run: { machine: 'boot', input: { guest: 'enlightened' } },
			events: cpuidDiscovery,
			sources: ['S2b', 'S1']
		},
		{ id: 'opt-in', events: hypercallSetup, sources: ['S2a', 'S2b'] },
		{
			id: 'vmbus',
			events: [...vmbusContact],
			sources: ['S5', 'S6', 'S1']
		},
		{ id: 'vsc', events: ['vsc.bind'], sources: ['S1', 'S13', 'S17'] },
		{
			id: 'flush-hint',
			run: { machine: 'enlightenment', input: { kind: 'tlbFlush', enlightened: true, vcpus: 4 } },
			events: ['op.start', 'hypercall.issue'],
			sources: ['S2b', 'S2d', 'S3']
		},
		{ id: 'two-ways', events: ['op.finish'], sources: ['S1', 'S2b', 'S18'] }
	],
	questions: [
		{
			id: 'adapter-hop',
			kind: 'hop',
			events: ['xen.call', 'adapter.translate'],
			sources: ['S18', 'S2a']
		},
		choice('adapter-what', '*xen-guest-calls xenserver-functions vmware-calls windows-api', [
			'S18',
			'S18c'
		]),
		choice('lic-2008-distro', '*sles10 rhel5 xenserver-linux any-distro', ['S18', 'S18b'], {
			rhel5: 'Red Hat Enterprise Linux 5'
		}),
		choice('unmodified-kernel', '*runs-emulated refuses-boot needs-adapter runs-enlightened', [
			'S10',
			'S1'
		]),
		choice('detect-how', '*cpuid xen-call boot-parameter vmbus-offer', ['S2b']),
		choice('dom0', '*root hypervisor vmwp child', ['S17']),
		{
			id: 'vsc-hop',
			kind: 'hop',
			run: { machine: 'boot', input: { guest: 'enlightened' } },
			events: [...discovery, ...vmbusContact, 'vsc.bind'],
			sources: ['S1', 'S5']
		}
	]
};

export default script;
