/**
 * How a trainer is doing against the lesson's planned duration. The plan spreads the minutes evenly over the
 * steps: being at step 5 of 20 after a quarter of the time is on time.
 */
export type Pace = { kind: 'on-time' } | { kind: 'behind' | 'ahead'; minutes: number };

/** Within this many minutes of the plan counts as on time: a step is never timed to the second. */
const SLACK_MINUTES = 1;

/**
 * @param elapsedMs time since the presentation of this lesson started
 * @param step the step shown now, 1-based
 * @param total the lesson's step count
 * @param plannedMinutes the lesson's planned duration
 * @param fromStep the step at which the clock started: a trainer who picks up mid-lesson is not behind for the
 *   steps shown before the clock ran
 */
export function paceOf(
	elapsedMs: number,
	step: number,
	total: number,
	plannedMinutes: number,
	fromStep = 1
): Pace {
	// Having reached step n means steps fromStep..n-1 are done: the first step is on time at minute 0.
	const plannedMs = ((step - fromStep) / Math.max(total, 1)) * plannedMinutes * 60_000;
	const diff = (elapsedMs - plannedMs) / 60_000;
	if (Math.abs(diff) <= SLACK_MINUTES) return { kind: 'on-time' };
	return { kind: diff > 0 ? 'behind' : 'ahead', minutes: Math.round(Math.abs(diff)) };
}

/** Elapsed time as m:ss, or h:mm:ss past an hour. */
export function formatElapsed(ms: number): string {
	const seconds = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = String(seconds % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
