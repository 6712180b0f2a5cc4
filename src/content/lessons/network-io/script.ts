import { choice } from '$lib/lessons/choice';
import type { LessonScript } from '$lib/lessons/types';
import { interceptEvents, times, vmbusCompletion, vmbusRequest } from '$lib/model/legs';

/** One trapped register access: intercept, message to the root, VID, worker, resume. */
const access = interceptEvents;

/** An enlightened guest's request up to the moment the root's VMBus driver takes its signal. */
const toRootVmbus = vmbusRequest.fromApp;

/** The 21140 driver's transmit-poll-demand write, emulated, and the worker's copy of the frame. */
const emulatedSend = ['io.submit', 'driver.start', ...access, 'vmwp.send'] as const;

const script: LessonScript<'deviceIo'> = {
	id: 'network-io',
	sequence: 'io',
	order: 45,
	machine: 'deviceIo',
	input: { guest: 'unenlightened', device: 'network' },
	minutes: 12,
	steps: [
		// One frame through the emulated DEC 21140 in the worker process.
		{ id: 'start', events: [], sources: ['S1', 'S9', 'S15b'] },
		{ id: 'descriptor', events: ['io.submit', 'driver.start'], sources: ['S9', 'S15b'] },
		{ id: 'poll-demand', events: ['cpu.trap'], sources: ['S3'] },
		{
			id: 'to-worker',
			events: ['hv.message', 'vid.dispatch', 'vmwp.emulate'],
			sources: ['S3', 'S14', 'S9', 'S15b'],
			predict: true
		},
		{ id: 'resume', events: ['vmwp.done', 'vp.resume'], sources: ['S3'] },
		{ id: 'copy', events: ['vmwp.send'], sources: ['S14', 'S15b'] },
		{
			id: 'wire',
			events: ['switch.forward', 'driver.start', 'nic.send', 'nic.complete'],
			sources: ['S1', 'S16']
		},
		{
			id: 'interrupt',
			events: ['vmwp.complete', 'pic.raise', 'hv.inject'],
			sources: ['S3', 'S9', 'S1']
		},
		{
			id: 'isr',
			events: ['isr.start', ...times(3, access), 'io.complete', 'app.complete'],
			sources: ['S3', 'S9', 'S14']
		},
		// The same frame from a guest with integration components: NetVSC, VMBus, the virtual switch.
		{
			id: 'netvsc',
			run: { machine: 'deviceIo', input: { guest: 'windows', device: 'network' } },
			events: ['io.submit', 'vsc.request'],
			sources: ['S1', 'S5', 'S26', 'S10']
		},
		{
			id: 'ring',
			events: ['vmbus.write', 'vmbus.signal', 'hv.hypercall'],
			sources: ['S5', 'S2d', 'S6']
		},
		{
			id: 'switch',
			events: ['synic.signal', 'synic.interrupt', 'vsp.read'],
			sources: ['S2c', 'S1', 'S5', 'S14'],
			predict: true
		},
		{
			id: 'nic',
			events: ['switch.forward', 'driver.start', 'nic.send'],
			sources: ['S1', 'S16', 'S46', 'S47', 'S12b']
		},
		{
			id: 'completion',
			events: ['nic.complete', 'vsp.complete', ...vmbusCompletion.events],
			sources: ['S5', 'S2b', 'S4', 'S14'],
			// The frame through the synthetic NIC beside the same frame through the emulated 21140.
			compare: {
				a: { machine: 'deviceIo', input: { guest: 'windows', device: 'network' } },
				b: { machine: 'deviceIo', input: { guest: 'unenlightened', device: 'network' } }
			}
		},
		// The same send on the two other kinds of virtual network: the switch decides where the frame goes.
		{
			id: 'internal-network',
			run: {
				machine: 'deviceIo',
				input: { guest: 'windows', device: 'network', network: 'internal' }
			},
			events: [...toRootVmbus, 'vsp.read', 'switch.forward'],
			sources: ['S46', 'S1']
		},
		{
			id: 'private-network',
			run: {
				machine: 'deviceIo',
				input: { guest: 'windows', device: 'network', network: 'private' }
			},
			events: [
				...toRootVmbus,
				'vsp.read',
				'switch.forward',
				'vmbus.signal',
				'hv.hypercall',
				'synic.signal',
				'synic.interrupt',
				'vsc.complete',
				'io.complete'
			],
			sources: ['S46', 'S5', 'S2c']
		},
		// A screen update: the S3 card's cursor registers, then synthetic video.
		{
			id: 's3-cursor',
			run: { machine: 'deviceIo', input: { guest: 'unenlightened', device: 'video' } },
			events: ['io.submit', 'driver.start', ...times(4, access), 'io.complete', 'app.complete'],
			sources: ['S9', 'S8', 'S25', 'S3', 'S14']
		},
		{
			id: 'synthetic-video',
			run: { machine: 'deviceIo', input: { guest: 'windows', device: 'video' } },
			events: [...toRootVmbus, 'vsp.read'],
			sources: ['S1', 'S26', 'S38', 'U6', 'U39']
		},
		// A mouse movement: three PS/2 bytes through the i8042, then one synthetic packet.
		{
			id: 'ps2-mouse',
			run: { machine: 'deviceIo', input: { guest: 'unenlightened', device: 'input' } },
			events: [
				'input.event',
				'pic.raise',
				'hv.inject',
				'isr.start',
				...times(4, access),
				'byte.next',
				'pic.raise',
				'hv.inject',
				'isr.start',
				...times(4, access),
				'byte.next',
				'pic.raise',
				'hv.inject',
				'isr.start',
				...times(4, access),
				'io.complete',
				'app.complete'
			],
			sources: ['S9', 'S14', 'S1', 'S3']
		},
		{
			id: 'synthetic-mouse',
			run: { machine: 'deviceIo', input: { guest: 'windows', device: 'input' } },
			events: vmbusCompletion.events,
			sources: ['S1', 'S26', 'S21', 'S2b', 'U6', 'U39'],
			// The lesson ends on the synthetic mouse beside the PS/2 mouse.
			compare: {
				a: { machine: 'deviceIo', input: { guest: 'windows', device: 'input' } },
				b: { machine: 'deviceIo', input: { guest: 'unenlightened', device: 'input' } }
			}
		}
	],
	questions: [
		{
			id: 'after-copy',
			kind: 'hop',
			events: [...emulatedSend, 'switch.forward'],
			sources: ['S1', 'S14', 'S15b']
		},
		{
			id: 'linux-vsp',
			kind: 'hop',
			run: { machine: 'deviceIo', input: { guest: 'linux', device: 'network' } },
			events: [...toRootVmbus, 'vsp.read'],
			sources: ['S1', 'S5', 'S21']
		},
		{
			id: 'mouse-eoi',
			kind: 'hop',
			run: { machine: 'deviceIo', input: { guest: 'windows', device: 'input' } },
			events: [...vmbusCompletion.events.slice(0, -2)],
			sources: ['S2b', 'S4']
		},
		choice('virtual-network-kind', 'external *internal private none', ['S46']),
		choice('pxe-boot', '*legacy-21140 synthetic-netvsc both neither', ['S15b', 'S15', 'S9', 'S8']),
		choice('emulated-exits', 'none one *four-or-five about-twelve', ['S3', 'S9', 'S15b']),
		choice('netvsc-message', '*rndis-message register-writes direct-to-nic', ['S5', 'S1']),
		choice('mouse-cost', '*per-byte per-pixel polling', ['S9', 'S3'])
	]
};

export default script;
