import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { activeBox, diagramDrawn, useDiagram } from './diagram';

/** Waits until the app runs (not just its HTML) and the service worker controls the page. */
async function controlled(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise((done) =>
			navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
		);
	});
}

/** Opens `path` and checks that the page came from the service worker and runs, diagram links drawn. */
async function openOffline(page: Page, path: string, withDiagram = true) {
	const response = await page.goto(path);
	expect(response?.fromServiceWorker(), path).toBe(true);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	if (withDiagram) {
		await diagramDrawn(page);
		// A lesson's live diagram is fetched when reached for: from the store, too. A step told on a scene of
		// its own (a virtual disk, say) draws that scene, its words a chunk from the store.
		if (await page.locator('.scene-layer').count())
			await expect(page.locator('.scene-layer svg.scene')).toBeVisible();
		else if (await page.locator('.diagram-stage').count()) await useDiagram(page);
	}
	return response;
}

test('after one visit, lessons in both languages, explore and the glossary work with the network off', async ({
	page,
	context
}) => {
	// Eight pages, each started from scratch on a shared two-core machine.
	test.setTimeout(120_000);
	await page.goto('/');
	await controlled(page);
	// A lesson read online is not added to the store: it holds one build, whole.
	await page.goto('/learn/storage/2/');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');

	// What the worker stored up front: reported, and small enough for a first visit.
	const stored = await page.evaluate(async () => {
		const [name] = await caches.keys();
		const cache = await caches.open(name!);
		const requests = await cache.keys();
		let bytes = 0;
		for (const request of requests) bytes += (await (await cache.match(request))!.blob()).size;
		return { files: requests.length, bytes, paths: requests.map((r) => new URL(r.url).pathname) };
	});
	console.log(`Precached: ${stored.files} files, ${stored.bytes} bytes`);
	test.info().annotations.push({
		type: 'precache',
		description: `${stored.files} files, ${stored.bytes} bytes`
	});
	expect(stored.paths).toEqual(expect.arrayContaining(['/', '/nl/', '/404.html', '/favicon.svg']));
	expect(stored.paths).not.toContain('/learn/storage/2/');
	expect(stored.bytes).toBeLessThan(4 * 1024 * 1024);

	await context.setOffline(true);

	// A lesson never visited: drawn by the app shell from the stored code.
	await openOffline(page, '/learn/emulated-disk-read/4/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'The first register write traps'
	);
	await expect(activeBox(page)).toHaveAttribute('data-component', 'hv-intercepts');
	// Stepping on inside the lesson, still offline.
	await page.getByRole('link', { name: 'Next →' }).click();
	await expect(page).toHaveURL(/\/emulated-disk-read\/5\/$/);
	await expect(page.getByText('Step 5 of 19')).toBeVisible();

	await openOffline(page, '/nl/learn/synthetic-disk-read/7/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('link', { name: 'Volgende →' })).toBeVisible();
	await expect(activeBox(page)).toHaveAttribute('data-component', 'root-vsp');

	await openOffline(page, '/nl/learn/hypercalls/quiz/', false);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	await openOffline(page, '/explore/?a=windows.network.scsi.ics&b=unenlightened.network.ide.noics');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore');

	await openOffline(page, '/nl/glossary/', false);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Woordenlijst');
	await expect(page.locator('#vmbus')).toBeAttached();

	await openOffline(page, '/nl/', false);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hyper-V, live in je browser');

	await page.reload();
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	// The live diagram, fetched when the reader scrolls to it, comes from the store too.
	await page.locator('.architecture').scrollIntoViewIfNeeded();
	await expect(page.locator('.svelte-flow__edge').first()).toBeAttached();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hyper-V, live in je browser');

	// The lesson read online, reloaded offline.
	await openOffline(page, '/learn/storage/2/');
	await page.reload();
	await diagramDrawn(page);
	await expect(page.locator('.scene-layer svg.scene')).toHaveAttribute('data-scene', 'vhd');
	await expect(page.getByText('Step 2 of', { exact: false })).toBeVisible();

	// An address that is no page: the app shell answers (200; the server would have said 404) and says so.
	const unknown = await openOffline(page, '/learn/no-such-lesson/1/', false);
	expect(unknown?.status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something is not here');
	await expect(page.getByText('There is no lesson called “no-such-lesson”.')).toBeVisible();
	await openOffline(page, '/nl/nergens/', false);
	await expect(page.getByText('Op dit adres staat geen pagina.')).toBeVisible();
});

test('presenting works offline: the speaker view opens, steers the audience window and reloads', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await page.goto('/');
	await controlled(page);
	await context.setOffline(true);

	// A trainer in a classroom without network: the lesson, then S for the speaker view.
	await openOffline(page, '/learn/synthetic-disk-read/3/');
	const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
	await speaker.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await expect(speaker.getByRole('region', { name: 'Speaker view' })).toBeVisible();
	await expect(speaker.getByText('Audience window connected')).toBeVisible();
	await expect(speaker.getByRole('region', { name: 'Speaker notes' })).toBeVisible();
	await speaker.keyboard.press('PageDown');
	await expect(page).toHaveURL(/\/synthetic-disk-read\/4\/$/);
	// A reload offline stays in the presentation.
	await page.reload();
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await speaker.keyboard.press('PageDown');
	await expect(page).toHaveURL(/\/synthetic-disk-read\/5\/$/);
	await expect(page.getByText(/the speaker view steers this window/)).toBeVisible();
});

test('a new version taking over shows a dismissible "updated" notice, and the site still works offline', async ({
	page,
	context
}) => {
	test.setTimeout(60_000);
	await page.goto('/nl/');
	await controlled(page);
	await page.reload();
	await controlled(page);
	const notice = page.locator('.update[role="status"]');
	await expect(notice).toHaveText('');

	// A new worker script for the same scope: the browser installs it as an update, as it does for a release.
	await page.evaluate(() => navigator.serviceWorker.register('/service-worker.js?release=next'));
	await expect(notice).toContainText(
		'Enlighten is bijgewerkt naar een nieuwe versie, die is opgeslagen voor gebruik zonder netwerk.'
	);
	expect(
		await page.evaluate(() => new URL(navigator.serviceWorker.controller!.scriptURL).search)
	).toBe('?release=next');
	await expect(notice).toBeVisible();
	expect((await new AxeBuilder({ page }).include('.update').analyze()).violations).toEqual([]);

	await notice.getByRole('button', { name: 'Sluiten' }).click();
	await expect(notice).toHaveText('');

	await context.setOffline(true);
	await openOffline(page, '/nl/learn/storage/2/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.locator('.update[role="status"]')).toHaveText('');
});

test.describe('without a service worker in the way', () => {
	test.use({ serviceWorkers: 'block' });

	test('code that fails to load on the way to a page gives a friendly error with a way back, in Dutch', async ({
		page
	}) => {
		await page.goto('/nl/');
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		// The glossary's code never arrives (a dropped connection, a half-finished deploy).
		await page.route(/\/_app\/immutable\//, (route) => route.abort('connectionfailed'));
		await page.getByRole('link', { name: 'Woordenlijst' }).first().click();

		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Er ging iets mis');
		await expect(
			page.getByText('Enlighten liep tegen een onverwacht probleem aan.', { exact: false })
		).toBeVisible();
		await expect(page.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute(
			'href',
			'/nl/'
		);

		await page.unroute(/\/_app\/immutable\//);
		await page.getByRole('button', { name: 'Probeer het opnieuw' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Woordenlijst');
	});
});
