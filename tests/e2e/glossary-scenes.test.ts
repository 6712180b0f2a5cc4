// The glossary's "Show in the diagram" for a part that only a scene draws: the scene, with that part lit.
import { expect, test, type Page } from '@playwright/test';

async function hydrated(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

const part = (page: Page, id: string) => page.locator(`svg.scene [data-scene-component="${id}"]`);

test('the sector bitmap opens the virtual disk scene with the bitmap lit, and leads to a lesson', async ({
	page
}) => {
	await page.goto('/glossary/');
	await hydrated(page);
	await page
		.locator('#sector-bitmap')
		.getByRole('link', { name: /Show in the diagram: A virtual hard disk/ })
		.click();
	await expect(page).toHaveURL(/\/scenes\/vhd\/vhd-bitmap\/$/);
	await expect(page.locator('svg.scene')).toHaveAttribute('data-scene', 'vhd');
	// Lit, and the only part lit: the request is nowhere, so no other box takes the active colour.
	await expect(part(page, 'vhd-bitmap')).toHaveClass(/\blit\b/);
	await expect(part(page, 'vhd-bitmap')).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('svg.scene .component.lit')).toHaveCount(1);
	const fill = (id: string) =>
		part(page, id)
			.locator('rect')
			.first()
			.evaluate((r) => getComputedStyle(r).fill);
	expect(await fill('vhd-bitmap')).not.toBe(await fill('vhd-bat'));
	// The step that shows it at work is one the lesson tells on the same scene.
	await page.getByRole('link', { name: /See it at work/ }).click();
	await expect(page).toHaveURL(/\/learn\/[a-z-]+\/\d+\/$/);
	await hydrated(page);
	await expect(page.locator('.scene-layer svg.scene')).toHaveAttribute('data-scene', 'vhd');
});

test('in Dutch, dom0 opens the designs scene with dom0 outlined', async ({ page }) => {
	await page.goto('/nl/glossary/');
	await hydrated(page);
	await page
		.locator('#dom0')
		.getByRole('link', { name: /Toon in het diagram: / })
		.click();
	await expect(page).toHaveURL(/\/nl\/scenes\/designs\/xen-dom0\/$/);
	await expect(part(page, 'xen-dom0')).toHaveClass(/\blit\b/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Eén leesopdracht in drie hypervisorontwerpen'
	);
});

test('the hypercall input value opens the registers with RCX lit', async ({ page }) => {
	await page.goto('/glossary/');
	await hydrated(page);
	await page
		.locator('#hypercall-input-value')
		.getByRole('link', { name: /Show in the diagram: The call's registers/ })
		.click();
	await expect(page).toHaveURL(/\/scenes\/registers\/rcx\/$/);
	const lit = page.locator('[data-registers] .lit');
	await expect(lit).toHaveCount(1);
	await expect(lit.locator('dt')).toHaveText('RCX');
	await expect(lit.locator('dd')).toHaveText(/^0x[0-9A-Fa-f]{16}$/);
});
