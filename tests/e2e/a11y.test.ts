import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { activeBox, diagramDrawn, useDiagram } from './diagram';
import { axeViolations } from './policy';

// A full axe scan of a page with the diagram takes seconds, more on a busy CI machine.
test.describe.configure({ timeout: 90_000 });

const pages = [
	'/',
	'/learn/emulated-disk-read/3/',
	'/learn/synthetic-disk-read/7/',
	'/nl/',
	'/nl/learn/emulated-disk-read/10/',
	'/learn/synthetic-disk-read/4/',
	'/learn/network-io/1/',
	'/nl/learn/sizing/1/',
	// The memory bars with the refused VM, and the boot timeline stopped for want of VT.
	'/learn/sizing/9/',
	'/nl/learn/requirements-and-boot/9/',
	// The hypercall registers beside the figure.
	'/learn/hypercalls/17/',
	'/glossary/',
	'/nl/glossary/'
];

for (const path of pages) {
	test(`no axe violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// The home page fetches its live diagram when the reader scrolls near it.
		if (!path.includes('learn') && !path.includes('glossary')) {
			await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
			await page.locator('.architecture').scrollIntoViewIfNeeded();
		}
		// A lesson step shows its drawing (the live diagram comes when reached for; see the next test).
		if (path.includes('learn')) await diagramDrawn(page);
		else if (!path.includes('glossary'))
			await expect(page.locator('.svelte-flow__edge').first()).toBeAttached();
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('no axe violations with the details of a box open, in dark mode', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/learn/synthetic-disk-read/7/');
	await diagramDrawn(page);
	await useDiagram(page);
	await page.locator('[data-component="root-vsp"]').click();
	await expect(page.getByRole('complementary', { name: 'VSPs' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

for (const path of ['/learn/synthetic-disk-read/quiz/', '/nl/learn/storage/quiz/']) {
	test(`no axe violations on the knowledge check ${path}, before and after an answer`, async ({
		page
	}) => {
		// Two full scans of a page with the diagram take longer than one ordinary test.
		test.setTimeout(150_000);
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// A hop question starts on the drawing (DiagramStage), a choice question on its radios.
		await expect(
			page.locator('svg.scene-diagram, .svelte-flow__edge, input[type=radio]').first()
		).toBeAttached();
		// Answering needs the app running: wait until the page has hydrated (the layout marks it).
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		const check = async () => {
			// An answer starts highlight transitions; axe must judge the colours they end on, not a frame
			// half-way (a label fading between two colours has no fixed contrast).
			await page.waitForFunction(() =>
				document
					.getAnimations()
					.every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)
			);
			return (await new AxeBuilder({ page }).analyze()).violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`
			);
		};
		expect(await check()).toEqual([]);
		const radios = page.getByRole('radio');
		if ((await radios.count()) > 0) {
			await radios.first().check();
			await page.locator('form button[type=submit]').click();
		} else {
			await activeBox(page).focus();
			await page.keyboard.press('Enter');
		}
		await expect(page.locator('.feedback')).toBeVisible();
		expect(await check()).toEqual([]);
	});
}

// Every kind of page in the themes a reader or a trainer can choose, both languages: dark, high contrast, and
// projector mode (in light, its own colours). Set as a returning reader would have saved them.
const themed = [
	'/',
	'/nl/learn/emulated-disk-read/3/',
	'/learn/storage/quiz/',
	'/nl/explore/?a=windows.storage.scsi.ics&b=unenlightened.storage.ide.noics&step=9',
	'/glossary/',
	'/nl/author/',
	'/learn/snapshots/print/',
	'/embed/synthetic-disk-read/7/',
	'/learn/sizing/12/',
	'/learn/requirements-and-boot/16/'
];
const themes = [
	{ choice: 'dark', projector: false },
	{ choice: 'contrast', projector: false },
	{ choice: 'light', projector: true }
];

for (const path of themed) {
	test(`no axe violations on ${path} in dark, high contrast and projector mode`, async ({
		page
	}) => {
		test.setTimeout(150_000);
		for (const theme of themes) {
			await page.addInitScript((saved) => {
				localStorage.setItem('enlighten:theme', saved);
			}, JSON.stringify(theme));
			await page.goto(path);
			await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme.choice);
			// Highlights and the token settle before axe judges their colours.
			await page.evaluate(() =>
				Promise.all(
					document
						.getAnimations()
						.filter((a) => a.effect?.getTiming().iterations !== Infinity)
						.map((a) => a.finished.catch(() => undefined))
				)
			);
			const results = await new AxeBuilder({ page }).analyze();
			const name = `${theme.choice}${theme.projector ? ' + projector' : ''}`;
			expect(
				results.violations.map(
					(v) => `${name}: ${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`
				)
			).toEqual([]);
		}
	});
}
