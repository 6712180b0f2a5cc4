// A lesson step that compares two runs: the device-I/O lessons end on the emulated and the synthetic read side
// by side, each with its token, its counters, and the totals with the ratio.
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './policy';

test.describe.configure({ timeout: 90_000 });

const last = '/learn/emulated-disk-read/19/';
const side = (page: Page, name: 'a' | 'b') => page.locator(`.compare [data-side="${name}"]`);

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

test('the last step of the emulated read shows both reads side by side, with both counters and the ratio', async ({
	page
}) => {
	await open(page, last);
	await expect(side(page, 'a')).toContainText('Synthetic (VMBus)');
	await expect(side(page, 'b')).toContainText('Emulated IDE');
	for (const name of ['a', 'b'] as const) {
		await expect(side(page, name).locator('svg.scene-diagram')).toBeVisible();
		// Each drawing plays its own run: a token and the run's moves.
		await expect(side(page, name).locator('.token-run .token')).toHaveCount(1);
	}
	// The emulated read bounces between the boxes: its heat map counts crossings the synthetic read never makes.
	await expect(side(page, 'b').locator('.token-run')).toContainText('×12');
	await expect(side(page, 'a').locator('.token-run')).not.toContainText('×12');
	// Both sets of counters, from each run's machine.
	await expect(side(page, 'a').locator('[data-counter="vmExits"] dd')).toHaveText('2');
	await expect(side(page, 'b').locator('[data-counter="vmExits"] dd')).toHaveText('12');
	// The totals with the ratio of the emulated read to the synthetic one.
	await expect(page.locator('[data-total="guestExits"] td')).toHaveText(['2', '12', '6.0×']);
});

test('the comparison steps back to a single diagram, and a Dutch reader gets it too', async ({
	page
}) => {
	await open(page, last);
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/\/emulated-disk-read\/18\/$/);
	await expect(page.locator('.compare')).toHaveCount(0);
	await open(page, '/nl/learn/synthetic-disk-read/16/');
	await expect(side(page, 'b')).toContainText('Geëmuleerde IDE');
	await expect(page.locator('[data-total="guestExits"] td')).toHaveText(['2', '12', '6.0×']);
});

test('no axe violations on the comparison', async ({ page }) => {
	await open(page, last);
	await expect(side(page, 'b').locator('svg.scene-diagram')).toBeVisible();
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
