import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
	'/',
	'/learn/emulated-disk-read/3/',
	'/learn/synthetic-disk-read/7/',
	'/nl/',
	'/nl/learn/emulated-disk-read/10/'
];

for (const path of pages) {
	test(`no axe violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('[data-component]').first()).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)
		).toEqual([]);
	});
}

test('no axe violations with the details of a box open, in dark mode', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/learn/synthetic-disk-read/7/');
	await page.locator('[data-component="root-vsp"]').click();
	await expect(page.getByRole('complementary', { name: 'VSPs' })).toBeVisible();
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)
	).toEqual([]);
});
