import { expect, test } from '@playwright/test';
import { diagramDrawn } from './diagram';

const tokenAt = (page: import('@playwright/test').Page) =>
	page.locator('svg.token-run .token').evaluate((el) => {
		const r = el.getBoundingClientRect();
		return `${Math.round(r.x)},${Math.round(r.y)}`;
	});

test('a step whose hops no drawn link joins still moves: a marked route, the token running it', async ({
	page
}) => {
	// Step 15 → 16 of the emulated read: the APIC injects the interrupt into the guest's driver (no link drawn).
	await page.goto('/learn/emulated-disk-read/15/');
	await diagramDrawn(page);
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/16\/$/);
	await expect(page.locator('svg.token-run .route-now')).toHaveCount(1);
	const early = await tokenAt(page);
	await page.waitForTimeout(700);
	expect(await tokenAt(page)).not.toBe(early);
	// The run's earlier round trips stay as a trail, with how often each line was crossed.
	await expect(page.locator('svg.token-run .count', { hasText: '×8' }).first()).toBeVisible();
});

test('an event inside one box is labelled by the machine, and counters change as the token arrives', async ({
	page
}) => {
	// Hypercalls step 6 → 7: the guest writes the hypercall MSR; the request stays in the hypervisor's MSR box.
	await page.goto('/learn/hypercalls/6/');
	await diagramDrawn(page);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('svg.token-run .event', { hasText: 'WRMSR 0x40000001' })).toBeVisible();
	await expect(page.locator('[data-counter="msrWrites"] dd')).toHaveText('2');
});
