import { expect, test } from '@playwright/test';
import { watchPolicy } from './policy';

const pages = [
	'/',
	'/learn/synthetic-disk-read/4/',
	'/learn/hypercalls/quiz/',
	'/explore/?a=windows.network.scsi.ics&b=unenlightened.network.ide.noics',
	'/nl/glossary/'
];

for (const path of pages) {
	test(`${path}: a strict content security policy, no violation, no request to another origin`, async ({
		page,
		baseURL
	}) => {
		const watched = await watchPolicy(page, baseURL);
		await page.goto(path);
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');

		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
		expect(scriptSrc).toContain("'self'");
		expect(scriptSrc).toMatch(/'sha256-/);
		expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);

		expect(await watched.violations()).toEqual([]);
		expect(watched.foreign).toEqual([]);
	});
}

test('a saved theme is drawn before any of the app’s code runs, by the inline script the policy allows', async ({
	page
}) => {
	await page.addInitScript(() => {
		localStorage.setItem('enlighten:theme', JSON.stringify({ choice: 'dark', projector: true }));
	});
	const watched = await watchPolicy(page);
	// Without the app's code, only the script in the page itself can set the theme.
	await page.route('**/_app/**/*.js', (route) => route.abort());
	await page.goto('/learn/synthetic-disk-read/4/');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('html')).toHaveAttribute('data-projector', '');
	expect(await watched.violations()).toEqual([]);
});
