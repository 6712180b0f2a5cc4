import { choice } from '$lib/lessons/choice';
import type { LessonScript } from '$lib/lessons/types';
import { vmbusCompletion, vmbusRequest } from '$lib/model/legs';
import { discovery } from '$lib/model/boot/sequences';
import { rootRead } from '$lib/model/diskRead/sequences';

const script: LessonScript<'boot', 'diskRead' | 'vmbusChannel'> = {
	id: 'integration-components',
	sequence: 'guests',
	order: 80,
	machine: 'boot',
	input: { guest: 'enlightened', ics: true },
	minutes: 12,
	steps: [
		{ id: 'firmware', events: [], sources: ['S15', 'S9'] },
		{ id: 'kernel', events: ['kernel.load'], sources: ['S1', 'S27'] },
		{ id: 'discover', events: discovery.slice(1), sources: ['S2b', 'S2a'] },
		{ id: 'contact', events: ['vmbus.initiateContact'], sources: ['S5', 'S6', 'S1'] },
		{ id: 'version', events: ['vmbus.versionResponse'], sources: ['S6'], predict: true },
		{ id: 'offers', events: ['vmbus.requestOffers'], sources: ['S5', 'S6', 'S1'] },
		{ id: 'services', events: ['vmbus.offersDelivered'], sources: ['S26', 'S35', 'S36', 'S7'] },
		{ id: 'bind', events: ['vsc.bind'], sources: ['S1', 'S5', 'S26', 'S13'] },
		{
			id: 'no-ics',
			run: { machine: 'boot', input: { guest: 'enlightened', ics: false } },
			events: discovery,
			sources: ['S1', 'S2b']
		},
		{ id: 'stays-emulated', events: ['devices.emulated'], sources: ['S1', 'S9', 'S27', 'S26'] },
		{
			id: 'heartbeat-channel',
			run: { machine: 'vmbusChannel', input: { endpoint: 'worker' } },
			events: ['vsc.bind', 'gpadl.header', 'gpadl.created', 'channel.open', 'channel.opened'],
			sources: ['S5', 'S6', 'S7', 'U6']
		},
		{ id: 'heartbeat-ask', events: ['host.send'], sources: ['S6', 'S7', 'S5'] },
		{ id: 'heartbeat-answer', events: ['guest.receive', 'guest.send'], sources: ['S6', 'S7'] },
		{ id: 'other-services', events: ['host.receive'], sources: ['S7', 'S26'] },
		{
			id: 'ide-read',
			run: { machine: 'diskRead', input: { guest: 'enlightened', controller: 'ide' } },
			events: ['io.submit'],
			sources: ['S13', 'S5']
		},
		{ id: 'filter', events: ['filter.redirect'], sources: ['S13'], predict: true },
		{ id: 'ring', events: ['vsc.request', 'vmbus.write'], sources: ['S13', 'S5'] },
		{
			id: 'storvsp',
			events: [...vmbusRequest.events.slice(1), 'vsp.read'],
			sources: ['S14', 'S5', 'S2c']
		},
		{
			id: 'done',
			events: [...rootRead, ...vmbusCompletion.events],
			sources: ['S13', 'S14']
		}
	],
	questions: [
		choice('not-in-2008', 'shutdown time-sync kvp heartbeat vss *file-copy', ['S26', 'S7'], {
			heartbeat: 'Heartbeat'
		}),
		{
			id: 'version-answer',
			kind: 'hop',
			events: [...discovery, 'vmbus.initiateContact', 'vmbus.versionResponse'],
			sources: ['S5', 'S6']
		},
		choice('without-ics', '*emulated synthetic none', ['S1', 'S9']),
		{
			id: 'ide-after-filter',
			kind: 'hop',
			run: { machine: 'diskRead', input: { guest: 'enlightened', controller: 'ide' } },
			events: ['io.submit', 'filter.redirect', 'vsc.request', ...vmbusRequest.events, 'vsp.read'],
			sources: ['S13', 'S14']
		},
		choice('ws2003', '*install-package built-in none-available xen-adapter', ['S27', 'S26']),
		choice('heartbeat-purpose', '*os-alive clock disk-health network-up', ['S7', 'S6']),
		choice('protocol', '*v0-13 v1-1 v2-4 v5-0', ['S6'], {
			'v0-13': '0.13',
			'v1-1': '1.1',
			'v2-4': '2.4',
			'v5-0': '5.0'
		})
	]
};

export default script;
