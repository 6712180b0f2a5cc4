import { choice } from '$lib/lessons/choice';
import type { LessonScript } from '$lib/lessons/types';

/** Offer, bind and GPADL: the guest's half of setting up a channel. */
const toGpadl = ['vsc.bind', 'gpadl.header'] as const;
/** GPADL_CREATED and OPENCHANNEL: the host takes the channel, in the worker process. */
const toOpen = ['gpadl.created', 'channel.open'] as const;
/** A whole channel set-up, for the services after the first. */
const setUp = [...toGpadl, ...toOpen, 'channel.opened'] as const;

/** Every integration service is a VMBus device served from the VM's worker process (facts §2, §3.1). */
const service = { machine: 'vmbusChannel', input: { endpoint: 'worker' } } as const;

const script: LessonScript<'vmbusChannel'> = {
	id: 'integration-services',
	sequence: 'guests',
	order: 85,
	machine: 'vmbusChannel',
	input: { endpoint: 'worker' },
	minutes: 10,
	steps: [
		// Time synchronization: the host sends its clock; nothing comes back.
		{ id: 'timesync-offer', events: toGpadl, sources: ['S26', 'S5', 'S6'] },
		{
			id: 'timesync-open',
			events: toOpen,
			sources: ['S26', 'S6', 'U6', 'U39'],
			predict: true
		},
		{ id: 'timesync-send', events: ['channel.opened', 'host.send'], sources: ['S26', 'S7'] },
		{ id: 'timesync-adjust', events: ['guest.receive'], sources: ['T19', 'S7'] },
		// Data exchange (KVP): key/value strings both ways, through the registry, over VMBus.
		{ id: 'kvp', run: service, events: [...setUp, 'guest.send'], sources: ['S26', 'S7'] },
		{ id: 'kvp-host', events: ['host.receive', 'host.send'], sources: ['S7', 'S5'] },
		{ id: 'kvp-guest', events: ['guest.receive'], sources: ['S7'] },
		// Backup (VSS): the host's backup asks the guest to get its data consistent.
		{ id: 'vss', run: service, events: [...setUp, 'host.send'], sources: ['S26', 'S7', 'S35'] },
		{ id: 'vss-freeze', events: ['guest.receive', 'guest.send'], sources: ['S7', 'S26', 'S37'] },
		{ id: 'vss-done', events: ['host.receive'], sources: ['S7', 'S36'] },
		// Shutdown: the host asks, the guest shuts itself down cleanly and its channels close.
		{ id: 'shutdown', run: service, events: [...setUp, 'host.send'], sources: ['S26', 'S7'] },
		{ id: 'shutdown-guest', events: ['guest.receive', 'guest.send'], sources: ['S26', 'S7'] },
		{
			id: 'shutdown-done',
			events: ['host.receive', 'channel.close', 'gpadl.teardown', 'gpadl.torndown'],
			sources: ['S26', 'S35', 'S6']
		}
	],
	questions: [
		{
			id: 'who-serves',
			kind: 'hop',
			events: [...toGpadl, ...toOpen],
			sources: ['S26', 'U6', 'U39']
		},
		choice('shutdown-what', '*clean-shutdown power-off save-state pause', ['S26', 'S7']),
		choice('time-drift', '*rtc-at-boot no-network daylight-saving hypervisor-clock', ['T19']),
		choice('kvp-network', '*over-vmbus needs-network needs-wmi-remoting', ['S7']),
		choice('vss-gain', '*consistent-live offline-only faster-copy no-snapshot', ['S7', 'S26'])
	]
};

export default script;
