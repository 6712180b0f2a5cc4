/**
 * "Try this in explore": the explore configuration and step that show what a lesson step shows, for lessons
 * that run a request through a device (the disk read and device machines).
 */
import type { LessonScript } from '$lib/lessons/types';
import { stepRuns, type MachineRun } from '$lib/model/run';
import { encodeConfig, runConfigOf } from './config';

/** The query string of explore for a lesson step, or undefined when explore cannot show that run. */
export function exploreQueryFor(script: LessonScript, stepIndex: number): string | undefined {
	const first = { machine: script.machine, input: script.input } as MachineRun;
	const { run, before } = stepRuns(first, script.steps)[stepIndex]!;
	const a = runConfigOf(run);
	const step = before + script.steps[stepIndex]!.events.length;
	return a ? encodeConfig({ a, step, speed: 1 }).toString() : undefined;
}
