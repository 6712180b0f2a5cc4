import { choice } from '$lib/lessons/choice';
import type { LessonScript } from '$lib/lessons/types';
import { times } from '$lib/model/legs';
import { ideInterruptAccesses, ideSetupAccesses, portAccessEvents } from '$lib/model/ide-sequence';

/** The read up to the guest driver, ready to touch its first port. */
const toDriver = ['io.submit', 'driver.start'] as const;

const script: LessonScript<'diskRead'> = {
	id: 'emulated-disk-read',
	sequence: 'io',
	order: 30,
	machine: 'diskRead',
	input: { guest: 'unenlightened' },
	minutes: 10,
	steps: [
		{ id: 'start', events: [], sources: ['S1', 'S9'] },
		{ id: 'kernel', events: ['io.submit'], sources: ['S1'] },
		{ id: 'driver', events: ['driver.start'], sources: ['S9', 'S13', 'S14'] },
		{ id: 'trap', events: ['cpu.trap'], sources: ['S3'] },
		{ id: 'message', events: ['hv.message'], sources: ['S3', 'S4', 'S2c'] },
		{ id: 'vid', events: ['vid.dispatch'], sources: ['S1', 'S14'] },
		{ id: 'emulate', events: ['vmwp.emulate'], sources: ['S14'] },
		{ id: 'resume', events: ['vmwp.done'], sources: ['S3'] },
		{ id: 'first-write-done', events: ['vp.resume'], sources: ['S3'] },
		{
			id: 'seven-more',
			events: times(ideSetupAccesses.length - 1, portAccessEvents),
			sources: ['S14', 'S13']
		},
		{ id: 'vmwp-read', events: ['vmwp.read'], sources: ['S14'] },
		{ id: 'disk', events: ['driver.start', 'disk.read'], sources: ['S1', 'S16', 'S13', 'S34'] },
		{
			id: 'back-through-vmwp',
			events: ['disk.complete', 'io.complete', 'vmwp.complete'],
			sources: ['S14'],
			predict: true
		},
		{ id: 'pic', events: ['pic.raise'], sources: ['S3', 'S9'] },
		{ id: 'inject', events: ['hv.inject'], sources: ['S1', 'S3'], predict: true },
		{ id: 'isr', events: ['isr.start'], sources: ['S3'] },
		{
			id: 'isr-accesses',
			events: times(ideInterruptAccesses.length, portAccessEvents),
			sources: ['S3', 'S9']
		},
		{ id: 'kernel-done', events: ['io.complete'], sources: ['S1'] },
		// Ends on the same read through VMBus beside this one, in lockstep (the synthetic read is the baseline).
		{
			id: 'done',
			events: ['app.complete'],
			sources: ['S13', 'S14', 'S23', 'S5'],
			compare: {
				a: { machine: 'diskRead', input: { guest: 'enlightened' } },
				b: { machine: 'diskRead', input: { guest: 'unenlightened' } }
			}
		}
	],
	questions: [
		{
			id: 'where-emulated',
			kind: 'hop',
			events: [...toDriver, 'cpu.trap', 'hv.message', 'vid.dispatch', 'vmwp.emulate'],
			sources: ['S14', 'S1']
		},
		{
			id: 'after-setup',
			kind: 'hop',
			events: [...toDriver, ...times(ideSetupAccesses.length, portAccessEvents), 'vmwp.read'],
			sources: ['S14']
		},
		choice('why-slow', '*round-trip hypervisor-emulates slow-disk extra-copy', ['S14', 'S3']),
		choice('exit-count', 'one about-four *about-twelve over-a-hundred', ['S14', 'S13', 'S3']),
		choice('resume-how', '*set-vp-registers guest-retries timer-interrupt', ['S3']),
		choice('driver-where', '*root-kernel hypervisor guest-kernel worker-process', ['S1', 'S16'])
	]
};

export default script;
