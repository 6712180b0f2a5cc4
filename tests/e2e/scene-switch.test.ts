// A lesson step that changes scene fades one picture into the next (issue #17 §2); with reduced motion the new
// picture is simply there. Sampled frame by frame as the switch happens: the opacity the reader sees.
import { expect, test, type Page } from '@playwright/test';

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** Starts sampling, every frame, the opacity of the scene layer the next step adds. */
const watchSwitch = (page: Page) =>
	page.evaluate(() => {
		const seen: number[] = [];
		(window as unknown as { fade: number[] }).fade = seen;
		new MutationObserver((records) => {
			for (const record of records)
				for (const node of record.addedNodes) {
					if (!(node instanceof HTMLElement) || !node.classList.contains('scene-layer')) continue;
					const sample = () => {
						seen.push(Number(getComputedStyle(node).opacity));
						if (seen.length < 40) requestAnimationFrame(sample);
					};
					sample();
				}
		}).observe(document.querySelector('.stage')!, { childList: true, subtree: true });
	});

const samples = (page: Page) => page.evaluate(() => (window as unknown as { fade: number[] }).fade);

const scene = (page: Page) => page.locator('.scene-layer svg.scene');

test('switching from the architecture figure to the designs scene fades the new picture in', async ({
	page
}) => {
	// Step 14 is told on Microsoft's figure, step 15 on the three designs.
	await open(page, '/learn/big-picture/14/');
	await expect(scene(page)).toHaveCount(0);
	await watchSwitch(page);
	await page.keyboard.press('ArrowRight');
	await expect(scene(page)).toHaveAttribute('data-scene', 'designs');
	await expect.poll(async () => (await samples(page)).length).toBeGreaterThanOrEqual(10);
	const fade = await samples(page);
	// It starts (nearly) transparent, passes through partial opacity, and ends fully shown.
	expect(Math.min(...fade), JSON.stringify(fade)).toBeLessThan(0.5);
	expect(
		fade.some((o) => o > 0.05 && o < 0.95),
		JSON.stringify(fade)
	).toBe(true);
	await expect.poll(async () => (await samples(page)).at(-1)).toBe(1);
});

test('with reduced motion the scene switches at once, without a fade', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await open(page, '/learn/big-picture/14/');
	await watchSwitch(page);
	await page.keyboard.press('ArrowRight');
	await expect(scene(page)).toHaveAttribute('data-scene', 'designs');
	await expect.poll(async () => (await samples(page)).length).toBeGreaterThanOrEqual(5);
	expect(new Set(await samples(page))).toEqual(new Set([1]));
});
