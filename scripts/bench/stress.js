// The stress view: the explore diagram with many child partitions, played through once, recording long
// animation frames. The URL and what the page must show are in routes.js (STRESS); until the app has it,
// the result says "not available" and the budget is N/A.
import { startRecording, stopRecording, summarizeFrames } from './frames.js';
import { parseCounter } from './playback.js';

/**
 * @param {import('playwright').Browser} browser
 * @param {string} base
 * @param {{ path: string, children: number, cpuThrottle: number }} options
 */
export async function playStress(browser, base, { path, children, cpuThrottle }) {
	const context = await browser.newContext({
		serviceWorkers: 'block',
		viewport: { width: 1440, height: 900 }
	});
	try {
		const page = await context.newPage();
		const response = await page.goto(base + path);
		if (!response?.ok()) {
			return { available: false, url: path, reason: `${path} answered ${response?.status()}` };
		}
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		await page.waitForLoadState('networkidle');
		const drawn = Number(
			(await page
				.locator('[data-stress-children]')
				.first()
				.getAttribute('data-stress-children', { timeout: 2000 })
				.catch(() => null)) ?? NaN
		);
		if (!(drawn >= children)) {
			return {
				available: false,
				url: path,
				reason: Number.isNaN(drawn)
					? 'no element with data-stress-children on the page'
					: `data-stress-children="${drawn}", fewer than ${children}`
			};
		}
		const position = page.locator('.position');
		const [, last] = parseCounter((await position.textContent()) ?? '') ?? [];
		if (!last)
			return { available: true, url: path, children: drawn, error: 'no ".position" step counter' };
		if (cpuThrottle > 1) {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
		}
		await page.evaluate(startRecording);
		const started = Date.now();
		await page.getByRole('button', { name: 'Play' }).click();
		await page.waitForFunction(
			(last) =>
				(document.querySelector('.position')?.textContent ?? '').match(/(\d+)\D+(\d+)/)?.[1] ===
				String(last),
			last,
			{ timeout: 180_000 }
		);
		const seconds = (Date.now() - started) / 1000;
		const recording = await page.evaluate(stopRecording);
		return {
			available: true,
			url: path,
			children: drawn,
			steps: last,
			seconds,
			cpuThrottle,
			...summarizeFrames(recording)
		};
	} finally {
		await context.close();
	}
}
