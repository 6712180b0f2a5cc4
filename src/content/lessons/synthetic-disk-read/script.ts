import { choice } from '$lib/lessons/choice';
import type { LessonScript } from '$lib/lessons/types';
import { vmbusRequest } from '$lib/model/legs';

/** The read up to the moment the root's VMBus driver takes the guest's signal. */
const toRootVmbus = vmbusRequest.fromApp;

const script: LessonScript<'diskRead'> = {
	id: 'synthetic-disk-read',
	sequence: 'io',
	order: 40,
	machine: 'diskRead',
	input: { guest: 'enlightened' },
	minutes: 9,
	steps: [
		{ id: 'start', events: [], sources: ['S5', 'S1'] },
		{ id: 'stack', events: ['io.submit'], sources: ['S5'] },
		{ id: 'storvsc', events: ['vsc.request'], sources: ['S5', 'S6'] },
		{ id: 'ring', events: ['vmbus.write'], sources: ['S5', 'S14'] },
		{
			id: 'signal',
			events: ['vmbus.signal', 'hv.hypercall'],
			sources: ['S5', 'S6', 'S2a'],
			predict: true
		},
		{ id: 'synic', events: ['synic.signal', 'synic.interrupt'], sources: ['S2c'] },
		{ id: 'storvsp', events: ['vsp.read'], sources: ['S1', 'S14', 'U6'] },
		{ id: 'root-io', events: ['io.issue', 'driver.start'], sources: ['S14', 'S16'] },
		{ id: 'disk', events: ['disk.read'], sources: ['S5'] },
		{
			id: 'completion',
			events: ['disk.complete', 'io.complete', 'vsp.complete'],
			sources: ['S14']
		},
		{ id: 'completion-ring', events: ['vmbus.write'], sources: ['S6', 'S5'] },
		{
			id: 'signal-guest',
			events: ['vmbus.signal', 'hv.hypercall', 'synic.signal'],
			sources: ['S5', 'S2c']
		},
		{ id: 'guest-interrupt', events: ['synic.interrupt'], sources: ['S2c', 'S5', 'S6'] },
		{ id: 'storvsc-done', events: ['vsc.complete'], sources: ['S5'] },
		{ id: 'eoi', events: ['apic.eoi'], sources: ['S2b', 'S4'], predict: true },
		// Ends on this read beside the emulated one, in lockstep.
		{
			id: 'done',
			events: ['io.complete', 'app.complete'],
			sources: ['S5', 'S14'],
			compare: {
				a: { machine: 'diskRead', input: { guest: 'enlightened' } },
				b: { machine: 'diskRead', input: { guest: 'unenlightened' } }
			}
		}
	],
	questions: [
		{
			id: 'after-root-interrupt',
			kind: 'hop',
			events: [...toRootVmbus, 'vsp.read'],
			sources: ['S14', 'S1']
		},
		{
			id: 'ide-fast-path',
			kind: 'hop',
			run: { machine: 'diskRead', input: { guest: 'enlightened', controller: 'ide' } },
			events: ['io.submit', 'filter.redirect'],
			sources: ['S13']
		},
		choice('vsp-where', '*root-kernel worker-process guest-kernel hypervisor', ['S1', 'S14']),
		choice('when-signal', '*ring-was-empty every-packet timer', ['S5']),
		choice('data-path', '*guest-pages inline-in-ring through-worker-process', ['S5']),
		choice('exit-count', 'none *about-two about-twelve', ['S5', 'S2a', 'S2b'])
	]
};

export default script;
