import { expect, test } from '@playwright/test';
import { diagramDrawn } from './diagram';

/**
 * Where the token is on screen across its run, sampled on the run's own clock rather than the wall clock: the
 * token's animation is paused and its time set to points from the run's start to its end. Comparing two moments
 * 700 ms apart by the wall clock failed on a busy machine, where both could fall after the run had ended;
 * seeking its timeline sees the same run at the same moments however slow the machine is.
 */
const tokenPath = (page: import('@playwright/test').Page) =>
	page.locator('svg.token-run .token').evaluate(async (token: SVGElement) => {
		// The page starts the run once the token is mounted.
		for (let i = 0; i < 100 && !token.getAnimations().length; i++)
			await new Promise(requestAnimationFrame);
		const [run] = token.getAnimations();
		if (!run) throw new Error('the token has no run to play');
		run.pause();
		const end = Number(run.effect!.getComputedTiming().endTime);
		const at = (t: number) => {
			run.currentTime = t;
			const r = token.getBoundingClientRect();
			return `${Math.round(r.x)},${Math.round(r.y)}`;
		};
		return Array.from({ length: 11 }, (_, i) => at((end * i) / 10));
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
	// The token travels: it ends elsewhere than it starts, passing through places in between.
	const path = await tokenPath(page);
	expect(path.at(-1)).not.toBe(path[0]);
	expect(new Set(path).size).toBeGreaterThanOrEqual(4);
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
