import { choice } from '$lib/lessons/choice';
import type { LessonScript } from '$lib/lessons/types';
import { cpuidDiscovery, discovery, vmbusContact } from '$lib/model/boot/sequences';

const modernLinux = { machine: 'boot', input: { guest: 'enlightened', ics: true } } as const;

const script: LessonScript<'xenAdapter', 'boot'> = {
	id: 'linux-on-hyper-v',
	sequence: 'guests',
	order: 90,
	machine: 'xenAdapter',
	input: undefined,
	minutes: 10,
	steps: [
		{ id: 'sles10', events: [], sources: ['S18', 'S31'] },
		{ id: 'xen-call', events: ['xen.call'], sources: ['S18', 'S18c'] },
		{ id: 'translate', events: ['adapter.translate'], sources: ['S18', 'S2a'], predict: true },
		{ id: 'result', events: ['hv.execute'], sources: ['S18'] },
		{ id: 'unaware', events: ['adapter.return'], sources: ['S18', 'S18c'] },
		{ id: 'gpl', run: modernLinux, events: [], sources: ['S21', 'S15'] },
		{ id: 'native-discovery', events: cpuidDiscovery, sources: ['S5', 'S2b', 'S18b'] },
		{
			id: 'guest-id',
			events: ['msr.guestOsId', 'msr.hypercallPage'],
			sources: ['S2a', 'S4', 'S5']
		},
		{ id: 'hv-vmbus', events: ['vmbus.initiateContact'], sources: ['S5', 'S6', 'S21'] },
		{ id: 'version', events: ['vmbus.versionResponse'], sources: ['S6', 'S5'], predict: true },
		{ id: 'offers', events: ['vmbus.requestOffers'], sources: ['S5', 'S6', 'S21'] },
		{ id: 'drivers', events: ['vmbus.offersDelivered'], sources: ['S5', 'S7', 'S29', 'S38'] },
		{ id: 'bound', events: ['vsc.bind'], sources: ['S5', 'S6', 'S37'] }
	],
	questions: [
		choice('adapter-where', '*in-guest xenserver-host hypervisor root', ['S18', 'S18c']),
		{
			id: 'adapter-back',
			kind: 'hop',
			events: ['xen.call', 'adapter.translate', 'hv.execute'],
			sources: ['S18']
		},
		choice('lic1-distro', '*sles10 rhel5 ubuntu xenserver', ['S18', 'S18b'], {
			sles10: 'SUSE Linux Enterprise Server 10',
			rhel5: 'Red Hat Enterprise Linux 5',
			ubuntu: 'Ubuntu',
			xenserver: 'Citrix XenServer'
		}),
		choice('upstream', '*staging-2-6-32 mainline-2-6-18 never linux-4-0', ['S21'], {
			'mainline-2-6-18': 'Linux 2.6.18 (2006), in drivers/hv',
			'linux-4-0': 'Linux 4.0 (2015)'
		}),
		{
			id: 'offers-hop',
			kind: 'hop',
			run: modernLinux,
			events: [...discovery, ...vmbusContact],
			sources: ['S5', 'S6']
		},
		choice('utils', '*hv-utils hv-vmbus hv-netvsc hid-hyperv', ['S7', 'S6'], {
			'hv-utils': 'hv_utils',
			'hv-vmbus': 'hv_vmbus',
			'hv-netvsc': 'hv_netvsc',
			'hid-hyperv': 'hid_hyperv'
		}),
		choice('old-host', '*not-supported fully-supported with-adapter', ['S5'])
	]
};

export default script;
