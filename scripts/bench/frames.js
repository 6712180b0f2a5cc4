// What the main thread did while something played: long animation frames (LoAF: frames over 50 ms, with
// the scripts that ran in them), long tasks (a main thread blocked outside a frame's script, e.g. in a
// commit, shows up only here) and requestAnimationFrame intervals. The first two functions run in the page.
import { percentile, round } from './stats.js';

/** In the page: starts recording from now on (entries buffered before now are left out). */
export function startRecording() {
	const w = /** @type {any} */ (window);
	const t0 = performance.now();
	const rec = (w.__benchFrames = { t0, loaf: [], longtasks: [], intervals: [], stop: false });
	/** @param {PerformanceEntryList} entries */
	const since = (entries) => entries.filter((e) => e.startTime >= t0).map((e) => e.toJSON());
	const loaf = new PerformanceObserver((list) => rec.loaf.push(...since(list.getEntries())));
	loaf.observe({ type: 'long-animation-frame', buffered: true });
	const tasks = new PerformanceObserver((list) => rec.longtasks.push(...since(list.getEntries())));
	tasks.observe({ type: 'longtask', buffered: true });
	rec.flush = () => {
		rec.loaf.push(...since(loaf.takeRecords()));
		rec.longtasks.push(...since(tasks.takeRecords()));
		loaf.disconnect();
		tasks.disconnect();
	};
	let previous = t0;
	/** @param {number} now */
	const tick = (now) => {
		rec.intervals.push(now - previous);
		previous = now;
		if (!rec.stop) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
}

/** In the page: stops recording and hands over what was recorded. */
export function stopRecording() {
	const rec = /** @type {any} */ (window).__benchFrames;
	rec.stop = true;
	rec.flush();
	return {
		t0: rec.t0,
		loaf: rec.loaf,
		longtasks: rec.longtasks,
		intervals: rec.intervals.slice(1)
	};
}

/**
 * Counts and worst cases of a recording (pure; frames.test.js).
 * @param {{ loaf: any[], longtasks: any[], intervals: number[] }} recording
 * @param {(startTime: number) => number | undefined} [stepAt] which step a frame belongs to
 */
export function summarizeFrames({ loaf, longtasks, intervals }, stepAt) {
	const r = (/** @type {number} */ n) => /** @type {number} */ (round(n));
	return {
		longAnimationFrames: {
			count: loaf.length,
			longest: loaf.length ? r(Math.max(...loaf.map((e) => e.duration))) : undefined,
			worst: [...loaf]
				.sort((a, b) => b.duration - a.duration)
				.slice(0, 5)
				.map((e) => ({
					startTime: r(e.startTime),
					duration: r(e.duration),
					blockingDuration: r(e.blockingDuration ?? 0),
					...(stepAt ? { step: stepAt(e.startTime) } : {}),
					scripts: (e.scripts ?? [])
						.slice(0, 3)
						.map(
							(/** @type {any} */ s) =>
								`${s.invoker || s.sourceFunctionName || '?'} ${Math.round(s.duration)} ms${s.sourceURL ? ` (${s.sourceURL.split('/').pop()})` : ''}`
						)
				}))
		},
		longTasks: {
			count: longtasks.length,
			longest: longtasks.length ? r(Math.max(...longtasks.map((e) => e.duration))) : undefined
		},
		frameIntervals: {
			frames: intervals.length,
			p50: round(percentile(intervals, 50)),
			p95: round(percentile(intervals, 95)),
			max: round(percentile(intervals, 100)),
			over33ms: intervals.filter((i) => i > 33.4).length
		}
	};
}
