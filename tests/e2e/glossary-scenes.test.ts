// The glossary's "Show in the scene" for a part that only a scene draws: the scene, with that part lit; a term
// with a box in the architecture diagram too names which picture each of its two links opens.
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
		.getByRole('link', { name: /^Show in the scene: A virtual hard disk/ })
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
		.getByRole('link', { name: /^Toon in het beeld: / })
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
		.getByRole('link', { name: /^Show in the scene: The call's registers/ })
		.click();
	await expect(page).toHaveURL(/\/scenes\/registers\/rcx\/$/);
	const lit = page.locator('[data-registers] .lit');
	await expect(lit).toHaveCount(1);
	await expect(lit.locator('dt')).toHaveText('RCX');
	await expect(lit.locator('dd')).toHaveText(/^0x[0-9A-Fa-f]{16}$/);
});

for (const [locale, prefix, diagram, scene, heading] of [
	[
		'en',
		'',
		/^Show in the architecture diagram\b/,
		/^Show in the scene: A virtual hard disk/,
		'The architecture'
	],
	[
		'nl',
		'/nl',
		/^Toon in het architectuurdiagram\b/,
		/^Toon in het beeld: Een virtuele harde schijf/,
		'De architectuur'
	]
] as const) {
	test(`AVHD's two links say which picture each opens, and open it (${locale})`, async ({
		page
	}) => {
		await page.goto(`${prefix}/glossary/`);
		await hydrated(page);
		const links = page.locator('#avhd').getByRole('link', { name: /^(Show|Toon) in / });
		await expect(links).toHaveCount(2);
		await expect(links.first()).toHaveAccessibleName(diagram);
		await expect(links.nth(1)).toHaveAccessibleName(scene);
		// The architecture diagram at home, with the disk the .avhd files live on.
		await links.first().click();
		await expect(page).toHaveURL(new RegExp(`${prefix}/\\?node=hw-disk$`));
		await expect(page.getByRole('heading', { name: heading })).toBeInViewport();
		await page.goBack();
		await hydrated(page);
		// The virtual disk scene, with the newest .avhd lit.
		await page.locator('#avhd').getByRole('link', { name: scene }).click();
		await expect(page).toHaveURL(new RegExp(`${prefix}/scenes/vhd/avhd-newest/$`));
		await expect(part(page, 'avhd-newest')).toHaveClass(/\blit\b/);
	});
}
