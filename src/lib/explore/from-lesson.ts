/**
 * "Try this in explore": the explore configuration and step that show what a lesson step shows, for lessons
 * that run a request through a device (the disk read and device machines).
 */
import type { LessonScript, MachineRun } from '$lib/lessons/types';
import { encodeConfig, type RunConfig } from './config';

/** The run a lesson step belongs to, and how many events into it the step is. */
export function runAt(
	script: LessonScript,
	stepIndex: number
): { run: MachineRun; events: number } {
	let start = 0;
	for (let i = stepIndex; i > 0; i--) {
		if (script.steps[i]!.run) {
			start = i;
			break;
		}
	}
	const run =
		script.steps[start]!.run ?? ({ machine: script.machine, input: script.input } as MachineRun);
	const events = script.steps.slice(start, stepIndex + 1).reduce((n, s) => n + s.events.length, 0);
	return { run, events };
}

/** The explore configuration of a run, if explore can show it. */
export function runConfigOf(run: MachineRun): RunConfig | undefined {
	if (run.machine === 'diskRead') {
		const enlightened = run.input.guest === 'enlightened';
		return {
			guest: enlightened ? 'windows' : 'unenlightened',
			device: 'storage',
			controller: run.input.controller ?? (enlightened ? 'scsi' : 'ide'),
			ics: enlightened
		};
	}
	if (run.machine === 'deviceIo') {
		const { guest, device, ics } = run.input;
		return { guest, device, controller: 'scsi', ics: guest !== 'unenlightened' && (ics ?? true) };
	}
	return undefined;
}

/** The query string of explore for a lesson step, or undefined when explore cannot show that run. */
export function exploreQueryFor(script: LessonScript, stepIndex: number): string | undefined {
	const { run, events } = runAt(script, stepIndex);
	const a = runConfigOf(run);
	return a ? encodeConfig({ a, step: events, speed: 1 }).toString() : undefined;
}
