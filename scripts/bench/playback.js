// A presenter stepping through a lesson with the arrow keys, in Chromium, measuring step-to-paint latency.
//
// Method: a capture-phase keydown listener on window (it runs before the app's own handler) notes
// performance.now() at the key press. A MutationObserver on the document notices when the step counter's
// text changes (SvelteKit has then navigated and Svelte has updated the DOM); from there two nested
// requestAnimationFrame callbacks: the first runs in the frame that renders the new step, the second at the
// start of the frame after it, i.e. once the new step has been painted and handed to the compositor. The
// latency is that second callback's performance.now() minus the key press: what the presenter waits for,
// including the wait for the next vsync (≤ 16.7 ms at 60 Hz), so it errs on the slow side.
// Long animation frames and long tasks are recorded for the whole playback, pauses between steps included.
import { startRecording, stopRecording, summarizeFrames } from './frames.js';
import { percentile, round } from './stats.js';

/**
 * In the page: measures every change of the counter's text that follows an arrow key.
 * @param {string} counter CSS selector of the step counter
 */
function watchSteps(counter) {
	const w = /** @type {any} */ (window);
	const bench = (w.__benchSteps = { samples: /** @type {any[]} */ ([]), keyAt: undefined });
	const text = () => document.querySelector(counter)?.textContent?.trim() ?? '';
	let shown = text();
	addEventListener(
		'keydown',
		(event) => {
			if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') bench.keyAt = performance.now();
		},
		{ capture: true }
	);
	new MutationObserver(() => {
		const now = text();
		if (now === shown) return;
		shown = now;
		const keyAt = bench.keyAt;
		bench.keyAt = undefined;
		const changedAt = performance.now();
		requestAnimationFrame(() =>
			requestAnimationFrame(() =>
				bench.samples.push({ text: now, keyAt, changedAt, paintedAt: performance.now() })
			)
		);
	}).observe(document.body, { subtree: true, childList: true, characterData: true });
}

/**
 * "Step 3 of 20" → [3, 20] (any language: the first two numbers).
 * @param {string} text
 * @returns {[number, number] | undefined}
 */
export function parseCounter(text) {
	const match = text.match(/(\d+)\D+(\d+)/);
	return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/**
 * The arrow keys that make `steps` step changes starting at `from` of `total`: forward to the last step,
 * then back, and so on (so a lesson shorter than `steps` + 1 still gives `steps` changes).
 * @param {number} from
 * @param {number} total
 * @param {number} steps
 * @returns {('ArrowRight' | 'ArrowLeft')[]}
 */
export function keysFor(from, total, steps) {
	if (total < 2) throw new RangeError('a lesson needs at least 2 steps to step through');
	const keys = [];
	let at = from;
	let forward = at < total;
	for (let i = 0; i < steps; i++) {
		if (at === total) forward = false;
		if (at === 1) forward = true;
		keys.push(forward ? 'ArrowRight' : 'ArrowLeft');
		at += forward ? 1 : -1;
	}
	return /** @type {('ArrowRight' | 'ArrowLeft')[]} */ (keys);
}

/**
 * @param {import('playwright').Browser} browser
 * @param {string} base
 * @param {{ path: string, steps: number, counter: string, cpuThrottle: number, pauseMs?: number,
 *   reach?: { hover: string, until: string } }} options `reach`: before playing, hover `hover` (a lesson page's
 *   drawing) and wait for `until` (the live diagram it fetches then), to play with the live diagram.
 */
export async function playLesson(
	browser,
	base,
	{ path, steps, counter, cpuThrottle, pauseMs = 500, reach }
) {
	const url = base + path;
	const context = await browser.newContext({
		serviceWorkers: 'block',
		viewport: { width: 1280, height: 720 }
	});
	try {
		const page = await context.newPage();
		const response = await page.goto(url);
		if (!response?.ok()) return { url: path, error: `${path} answered ${response?.status()}` };
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		await page.waitForLoadState('networkidle');
		if (reach) {
			await page.hover(reach.hover);
			await page.locator(reach.until).first().waitFor({ state: 'attached' });
			await page.waitForLoadState('networkidle');
			// The pointer leaves the diagram, as a presenter's does once it has pointed.
			await page.mouse.move(0, 0);
		}
		const position = parseCounter((await page.locator(counter).textContent()) ?? '');
		if (!position) return { url: path, error: `no step counter (${counter}) on ${path}` };
		if (cpuThrottle > 1) {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
		}
		await page.evaluate(watchSteps, counter);
		await page.evaluate(startRecording);
		const keys = keysFor(position[0], position[1], steps);
		for (const [i, key] of keys.entries()) {
			await page.keyboard.press(key);
			await page.waitForFunction((n) => window.__benchSteps.samples.length >= n, i + 1, {
				timeout: 15_000
			});
			// A presenter reads before the next press; animations the step started run meanwhile.
			await page.waitForTimeout(pauseMs);
		}
		const recording = await page.evaluate(stopRecording);
		/** @type {{ text: string, keyAt?: number, changedAt: number, paintedAt: number }[]} */
		const samples = await page.evaluate(() => window.__benchSteps.samples);
		const latencies = samples.map((s) => (s.keyAt === undefined ? NaN : s.paintedAt - s.keyAt));
		const keyTimes = samples.map((s) => s.keyAt ?? s.changedAt);
		/** Which step change (1-based) a frame at startTime falls in; 0 before the first key press. */
		const stepAt = (/** @type {number} */ t) => keyTimes.filter((k) => k <= t).length;
		return {
			url: path,
			...(reach ? { live: true } : {}),
			steps: samples.length,
			cpuThrottle,
			pauseMs,
			stepToPaint: {
				p50: round(percentile(latencies, 50)),
				p95: round(percentile(latencies, 95)),
				max: round(percentile(latencies, 100)),
				perStep: samples.map((s, i) => ({
					shown: s.text,
					ms: round(latencies[i]),
					domMs: s.keyAt === undefined ? undefined : round(s.changedAt - s.keyAt)
				}))
			},
			...summarizeFrames(recording, stepAt)
		};
	} finally {
		await context.close();
	}
}
