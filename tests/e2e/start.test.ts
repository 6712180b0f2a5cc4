/**
 * A first-time visitor: what Enlighten is, where to begin, the whole course with its times and the diagram in
 * the first screen; how far they got when they come back; where "the 2008 article" comes from; and a trainer's
 * own lessons beside the course.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';

test.describe.configure({ timeout: 60_000 });

async function openHome(page: Page, path = '/') {
	await page.goto(path);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** Whether the element's box lies within the first screen (the viewport, not scrolled). */
async function inFirstScreen(page: Page, locator: Locator) {
	const box = await locator.boundingBox();
	const viewport = page.viewportSize()!;
	return (
		!!box &&
		box.y >= 0 &&
		box.y + box.height <= viewport.height &&
		box.x + box.width <= viewport.width
	);
}

test('at 1280×720 the first screen says what Enlighten is, where to begin and the whole course in order', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openHome(page);
	const start = page.locator('[data-start]');
	expect(await inFirstScreen(page, page.getByRole('heading', { level: 1 }))).toBe(true);
	expect(await inFirstScreen(page, start.getByRole('heading', { name: 'Start here' }))).toBe(true);
	const begin = start.getByRole('link', { name: 'Start lesson 1.1' });
	await expect(begin).toHaveAttribute('href', '/learn/big-picture/1/');
	expect(await inFirstScreen(page, begin)).toBe(true);
	const total = page.locator('[data-course-total]');
	expect(await inFirstScreen(page, total)).toBe(true);
	// Numbered sequences and lessons, each with its minutes, first to last in view.
	const outline = page.getByRole('region', { name: 'The course, in order' });
	await expect(outline.getByRole('heading', { level: 3 }).first()).toHaveText(
		/^1\s*Foundations\s*· 24 min$/
	);
	const first = outline.locator('[data-outline-lesson="big-picture"]');
	await expect(first).toContainText(/1\.1\s*The big picture.*12 min/);
	const last = outline.locator('li[data-outline-lesson]').last();
	await expect(last).toContainText(/6\.3\s*Sizing host memory.*9 min/);
	expect(await inFirstScreen(page, first)).toBe(true);
	expect(await inFirstScreen(page, last)).toBe(true);
	// The total adds up the minutes shown for each lesson.
	const minutes = await outline
		.locator('li[data-outline-lesson] > .meta')
		.allTextContents()
		.then((all) => all.map((text) => Number.parseInt(text, 10)));
	const sequences = await outline.getByRole('heading', { level: 3 }).count();
	const sum = minutes.reduce((a, b) => a + b, 0);
	await expect(total).toHaveText(
		`${minutes.length} lessons in ${sequences} sequences · ${Math.floor(sum / 60)} h ${sum % 60} min in all`
	);

	// The diagram begins in the first screen, not thousands of pixels down.
	const diagram = await page.getByRole('heading', { name: 'The architecture' }).boundingBox();
	expect(diagram!.y).toBeLessThan(720);
	// The about page is one click away.
	await expect(page.getByRole('link', { name: 'About the sources' }).first()).toHaveAttribute(
		'href',
		'/about/'
	);
});

test('on a phone, the pitch and where to begin come first, without sideways scrolling', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openHome(page, '/nl/');
	expect(await inFirstScreen(page, page.getByRole('heading', { level: 1 }))).toBe(true);
	const begin = page.getByRole('link', { name: 'Begin les 1.1' });
	expect(await inFirstScreen(page, begin)).toBe(true);
	expect(await inFirstScreen(page, page.locator('[data-course-total]'))).toBe(true);
	await expect(page.locator('[data-course-total]')).toHaveText(
		/^\d+ lessen in \d+ reeksen · \d+ u \d+ min in totaal$/
	);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('coming back, the first screen says how far the learner got and where to go on', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await openHome(page, '/learn/big-picture/1/');
	await expect(page.getByText(/Step 1 of/)).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/learn\/big-picture\/2\/$/);
	await openHome(page);
	const go = page.getByRole('link', { name: 'Continue lesson 1.1' });
	await expect(go).toHaveAttribute('href', '/learn/big-picture/3/');
	expect(await inFirstScreen(page, go)).toBe(true);
	const standing = page.locator('[data-course-progress]');
	await expect(standing).toHaveText(/^\s*You have seen 2 of \d+ steps; 0 of \d+ lessons done\.$/);
	expect(await inFirstScreen(page, standing)).toBe(true);
	await expect(page.locator('[data-outline-lesson="big-picture"]')).toContainText(
		/2 of \d+ steps seen/
	);
});

test('the About the sources page says which article, and every correction note links to it', async ({
	page
}) => {
	await page.goto('/learn/synthetic-disk-read/7/');
	const note = page.getByRole('note').filter({ hasText: '2008 article vs reality' });
	await expect(note).toContainText('The 2008 article says the VSP runs on the guest OS.');
	await note.getByRole('link', { name: 'Which article?' }).click();
	await expect(page).toHaveURL(/\/about\/#article$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the sources');
	const article = page.getByRole('region', { name: 'The 2008 article' });
	await expect(article).toContainText('Ruben Spruijt');
	await expect(article).toContainText('Een overzicht van de Hyper-V-oplossing');
	await expect(article.getByRole('link', { name: /Ruben Spruijt/ }).first()).toHaveAttribute(
		'href',
		/brianmadden\.com/
	);
	const labels = page.getByRole('region', { name: 'What the confidence labels mean' });
	await expect(labels.locator('dt')).toHaveText(['[H]', '[M]', '[L]']);
	await expect(page.getByRole('region', { name: 'The source keys' }).locator('tr')).not.toHaveCount(
		0
	);

	await page.goto('/nl/learn/synthetic-disk-read/7/');
	const nota = page.getByRole('note').filter({ hasText: 'Artikel uit 2008 vs. werkelijkheid' });
	await expect(nota).toContainText('Het artikel uit 2008 zegt');
	await nota.getByRole('link', { name: 'Welk artikel?' }).click();
	await expect(page).toHaveURL(/\/nl\/about\/#article$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Over de bronnen');
	await expect(page.getByRole('region', { name: 'Het artikel uit 2008' })).toContainText(
		'Engelse origineel'
	);
});

test('a lesson loaded on /author/ is listed on home as the trainer`s own, plays and exports again', async ({
	page
}) => {
	const example = readFileSync('static/example-lesson.json', 'utf8');
	await page.goto('/author/');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await expect(page.getByRole('heading', { name: 'Lessons in this browser' })).toBeVisible();
	await page.locator('input[type=file]').setInputFiles({
		name: 'mine.json',
		mimeType: 'application/json',
		buffer: Buffer.from(example)
	});
	await expect(page.getByRole('link', { name: 'Preview' })).toBeVisible();

	await openHome(page);
	const own = page.getByRole('region', { name: 'Your own lessons' });
	const item = own.locator('[data-own-lesson="my-first-lesson"]');
	await expect(item).toContainText("Trainer's own");
	await expect(item).toContainText('5 min');
	await expect(item.getByRole('link', { name: /Play My first lesson/ })).toHaveAttribute(
		'href',
		'/author/play/?id=my-first-lesson&step=1'
	);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		item.getByRole('button', { name: /Export My first lesson/ }).click()
	]);
	expect(download.suggestedFilename()).toBe('mine.json');
	expect(readFileSync(await download.path(), 'utf8')).toBe(example);
	await item.getByRole('link', { name: /Play/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('An enlightened guest');
});
