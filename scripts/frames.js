// Plays an explore comparison at 4× in Chromium and reports what the main thread did meanwhile: long animation
// frames (LoAF), long tasks, and requestAnimationFrame intervals. Serve the built site first (npm run preview).
// Usage: node scripts/frames.js [base URL] [explore query]
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:4173';
const query =
	process.argv[3] ?? 'a=windows.storage.scsi.ics&b=unenlightened.storage.ide.noics&speed=4';

const browser = await chromium.launch({
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic']
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(`${base}/explore/?${query}`);
await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
await page.locator('.svelte-flow__edge').first().waitFor({ state: 'attached' });
const last = Number((await page.locator('.position').textContent()).match(/of (\d+)/)[1]);

await page.evaluate(() => {
	const w = /** @type {any} */ (window);
	// Only what happens from here on (the page's own start-up is not the animation being measured).
	const t0 = performance.now();
	const after = (entries) => entries.filter((e) => e.startTime >= t0);
	w.__frames = { loaf: [], longtasks: [], intervals: [] };
	new PerformanceObserver((list) => w.__frames.loaf.push(...after(list.getEntries()))).observe({
		type: 'long-animation-frame'
	});
	new PerformanceObserver((list) => w.__frames.longtasks.push(...after(list.getEntries()))).observe(
		{
			type: 'longtask'
		}
	);
	let previous = performance.now();
	const tick = (now) => {
		w.__frames.intervals.push(now - previous);
		previous = now;
		if (!w.__frames.stop) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
});
const started = Date.now();
await page.getByRole('button', { name: 'Play' }).click();
await page.getByText(`Step ${last} of ${last}`).waitFor({ timeout: 120_000 });
const seconds = (Date.now() - started) / 1000;
const result = await page.evaluate(() => {
	const w = /** @type {any} */ (window);
	w.__frames.stop = true;
	const intervals = w.__frames.intervals.slice(1).sort((a, b) => a - b);
	const q = (p) => intervals[Math.min(intervals.length - 1, Math.floor(p * intervals.length))];
	return {
		frames: intervals.length,
		longAnimationFrames: w.__frames.loaf.length,
		longestFrameMs: Math.round(Math.max(0, ...w.__frames.loaf.map((e) => e.duration))),
		longTasks: w.__frames.longtasks.length,
		frameIntervalMs: { p50: +q(0.5).toFixed(1), p95: +q(0.95).toFixed(1), max: +q(1).toFixed(1) },
		intervalsOver33ms: intervals.filter((i) => i > 33.4).length,
		longest: w.__frames.loaf
			.sort((a, b) => b.duration - a.duration)
			.slice(0, 3)
			.map((e) => ({
				at: Math.round(e.startTime),
				duration: Math.round(e.duration),
				blocking: Math.round(e.blockingDuration),
				render: Math.round(e.renderStart ? e.startTime + e.duration - e.renderStart : 0),
				scripts: e.scripts.map((s) => `${s.invoker} ${Math.round(s.duration)}ms`).slice(0, 3)
			}))
	};
});
console.log(JSON.stringify({ query, steps: last, seconds, ...result }, null, 2));
await browser.close();
