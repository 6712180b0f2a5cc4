import { expect, test } from '@playwright/test';
import { diagramDrawn } from './diagram';

/**
 * Where the token is on screen across its run, sampled on the run's own clock rather than the wall clock: the
 * SMIL animations are paused and the drawing's time set to points from the first leg's start to the last leg's
 * end. Comparing two moments 700 ms apart by the wall clock failed on a busy machine, where both could fall after
 * the run had ended; seeking its timeline sees the same run at the same moments however slow the machine is.
 */
const tokenPath = (page: import('@playwright/test').Page) =>
	page.locator('svg.token-run').evaluate(async (svg: SVGSVGElement) => {
		const legs = [...svg.querySelectorAll('animateMotion')] as SVGAnimationElement[];
		const token = svg.querySelector('.token')!;
		// The first leg is started by the page (beginElement) once it is mounted; until then it has no start time.
		const startOf = (leg: SVGAnimationElement) => {
			try {
				return leg.getStartTime();
			} catch {
				return undefined;
			}
		};
		for (let i = 0; i < 100 && startOf(legs[0]!) === undefined; i++)
			await new Promise(requestAnimationFrame);
		svg.pauseAnimations();
		const start = startOf(legs[0]!)!;
		const end = start + legs.reduce((sum, leg) => sum + leg.getSimpleDuration(), 0);
		const at = (t: number) => {
			svg.setCurrentTime(t);
			const r = token.getBoundingClientRect();
			return `${Math.round(r.x)},${Math.round(r.y)}`;
		};
		return Array.from({ length: 11 }, (_, i) => at(start + ((end - start) * i) / 10));
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
