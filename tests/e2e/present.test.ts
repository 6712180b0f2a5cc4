import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { activeBox, diagramDrawn, diagramLive, useDiagram } from './diagram';

// Two windows with a diagram each, on a busy machine.
test.describe.configure({ timeout: 120_000 });

const hydrated = (page: Page) =>
	page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
const zoomOf = async (page: Page) =>
	page
		.locator('.svelte-flow__viewport')
		.first()
		.evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

/** Opens a lesson step, presses S, and returns the audience (this page) and the speaker window. */
async function present(page: Page, path: string) {
	await page.goto(path);
	await hydrated(page);
	const [speaker] = await Promise.all([
		page.context().waitForEvent('page'),
		page.keyboard.press('s')
	]);
	await speaker.waitForLoadState();
	await hydrated(speaker);
	await expect(speaker.getByRole('region', { name: 'Speaker view' })).toBeVisible();
	await expect(speaker.getByText('Audience window connected')).toBeVisible();
	// The audience's window fetches the live diagram at once; it takes the drawing's place in a few frames. The
	// speaker's window starts on the drawing (its first paint stays light) and fetches it when reached for.
	await diagramLive(page);
	await expect(speaker.locator('svg.scene-diagram')).toBeAttached();
	// (A step told on a scene of its own hides the architecture: nothing to reach for then.)
	if (await speaker.locator('.diagram-stage').isVisible()) await useDiagram(speaker);
	return { audience: page, speaker };
}

test('the speaker view steers the audience window: steps, notes, the selected box, zoom, reload', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	const { audience, speaker } = await present(page, '/learn/synthetic-disk-read/3/');
	await expect(audience.getByText(/the speaker view steers this window/)).toBeVisible();
	// The speaker, and only the speaker, reads the notes and what comes next.
	await expect(speaker.getByRole('region', { name: 'Speaker notes' })).toBeVisible();
	await expect(audience.getByRole('region', { name: 'Speaker notes' })).toHaveCount(0);
	await expect(speaker.getByRole('region', { name: 'Speaker notes' })).toContainText('Next step');

	// A box opened in the speaker view opens for the audience.
	await speaker.locator('[data-component="root-vsp"]').click();
	await expect(audience.getByRole('complementary', { name: 'VSPs' })).toBeVisible();
	await speaker.keyboard.press('Escape');
	await expect(audience.getByRole('complementary', { name: 'VSPs' })).toHaveCount(0);

	// Stepping in the speaker view moves the audience; a clicker's PageDown works with the focus on a box.
	await speaker.keyboard.press('PageDown');
	await expect(speaker).toHaveURL(/\/learn\/synthetic-disk-read\/4\/$/);
	await expect(audience).toHaveURL(/\/learn\/synthetic-disk-read\/4\/$/);
	const box = await activeBox(speaker).getAttribute('data-component');
	await expect(activeBox(audience)).toHaveAttribute('data-component', box!);
	await speaker.keyboard.press('PageDown');
	await expect(audience).toHaveURL(/\/5\/$/);
	await speaker.keyboard.press('PageUp');
	await expect(audience).toHaveURL(/\/4\/$/);

	// Step 4 asks where the request goes next: the guess and its answer show for the audience.
	await speaker.locator('[data-component="root-vsp"]').click();
	await expect(audience.locator('.predict')).toContainText('you chose VSPs');

	// Zoom in the speaker view: the audience zooms too.
	const before = await zoomOf(audience);
	await speaker.getByRole('button', { name: 'Zoom in' }).click();
	await speaker.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(() => zoomOf(audience)).toBeGreaterThan(before * 1.2);

	// Reloading the audience window keeps it in the presentation, at the same place.
	await audience.reload();
	await hydrated(audience);
	await expect(audience).toHaveURL(/\/4\/$/);
	await expect(audience.getByText(/the speaker view steers this window/)).toBeVisible();
	await speaker.keyboard.press('ArrowRight');
	await expect(audience).toHaveURL(/\/5\/$/);

	// Reloading the speaker view too.
	await speaker.reload();
	await hydrated(speaker);
	await expect(speaker.getByRole('region', { name: 'Speaker view' })).toBeVisible();
	await expect(speaker).toHaveURL(/\/5\/$/);
	await speaker.keyboard.press('ArrowRight');
	await expect(audience).toHaveURL(/\/6\/$/);
	// The audience can steer back (a click on the projector's own screen).
	await audience.keyboard.press('ArrowLeft');
	await expect(speaker).toHaveURL(/\/5\/$/);
});

test('the laser dot appears at the same diagram position in an audience window of another size', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	const { audience, speaker } = await present(page, '/learn/synthetic-disk-read/7/');
	await speaker.setViewportSize({ width: 1100, height: 700 });
	// L tapped: the laser stays on.
	await speaker.keyboard.press('l');
	await expect(speaker.getByRole('button', { name: /Laser/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	for (const id of ['root-vsp', 'hv-scheduler']) {
		const target = await speaker.locator(`[data-component="${id}"]`).boundingBox();
		await speaker.mouse.move(target!.x + target!.width / 2, target!.y + target!.height / 2, {
			steps: 4
		});
		const dot = audience.locator('.laser');
		await expect(dot).toBeVisible();
		// The dot's centre lies on the same box in the audience's (larger) window.
		await expect
			.poll(async () => {
				const d = (await dot.boundingBox())!;
				const b = (await audience.locator(`[data-component="${id}"]`).boundingBox())!;
				const x = d.x + d.width / 2;
				const y = d.y + d.height / 2;
				return x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height;
			})
			.toBe(true);
	}
	// Off the diagram, the dot goes.
	await speaker.mouse.move(5, 5);
	await expect(audience.locator('.laser')).toHaveCount(0);
	await speaker.keyboard.press('l');
	await expect(speaker.getByRole('button', { name: /Laser/ })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
});

test('blackout and help keys; a quiz answer and explore actions reach the audience', async ({
	page
}) => {
	const { audience, speaker } = await present(page, '/learn/storage/1/');
	await speaker.keyboard.press('b');
	await expect(audience.locator('.blackout')).toBeVisible();
	// The speaker keeps seeing the picture, and a pressed Blackout button.
	await expect(speaker.locator('.blackout')).toHaveCount(0);
	await expect(speaker.getByRole('button', { name: /Blackout/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await speaker.keyboard.press('.');
	await expect(audience.locator('.blackout')).toHaveCount(0);

	await speaker.keyboard.press('?');
	const help = speaker.getByRole('dialog', { name: 'Keys' });
	await expect(help).toBeVisible();
	for (const key of ['PageDown', 'Blackout', 'Projector mode', 'Laser pointer', 'Full screen'])
		await expect(help).toContainText(key === 'Blackout' ? 'Black out' : key);
	await speaker.keyboard.press('Escape');
	await expect(help).toHaveCount(0);

	// The knowledge check: the question and its revealed answer show in both.
	await speaker.goto('/learn/storage/quiz/');
	await hydrated(speaker);
	await expect(audience).toHaveURL(/\/learn\/storage\/quiz\/$/);
	// First a "where next?" question, answered on the diagram; then a multiple-choice one.
	await speaker.locator('[data-component="root-io-stack"]').click();
	await expect(speaker.locator('.feedback')).toBeVisible();
	await expect(audience.locator('.feedback')).toHaveText(
		(await speaker.locator('.feedback').textContent())!
	);
	await speaker.getByRole('button', { name: /Next question/ }).click();
	await expect(audience.getByRole('heading', { level: 1 })).toContainText('2 of');
	await speaker.getByRole('radio').first().check();
	await speaker.locator('form button[type=submit]').click();
	await expect(speaker.locator('.feedback')).toBeVisible();
	await expect(audience.locator('.feedback')).toBeVisible();
	await expect(audience.getByRole('radio').first()).toBeChecked();

	// Explore: configuration and stepping.
	await speaker.goto('/explore/?a=windows.storage.scsi.ics');
	await hydrated(speaker);
	await expect(audience).toHaveURL(/\/explore\//);
	await expect(audience.getByText(/^Step 0 of/)).toBeVisible();
	await speaker.getByRole('button', { name: 'Next →' }).click();
	await speaker.getByRole('button', { name: 'Next →' }).click();
	await expect(audience.getByText(/^Step 2 of/)).toBeVisible();
	await expect(activeBox(audience)).toHaveAttribute(
		'data-component',
		(await activeBox(speaker).getAttribute('data-component'))!
	);
});

test('two presentations in one browser do not hear each other', async ({ page, context }) => {
	const one = await present(page, '/learn/storage/2/');
	const other = await present(await context.newPage(), '/learn/snapshots/2/');
	await other.speaker.keyboard.press('ArrowRight');
	await expect(other.audience).toHaveURL(/\/snapshots\/3\/$/);
	await one.speaker.keyboard.press('ArrowRight');
	await expect(one.audience).toHaveURL(/\/storage\/3\/$/);
	await expect(other.audience).toHaveURL(/\/snapshots\/3\/$/);
});

test('with pop-ups blocked, the speaker view opens as a tab from a link', async ({
	page,
	context
}) => {
	await page.addInitScript(() => {
		window.open = () => null;
	});
	await page.goto('/learn/storage/2/');
	await hydrated(page);
	await page.keyboard.press('s');
	const link = page.getByRole('link', { name: 'Open the speaker view' });
	await expect(link).toBeVisible();
	const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
	await hydrated(tab);
	await expect(tab.getByRole('region', { name: 'Speaker view' })).toBeVisible();
	await tab.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/storage\/3\/$/);
});

test('projector mode and high contrast change what is drawn, and are remembered; axe finds nothing', async ({
	page
}) => {
	await page.goto('/learn/synthetic-disk-read/7/');
	await diagramDrawn(page);
	// The links of the drawing, then of the live diagram that takes its place.
	const edgeWidth = () =>
		page
			.locator('.scene-diagram .d-link, .svelte-flow__edge-path.link')
			.first()
			.evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth));
	const normal = await edgeWidth();
	await page.keyboard.press('p');
	await expect(page.locator('html')).toHaveAttribute('data-projector', '');
	const thick = await edgeWidth();
	expect(thick).toBeGreaterThan(normal);
	await useDiagram(page);
	expect(await edgeWidth()).toBe(thick);
	await page.getByLabel('Theme').selectOption('contrast');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
	await page.reload();
	// Applied before the app runs: no flash of the other theme.
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
	await expect(page.locator('html')).toHaveAttribute('data-projector', '');
	await hydrated(page);
	for (const choice of ['contrast', 'dark', 'light'] as const) {
		await page.getByLabel('Theme').selectOption(choice);
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map(
				(v) => `${choice}: ${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`
			)
		).toEqual([]);
	}
});

test('reduced motion: discrete highlights, no travelling token', async ({ page }) => {
	await page.goto('/learn/emulated-disk-read/5/');
	await diagramDrawn(page);
	// On the drawing a lesson page opens with (steps 5 and 6), then on the live diagram (back to 5, on to 6).
	for (const [layer, back] of [
		['.token-run', undefined],
		['.token-layer', 'ArrowLeft']
	] as const) {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		if (back) await page.keyboard.press(back);
		const token = page.locator(`${layer} .token`);
		await expect(token).toBeAttached();
		const runs = () => token.evaluate((el) => el.getAnimations().length);
		await expect.poll(runs).toBe(0);
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await page.keyboard.press('ArrowRight');
		await expect.poll(runs).toBe(1);
		if (!back) await useDiagram(page);
	}
});

test('the speaker view has no axe violations, in projector mode and dark', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	const { speaker } = await present(page, '/learn/vmbus-up-close/4/');
	await speaker.keyboard.press('p');
	await expect(speaker.locator('html')).toHaveAttribute('data-projector', '');
	const results = await new AxeBuilder({ page: speaker }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)
	).toEqual([]);
});

test('a speaker window is laid out as one before the presenter’s code runs; no other window shows notes', async ({
	page
}) => {
	// Without the app's code, only the script in the page itself can tell a speaker's window from others.
	await page.route('**/_app/**/*.js', (route) => route.abort());
	const notes = page.getByRole('region', { name: 'Speaker notes' });
	await page.goto('/learn/synthetic-disk-read/3/?present=talk-1&role=speaker');
	await expect(notes).toBeVisible();
	await expect(notes).toContainText('Next step');
	// Room for the speaker's bar, which comes with the presenter's code.
	expect(await page.locator('#main').evaluate((main) => getComputedStyle(main).marginTop)).toBe(
		'42px'
	);
	for (const path of [
		'/learn/synthetic-disk-read/3/?present=talk-1&role=audience',
		'/learn/synthetic-disk-read/3/?present=not%20an%20id!&role=speaker',
		'/learn/synthetic-disk-read/3/',
		'/embed/synthetic-disk-read/3/?present=talk-1&role=speaker'
	]) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
		await expect(notes, path).toHaveCount(0);
		expect(await page.locator('#main').evaluate((main) => getComputedStyle(main).marginTop)).toBe(
			'0px'
		);
	}
});

for (const size of [
	{ width: 1280, height: 800 },
	{ width: 412, height: 823 }
]) {
	test(`a speaker window opening at ${size.width}×${size.height} does not move as its bar and notes arrive`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await page.addInitScript(() => {
			const w = window as unknown as { shifted: number };
			w.shifted = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					w.shifted += (entry as unknown as { value: number }).value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto('/learn/synthetic-disk-read/3/?present=talk-2&role=speaker');
		await hydrated(page);
		await expect(page.locator('.speaker-bar')).toBeVisible();
		await expect(page.getByRole('region', { name: 'Speaker notes' })).toBeVisible();
		// Layout shifts are reported after the frame that made them.
		await page.evaluate(
			() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100)))
		);
		const shifted = await page.evaluate(() => (window as unknown as { shifted: number }).shifted);
		// Before, the page moved down as the bar and the notes came in: 0.07 at 1280 px, 0.155 on a phone.
		expect(shifted).toBeLessThan(0.01);
	});
}
