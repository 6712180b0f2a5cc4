import type { LessonScript } from '$lib/lessons/types';
import { ideInterruptAccesses, ideSetupAccesses, portAccessEvents } from '$lib/model/ide-sequence';

const times = (n: number, events: readonly string[]) =>
	Array.from({ length: n }, () => events).flat();

const script: LessonScript<'diskRead'> = {
	id: 'emulated-disk-read',
	order: 1,
	machine: 'diskRead',
	input: { guest: 'unenlightened' },
	minutes: 8,
	steps: [
		{ id: 'start', events: [], sources: ['S1', 'S9'] },
		{ id: 'kernel', events: ['io.submit'], sources: ['S1'] },
		{ id: 'driver', events: ['driver.start'], sources: ['S9', 'S13'] },
		{ id: 'trap', events: ['cpu.trap'], sources: ['S3'] },
		{ id: 'message', events: ['hv.message'], sources: ['S3', 'S4'] },
		{ id: 'vid', events: ['vid.dispatch'], sources: ['S1', 'S14'] },
		{ id: 'emulate', events: ['vmwp.emulate'], sources: ['S14'] },
		{ id: 'resume', events: ['vmwp.done'], sources: ['S3'] },
		{ id: 'first-write-done', events: ['vp.resume'], sources: ['S3'] },
		{
			id: 'seven-more',
			events: times(ideSetupAccesses.length - 1, portAccessEvents),
			sources: ['S13']
		},
		{ id: 'vmwp-read', events: ['vmwp.read'], sources: ['S14'] },
		{ id: 'disk', events: ['driver.start', 'disk.read'], sources: ['S1', 'S16'] },
		{
			id: 'back-through-vmwp',
			events: ['disk.complete', 'io.complete', 'vmwp.complete'],
			sources: ['S14']
		},
		{ id: 'pic', events: ['pic.raise'], sources: ['S3', 'S9'] },
		{ id: 'inject', events: ['hv.inject'], sources: ['S1', 'S3'] },
		{ id: 'isr', events: ['isr.start'], sources: ['S3'] },
		{
			id: 'isr-accesses',
			events: times(ideInterruptAccesses.length, portAccessEvents),
			sources: ['S3', 'S9']
		},
		{ id: 'kernel-done', events: ['io.complete'], sources: ['S1'] },
		{ id: 'done', events: ['app.complete'], sources: ['S13', 'S14'] }
	]
};

export default script;
