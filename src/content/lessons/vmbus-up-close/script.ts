import { choice } from '$lib/lessons/choice';
import type { LessonScript } from '$lib/lessons/types';

/** From the offer to an open channel: bind, GPADL, OPENCHANNEL and its result. */
const setUp = [
	'vsc.bind',
	'gpadl.header',
	'gpadl.created',
	'channel.open',
	'channel.opened'
] as const;

const script: LessonScript<'vmbusChannel'> = {
	id: 'vmbus-up-close',
	sequence: 'inside',
	order: 50,
	machine: 'vmbusChannel',
	input: {},
	minutes: 10,
	steps: [
		{ id: 'offer', events: [], sources: ['S5', 'S6', 'S1'] },
		{ id: 'bind', events: ['vsc.bind'], sources: ['S5'] },
		{
			id: 'gpadl-header',
			events: ['gpadl.header'],
			sources: ['S5', 'S6', 'S2d', 'S2c'],
			predict: true
		},
		{ id: 'gpadl-created', events: ['gpadl.created'], sources: ['S5', 'S6'] },
		{ id: 'open', events: ['channel.open'], sources: ['S5', 'S6', 'S1'] },
		{ id: 'opened', events: ['channel.opened'], sources: ['S5', 'S6'] },
		{ id: 'first-packet', events: ['guest.send'], sources: ['S5', 'S6', 'S2d'] },
		{ id: 'batch', events: ['guest.send', 'guest.send'], sources: ['S5'] },
		{ id: 'host-drains', events: ['host.receive'], sources: ['S5'] },
		{ id: 'replies', events: ['host.send', 'host.send'], sources: ['S5', 'S2c'] },
		{ id: 'guest-drains', events: ['guest.receive'], sources: ['S5'] },
		{
			id: 'monitor',
			run: { machine: 'vmbusChannel', input: { monitored: true } },
			events: [...setUp, 'guest.send'],
			sources: ['S3', 'S6']
		},
		{ id: 'close', events: ['channel.close'], sources: ['S6'], predict: true },
		{ id: 'teardown', events: ['gpadl.teardown'], sources: ['S6'] },
		{ id: 'closed', events: ['gpadl.torndown'], sources: ['S6'] },
		{
			id: 'rescind',
			run: { machine: 'vmbusChannel', input: {} },
			events: [...setUp, 'guest.send', 'host.rescind'],
			sources: ['S5', 'S6']
		},
		{ id: 'released', events: ['relid.release'], sources: ['S6'] }
	],
	questions: [
		{
			id: 'who-answers-gpadl',
			kind: 'hop',
			events: ['vsc.bind', 'gpadl.header', 'gpadl.created'],
			sources: ['S5', 'S6']
		},
		{
			id: 'after-rescind',
			kind: 'hop',
			events: [...setUp, 'host.rescind', 'relid.release'],
			sources: ['S6']
		},
		choice('signal-count', '*one two three', ['S5']),
		choice('gpadl-is', '*page-list packet-format interrupt-vector root-buffer', ['S5', 'S6']),
		choice('ring-memory', '*guest root hypervisor', ['S5']),
		choice('monitor-trade', '*latency-for-exits memory-for-speed safety-for-speed', ['S3', 'S6']),
		choice('emulated-environment', '*shared-memory emulation', ['S1', 'S5'])
	]
};

export default script;
