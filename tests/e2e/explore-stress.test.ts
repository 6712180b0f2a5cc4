import { diagramDrawn } from './diagram';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './policy';

async function ready(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await expect(page.locator('.svelte-flow__edge').first()).toBeAttached();
}

test('the stress view draws 32 child partitions, plays the request through one of them, and passes axe', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/explore/?stress=32');
	await ready(page);
	const diagram = page.locator('[data-stress-children]');
	await expect(diagram).toHaveAttribute('data-stress-children', '32');
	await expect(page.getByText('Stress view: 32 child partitions')).toBeVisible();

	// The figure's three children, and 29 idle copies, each a panel, a kernel-mode area and three boxes, all
	// drawn by the one diagram.
	await expect(diagram.locator('.svelte-flow')).toHaveCount(1);
	for (const id of ['win', 'linux', 'legacy']) {
		await expect(diagram.locator(`[data-id="panel-${id}"]`)).toHaveCount(1);
	}
	await expect(diagram.locator('.svelte-flow__node-copy-panel')).toHaveCount(29 * 2);
	await expect(diagram.locator('.svelte-flow__node-copy-box')).toHaveCount(29 * 3);
	await expect(diagram.locator('.svelte-flow__edge')).toHaveCount(33 + 29 * 2);
	await expect(diagram.getByText('Child partition 4', { exact: true })).toBeVisible();
	await expect(diagram.getByText('Child partition 32', { exact: true })).toBeVisible();

	// Fitted: every copy lies inside the diagram's frame, and no two copies overlap.
	const frame = (await diagram.boundingBox())!;
	const panels = await diagram
		.locator('.svelte-flow__node-copy-panel:not([data-id$="-kernel"])')
		.all();
	expect(panels).toHaveLength(29);
	const boxes = await Promise.all(panels.map(async (p) => (await p.boundingBox())!));
	for (const b of boxes) {
		expect(b.x).toBeGreaterThanOrEqual(frame.x);
		expect(b.y).toBeGreaterThanOrEqual(frame.y);
		expect(b.x + b.width).toBeLessThanOrEqual(frame.x + frame.width);
		expect(b.y + b.height).toBeLessThanOrEqual(frame.y + frame.height);
	}
	boxes.forEach((a, i) =>
		boxes.slice(i + 1).forEach((b) => {
			const apart =
				a.x + a.width <= b.x ||
				b.x + b.width <= a.x ||
				a.y + a.height <= b.y ||
				b.y + b.height <= a.y;
			expect(apart).toBe(true);
		})
	);

	// Plays as explore does: the request runs the disk-read machine in the Windows child; no copy lights up.
	await page.getByLabel('Speed').selectOption('4');
	await page.getByRole('button', { name: 'Play', exact: true }).click();
	await expect(page.locator('.position')).toHaveText(/^Step ([3-9]|\d\d) of 23$/, {
		timeout: 15_000
	});
	await page.getByRole('button', { name: 'Pause', exact: true }).click();
	await expect(page).toHaveURL(/stress=32/);
	await expect(diagram.locator('[aria-current="step"]')).toHaveCount(1);
	await expect(diagram.locator('[aria-current="step"]')).toHaveAttribute(
		'data-component',
		/^(win|hv|root|hw)-/
	);
	await expect(diagram.locator('.svelte-flow__node[class*="copy-"] .active')).toHaveCount(0);

	expect(await axeViolations(page)).toEqual([]);
});

test('a stress size out of range is brought into range, a malformed one ignored, each with a note', async ({
	page
}) => {
	await page.goto('/explore/?stress=500');
	await ready(page);
	await expect(page.getByRole('status').filter({ hasText: 'out of range' })).toContainText(
		'stress=500 → 64'
	);
	await expect(page.locator('[data-stress-children]')).toHaveAttribute(
		'data-stress-children',
		'64'
	);
	await expect(page).toHaveURL(/stress=64$/);

	await page.goto('/explore/?stress=lots');
	// No stress view: the ordinary drawing, the live diagram fetched only when reached for.
	await diagramDrawn(page);
	await expect(page.getByRole('status').filter({ hasText: 'ignored' })).toContainText(
		'stress=lots'
	);
	await expect(page).toHaveURL(/a=windows\.storage\.scsi\.ics$/);
	await expect(page.locator('[data-stress-children]')).toHaveCount(0);
	await expect(page.locator('.svelte-flow__node[class*="copy-"]')).toHaveCount(0);
});
