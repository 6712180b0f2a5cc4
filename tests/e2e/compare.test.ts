// A lesson step that compares two runs: the device-I/O lessons end on the emulated and the synthetic read in
// lockstep on one figure, each with its token and trail, its counters, and the totals with the ratio.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './policy';

test.describe.configure({ timeout: 90_000 });

const last = '/learn/emulated-disk-read/19/';
const side = (page: Page, name: 'a' | 'b') => page.locator(`.compare [data-side="${name}"]`);
/** A run's token, trail and crossing counts on the shared figure. */
const run = (page: Page, name: 'a' | 'b') =>
	page.locator(`.compare .token-run[data-run="${name}"]`);

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

test('the last step of the emulated read shows both reads on one figure, with both counters and the ratio', async ({
	page
}) => {
	await open(page, last);
	await expect(side(page, 'a')).toContainText('Synthetic (VMBus)');
	await expect(side(page, 'b')).toContainText('Emulated IDE');
	await expect(page.locator('.compare svg.scene-diagram')).toHaveCount(1);
	await expect(page.locator('.compare svg.scene-diagram')).toBeVisible();
	for (const name of ['a', 'b'] as const) {
		// Each run plays on the figure: its own token and moves.
		await expect(run(page, name).locator('.token')).toHaveCount(1);
	}
	// The emulated read bounces between the boxes: its heat map counts crossings the synthetic read never makes.
	await expect(run(page, 'b')).toContainText('×12');
	await expect(run(page, 'a')).not.toContainText('×12');
	// Both sets of counters, from each run's machine.
	await expect(side(page, 'a').locator('[data-counter="vmExits"] dd')).toHaveText('2');
	await expect(side(page, 'b').locator('[data-counter="vmExits"] dd')).toHaveText('12');
	// The totals with the ratio of the emulated read to the synthetic one.
	await expect(page.locator('[data-total="guestExits"] td')).toHaveText(['2', '12', '6.0×']);
});

test("at 1280×720 the figure's labels are readable and no control covers the counters", async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await open(page, '/learn/synthetic-disk-read/16/');
	const label = page.locator('.compare svg.scene-diagram text', { hasText: 'I/O stack' }).first();
	await expect(label).toBeVisible();
	// Two drawings side by side drew the figure's labels about 5 px high; the whole stage's width draws them at 9+.
	const { height } = (await label.boundingBox())!;
	expect(height).toBeGreaterThanOrEqual(9);
	// Nothing lies over either run's counters (the Export diagram button sat on run A's).
	const controls = await page
		.locator('.stage summary, .stage button')
		.evaluateAll((els) =>
			els
				.filter(
					(e) =>
						!e.closest('.compare') &&
						e.checkVisibility({ visibilityProperty: true, opacityProperty: true })
				)
				.map((e) => e.getBoundingClientRect().toJSON())
		);
	for (const name of ['a', 'b'] as const) {
		const box = (await side(page, name).boundingBox())!;
		for (const c of controls as { x: number; y: number; width: number; height: number }[]) {
			const overlaps =
				c.x < box.x + box.width &&
				box.x < c.x + c.width &&
				c.y < box.y + box.height &&
				box.y < c.y + c.height;
			expect(overlaps).toBe(false);
		}
	}
});

test('the comparison steps back to a single diagram, and a Dutch reader gets it too', async ({
	page
}) => {
	await open(page, last);
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/\/emulated-disk-read\/18\/$/);
	// Nothing of it is seen (the page may hold it, hidden, ready for the next step).
	await expect(page.locator('.compare:visible')).toHaveCount(0);
	await expect(page.locator('.figure svg.scene-diagram')).toBeVisible();
	await open(page, '/nl/learn/synthetic-disk-read/16/');
	await expect(side(page, 'b')).toContainText('Geëmuleerde IDE');
	await expect(page.locator('[data-total="guestExits"] td')).toHaveText(['2', '12', '6.0×']);
});

test('a comparison built ahead of its step is unseen until the reader gets there, then its runs play', async ({
	page
}) => {
	await open(page, '/learn/emulated-disk-read/18/');
	// Built while the browser is idle: hidden, out of reach, its tokens made but waiting at the start of their runs.
	await expect(page.locator('.compare')).toHaveCount(1);
	await expect(page.locator('.compare')).toBeHidden();
	await expect(page.locator('.compare .token')).toHaveCount(2);
	const animations = (name: 'a' | 'b') =>
		run(page, name)
			.locator('.token')
			.evaluate((el) =>
				el.getAnimations().map((a) => ({ state: a.playState, at: Number(a.currentTime) }))
			);
	for (const name of ['a', 'b'] as const)
		expect(await animations(name)).toEqual([{ state: 'paused', at: 0 }]);
	// Its labels of what happened wait too.
	await expect(page.locator('.compare .motion.held').first()).toBeAttached();
	await expect(page.getByRole('heading', { name: /Synthetic \(VMBus\)/ })).toHaveCount(0);
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/emulated-disk-read\/19\/$/);
	await expect(page.locator('.compare svg.scene-diagram')).toBeVisible();
	await expect(side(page, 'a')).toContainText('Synthetic (VMBus)');
	await expect(page.locator('.compare .motion.held')).toHaveCount(0);
	for (const name of ['a', 'b'] as const) {
		await expect(run(page, name).locator('.token')).toHaveCount(1);
		// The run starts when shown, not when built (it waited at its start until then).
		expect((await animations(name)).map((a) => a.state)).toEqual(['running']);
	}
});

test('no axe violations on the comparison', async ({ page }) => {
	await open(page, last);
	await expect(run(page, 'b').locator('.token')).toHaveCount(1);
	expect(await axeViolations(page)).toEqual([]);
});

test('on a phone the two runs stack, without scrolling sideways', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await open(page, last);
	const a = await side(page, 'a').boundingBox();
	const b = await side(page, 'b').boundingBox();
	expect(a && b && b.y >= a.y + a.height - 1).toBe(true);
	expect(a!.width).toBeGreaterThan(300);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
});
