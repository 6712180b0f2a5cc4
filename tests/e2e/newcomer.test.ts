// What a newcomer met first (issue #19): every test here failed on the build before the fix.
import { expect, test, type Page } from '@playwright/test';
import { activeBox, diagramDrawn } from './diagram';

const hydrated = (page: Page) =>
	page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');

test('the statechart writes a negated guard as the machine does, in the production build', async ({
	page
}) => {
	await page.goto('/explore/');
	await hydrated(page);
	// The statechart is fetched when the reader gets to it.
	await page.locator('summary', { hasText: 'Statechart' }).scrollIntoViewIfNeeded();
	// The enlightened SCSI read leaves the guest's stack for StorVSC only if the disk is not on IDE.
	await expect(page.locator('.guard', { hasText: 'not(onIde)' }).first()).toBeVisible();
	// Nothing named by a minified function: `t(onIde)` was what the production build showed.
	await expect(page.locator('.guard', { hasText: /\b[a-z]\(onIde\)/ })).toHaveCount(0);
});

test.describe('switching language keeps the place', () => {
	const switchTo = async (page: Page, locale: 'nl' | 'en') => {
		await page.locator(`nav a[hreflang="${locale}"]`).click();
		await page.waitForURL(locale === 'nl' ? /\/nl\// : /^(?!.*\/nl\/)/);
		await hydrated(page);
	};

	test('explore: both configurations and the step', async ({ page }) => {
		const query = '?a=windows.storage.scsi.ics&b=unenlightened.storage.ide.noics&step=7';
		await page.goto(`/explore/${query}`);
		await hydrated(page);
		await expect(page.getByText('Step 7 of 85')).toBeVisible();
		await switchTo(page, 'nl');
		await expect(page).toHaveURL(`/nl/explore/${query}`);
		await expect(page.getByText('Stap 7 van 85')).toBeVisible();
		await page.getByRole('button', { name: 'Volgende →' }).click();
		await expect(page).toHaveURL(/step=8/);
		await switchTo(page, 'en');
		await expect(page).toHaveURL(/\/explore\/\?a=windows.storage.scsi.ics&b=.*&step=8$/);
		await expect(page.getByText('Step 8 of 85')).toBeVisible();
	});

	test('a quiz: the question and the answers given', async ({ page }) => {
		await page.goto('/learn/synthetic-disk-read/quiz/');
		await diagramDrawn(page);
		for (let q = 0; q < 2; q++) {
			await activeBox(page).focus();
			await page.keyboard.press('Enter');
			await expect(page.locator('.feedback')).toBeVisible();
			await page.getByRole('button', { name: 'Next question →' }).click();
		}
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Knowledge check: question 3 of 6'
		);
		await page.getByRole('radio').nth(1).check();
		const chosen = await page.getByRole('radio').nth(1).inputValue();
		await switchTo(page, 'nl');
		await expect(page).toHaveURL('/nl/learn/synthetic-disk-read/quiz/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kennischeck: vraag 3 van 6');
		await expect(page.locator(`input[type="radio"][value="${chosen}"]`)).toBeChecked();
		// The answers before it still count as given.
		await page.getByRole('button', { name: '← Terug' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kennischeck: vraag 2 van 6');
		await expect(page.getByRole('button', { name: 'Volgende vraag →' })).toBeVisible();
	});

	test('the glossary entry and a handout without notes', async ({ page }) => {
		await page.goto('/glossary/#vmbus');
		await hydrated(page);
		await switchTo(page, 'nl');
		await expect(page).toHaveURL('/nl/glossary/#vmbus');
		await expect(page.locator('#vmbus')).toBeInViewport();

		await page.goto('/learn/synthetic-disk-read/print/');
		await hydrated(page);
		await page.getByLabel('Include speaker notes').uncheck();
		await expect(page).toHaveURL(/\?notes=0$/);
		await switchTo(page, 'nl');
		await expect(page).toHaveURL('/nl/learn/synthetic-disk-read/print/?notes=0');
		await expect(page.getByLabel('Sprekersnotities opnemen')).not.toBeChecked();
	});
});

test.describe('no page is wider than the screen', () => {
	// One page of each route, both languages where the words differ in length, the busiest states included.
	const routes = [
		'/',
		'/nl/',
		'/explore/',
		'/nl/explore/?a=xen-linux.storage.scsi.ics&b=unenlightened.storage.scsi.noics&step=3',
		'/glossary/',
		'/nl/glossary/',
		'/learn/synthetic-disk-read/7/',
		'/nl/learn/emulated-disk-read/10/',
		'/learn/sizing/1/',
		'/learn/synthetic-disk-read/quiz/',
		'/nl/learn/storage/quiz/',
		'/learn/synthetic-disk-read/print/',
		'/author/',
		'/nl/author/play/',
		'/embed/synthetic-disk-read/3/',
		'/no-such-page/'
	];
	for (const width of [320, 390, 768]) {
		test(`at ${width} px`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.setViewportSize({ width, height: 800 });
			const wide: string[] = [];
			for (const route of routes) {
				await page.goto(route);
				await hydrated(page);
				await page.waitForLoadState('networkidle');
				const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
				if (scrollWidth > width) wide.push(`${route}: ${scrollWidth} px`);
			}
			expect(wide).toEqual([]);
		});
	}
});

test('a click-the-box answer gets one verdict, scrolled into view and announced, at 1280×720', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/learn/synthetic-disk-read/quiz/');
	await diagramDrawn(page);
	// The box the request is at now is never where it goes next: a wrong answer.
	await activeBox(page).focus();
	await page.keyboard.press('Enter');
	const feedback = page.locator('.feedback');
	await expect(feedback).toBeInViewport({ ratio: 1 });
	await expect(feedback).toContainText(/^Not quite: you chose .+, but it goes to /);
	expect((await feedback.textContent())!.match(/Not quite/g)).toHaveLength(1);
	// In a live region that was there before the answer, so a screen reader reads it out.
	await expect(page.locator('[role="status"]').filter({ has: feedback })).toHaveCount(1);
});

for (const size of [
	{ width: 1280, height: 720 },
	{ width: 1024, height: 768 },
	{ width: 390, height: 844 },
	{ width: 320, height: 640 }
]) {
	test(`every glossary definition in a step's narration stays on screen at ${size.width}×${size.height}`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await page.goto('/learn/synthetic-disk-read/5/');
		await diagramDrawn(page);
		const links = page.locator('.step .text .term > a');
		expect(await links.count()).toBeGreaterThan(1);
		for (const link of await links.all()) {
			await link.scrollIntoViewIfNeeded();
			await link.hover();
			const tip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
			await expect(tip).toBeVisible();
			await expect(tip).toBeInViewport({ ratio: 1 });
			await page.mouse.move(0, 0);
		}
	});
}

test('"Show in the architecture diagram" in the glossary opens home at the diagram, as the address does', async ({
	page
}) => {
	await page.goto('/glossary/');
	await hydrated(page);
	await page
		.locator('#vmbus')
		.getByRole('link', { name: /^Show in the architecture diagram/ })
		.click();
	await expect(page).toHaveURL(/\/\?node=/);
	await expect(page.getByRole('heading', { name: 'The architecture' })).toBeInViewport();
	await expect(page.getByRole('complementary')).toBeVisible();
});

test.describe('the comparison table', () => {
	const total = (page: Page, key: string) => page.locator(`[data-total="${key}"] td`);

	test('has a dash, not 0.0×, where one side is zero', async ({ page }) => {
		await page.goto('/explore/?a=windows.storage.scsi.ics&b=unenlightened.storage.ide.noics');
		await hydrated(page);
		await expect(total(page, 'guestExits')).toHaveText(['2', '12', '6.0×']);
		await expect(total(page, 'vmwpTrips').nth(2)).toHaveText(/^—/);
		await expect(page.locator('[data-total] td')).not.toContainText(['0.0×']);
		for (const cell of await page.locator('[data-total] td:nth-child(4)').all())
			expect(await cell.textContent()).not.toBe('0.0×');
	});

	test('explains a configuration that cannot run the request, and offers one that can', async ({
		page
	}) => {
		await page.goto('/explore/?a=windows.storage.scsi.ics&b=unenlightened.storage.scsi.noics');
		await hydrated(page);
		const note = page.getByRole('note').filter({ hasText: 'B: no path to compare' });
		await expect(note).toContainText('integration components');
		// Not compared: no column for B and no ratio.
		await expect(page.getByRole('columnheader', { name: 'B ÷ A' })).toHaveCount(0);
		await expect(total(page, 'hops')).toHaveText(['24']);
		await note.getByRole('button', { name: 'Use Unenlightened, IDE instead' }).click();
		await expect(page).toHaveURL(/b=unenlightened\.storage\.ide\.noics/);
		await expect(page.getByRole('note')).toHaveCount(0);
		await expect(total(page, 'guestExits')).toHaveText(['2', '12', '6.0×']);
	});
});
