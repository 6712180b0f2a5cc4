import { expect, test, type Page } from '@playwright/test';
import { diagramDrawn } from './diagram';
import { watchPolicy, axeViolations } from './policy';

test.describe.configure({ timeout: 90_000 });

type StepMessage = { type: string; lesson: string; step: number; total: number };

/**
 * A host page of another origin (about:blank) with the embed in an iframe, a button of its own, and a log of
 * every message the embed posts to it.
 */
async function host(page: Page, baseURL: string, path: string) {
	// The embed is a third-party frame here, where Chromium denies it storage: it must run without.
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.setContent(`<!doctype html>
		<html lang="en"><title>Host</title>
		<button id="host-button">A button of the host page</button>
		<iframe src="${baseURL}${path}" title="Enlighten lesson" width="1100" height="640"></iframe>
		<script>
			window.received = [];
			window.addEventListener('message', (e) => window.received.push(e.data));
		</script>`);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('html[data-hydrated="true"] svg.scene-diagram')).toBeAttached({
		timeout: 20_000
	});
	return { frame, errors };
}

const received = (page: Page) =>
	page.evaluate(() => (window as unknown as { received: StepMessage[] }).received);
const steps = async (page: Page) => (await received(page)).map((m) => m.step);
/** Posts a message to the embed, as the host page. */
const post = (page: Page, data: unknown) =>
	page.evaluate(
		(data) => document.querySelector('iframe')!.contentWindow!.postMessage(data, '*'),
		data
	);

test('the embed tells its host every step, and goes to the step the host asks for', async ({
	page,
	baseURL
}) => {
	const { frame, errors } = await host(page, baseURL!, '/embed/synthetic-disk-read/2/');
	await expect
		.poll(() => received(page))
		.toEqual([
			{ type: 'enlighten:step', lesson: 'synthetic-disk-read', step: 2, total: expect.any(Number) }
		]);
	const total = (await received(page))[0]!.total;
	await expect(frame.getByText(`Step 2 of ${total}`)).toBeVisible();
	// Minimal chrome: no site header, no skip link; just the lesson.
	await expect(frame.locator('header.top')).toBeHidden();
	await expect(frame.getByRole('link', { name: 'Explore', exact: true })).toHaveCount(0);

	await post(page, { type: 'enlighten:goto', step: 5 });
	await expect.poll(() => steps(page)).toEqual([2, 5]);
	await expect(frame.getByText(`Step 5 of ${total}`)).toBeVisible();
	expect(page.frames()[1]!.url()).toMatch(/\/embed\/synthetic-disk-read\/5\/$/);

	// Anything but a well-formed goto to a step that exists is ignored; so is a goto from the embed itself.
	for (const bad of [
		{ type: 'enlighten:goto', step: total + 1 },
		{ type: 'enlighten:goto', step: 0 },
		{ type: 'enlighten:goto', step: '3' },
		{ type: 'enlighten:goto', step: 3, lesson: 'storage' },
		{ type: 'enlighten:step', step: 3 },
		'enlighten:goto',
		JSON.stringify({ type: 'enlighten:goto', step: 3 }),
		null
	]) {
		await post(page, bad);
	}
	await page
		.frames()[1]!
		.evaluate(() => window.postMessage({ type: 'enlighten:goto', step: 3 }, '*'));
	// Messages arrive in order: once this goto has been answered, the ignored ones are past.
	await post(page, { type: 'enlighten:goto', step: 1 });
	await expect.poll(() => steps(page)).toEqual([2, 5, 1]);
	await expect(frame.getByText(`Step 1 of ${total}`)).toBeVisible();

	// Stepping inside the embed stays inside it, and is told too.
	await frame.getByRole('link', { name: 'Next →' }).click();
	await expect.poll(() => steps(page)).toEqual([2, 5, 1, 2]);
	expect(page.frames()[1]!.url()).toMatch(/\/embed\/synthetic-disk-read\/2\/$/);
	await expect(frame.locator('header.top')).toBeHidden();
	await expect(frame.locator('.player')).toHaveCount(1);
	expect(errors).toEqual([]);
});

test('keys step the embed only while it has focus', async ({ page, baseURL }) => {
	const { frame, errors } = await host(page, baseURL!, '/nl/embed/storage/3/');
	await expect.poll(() => steps(page)).toEqual([3]);
	await expect(frame.locator('html')).toHaveAttribute('lang', 'nl');
	await page
		.frames()[1]!
		.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');

	// Focus on the host page: its keys are its own.
	await page.locator('#host-button').focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('End');
	// Focus in the embed (a click on its narration): the keys step it.
	await frame.getByRole('heading', { level: 1 }).click();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => steps(page)).toEqual([3, 4]);
	await expect(frame.getByText(/^Stap 4 van \d+$/)).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect.poll(() => steps(page)).toEqual([3, 4, 3]);

	// Back on the host, the keys are the host's again.
	await page.locator('#host-button').focus();
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('Home');
	await post(page, { type: 'enlighten:goto', step: 6 });
	await expect.poll(() => steps(page)).toEqual([3, 4, 3, 6]);
	expect(errors).toEqual([]);
});

for (const path of ['/embed/synthetic-disk-read/7/', '/nl/embed/emulated-disk-read/4/']) {
	test(`no axe violations and no policy violation on the embed ${path}`, async ({ page }) => {
		const watched = await watchPolicy(page);
		await page.goto(path);
		await diagramDrawn(page);
		await expect(page.locator('header.top')).toBeHidden();
		expect(await axeViolations(page)).toEqual([]);
		expect(await watched.violations()).toEqual([]);
	});
}

test('a lesson told on a drawn scene shows that scene in the embed, as on its own page', async ({
	page
}) => {
	const watched = await watchPolicy(page);
	await page.goto('/embed/high-availability/7/');
	await expect(page.locator('html[data-hydrated="true"]')).toBeAttached({ timeout: 20_000 });
	// Live Migration between two hosts, not the single host's I/O figure.
	await expect(page.locator('svg[data-scene="cluster"]')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/embed\/high-availability\/8\/$/);
	await expect(page.locator('svg[data-scene="cluster"]')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	expect(await watched.violations()).toEqual([]);
});
