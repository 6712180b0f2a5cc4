import type { LessonScript } from '$lib/lessons/types';

const script: LessonScript<'diskRead'> = {
	id: 'synthetic-disk-read',
	order: 2,
	machine: 'diskRead',
	input: { guest: 'enlightened' },
	minutes: 7,
	steps: [
		{ id: 'start', events: [], sources: ['S5', 'S1'] },
		{ id: 'stack', events: ['io.submit'], sources: ['S5'] },
		{ id: 'storvsc', events: ['vsc.request'], sources: ['S5', 'S6'] },
		{ id: 'ring', events: ['vmbus.write'], sources: ['S5'] },
		{ id: 'signal', events: ['vmbus.signal', 'hv.hypercall'], sources: ['S5', 'S6', 'S2a'] },
		{ id: 'synic', events: ['synic.signal', 'synic.interrupt'], sources: ['S2c'] },
		{ id: 'storvsp', events: ['vsp.read'], sources: ['S1', 'S14'] },
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
		{ id: 'guest-interrupt', events: ['synic.interrupt'], sources: ['S2c', 'S5'] },
		{ id: 'storvsc-done', events: ['vsc.complete'], sources: ['S5'] },
		{ id: 'eoi', events: ['apic.eoi'], sources: ['S2b', 'S4'] },
		{ id: 'done', events: ['io.complete', 'app.complete'], sources: ['S5', 'S14'] }
	]
};

export default script;
