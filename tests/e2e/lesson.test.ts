import { expect, test, type Page } from '@playwright/test';
import { activeBox, diagramDrawn, useDiagram } from './diagram';

/** Opens a page and waits until it runs, its diagram drawn. */
async function open(page: Page, path: string) {
	await page.goto(path);
	await diagramDrawn(page);
}

/** Opens the home page and waits until it runs (its live diagram waits until the reader scrolls to it). */
async function openHome(page: Page, path: '/' | '/nl/') {
	await page.goto(path);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

test('a learner starts a lesson from home and steps through it with keys and buttons', async ({
	page
}) => {
	await openHome(page, '/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Hyper-V, running in your browser'
	);
	await page.getByRole('link', { name: /Start lesson.*A disk read without enlightenment/ }).click();
	await expect(page).toHaveURL(/\/learn\/emulated-disk-read\/1\/$/);
	await expect(page.getByText('Step 1 of 19')).toBeVisible();
	await expect(activeBox(page)).toHaveAttribute('data-component', 'legacy-apps');

	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/learn\/emulated-disk-read\/2\/$/);
	await expect(activeBox(page)).toHaveAttribute('data-component', 'legacy-kernel');

	await page.getByRole('link', { name: 'Next →' }).click();
	await expect(page).toHaveURL(/\/3\/$/);
	await page.keyboard.press(' ');
	await expect(page).toHaveURL(/\/4\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'The first register write traps'
	);
	// Step 4 names the hypervisor's intercept handling: the trapped OUT has left the guest.
	await expect(activeBox(page)).toHaveAttribute('data-component', 'hv-intercepts');
	await expect(page.locator('[data-counter="vmExits"] dd')).toHaveText('1');

	await page.reload();
	await diagramDrawn(page);
	await expect(page).toHaveURL(/\/4\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'The first register write traps'
	);
	await expect(activeBox(page)).toHaveAttribute('data-component', 'hv-intercepts');

	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/\/3\/$/);
	await expect(activeBox(page)).toHaveAttribute('data-component', 'legacy-drivers');
	await expect(page.locator('[data-counter="vmExits"] dd')).toHaveText('0');
});

test('browser Back and Forward, and a pasted link, land on the same step', async ({ page }) => {
	await open(page, '/learn/synthetic-disk-read/6/');
	await expect(activeBox(page)).toHaveAttribute('data-component', 'root-vmbus');
	await page.getByRole('link', { name: 'Next →' }).click();
	await expect(page).toHaveURL(/\/7\/$/);
	await expect(activeBox(page)).toHaveAttribute('data-component', 'root-vsp');
	await expect(page.getByRole('note')).toContainText('VSPs run only in the root partition');

	await page.goBack();
	await expect(page).toHaveURL(/\/6\/$/);
	await expect(activeBox(page)).toHaveAttribute('data-component', 'root-vmbus');
	await page.goForward();
	await expect(page).toHaveURL(/\/7\/$/);
	await expect(activeBox(page)).toHaveAttribute('data-component', 'root-vsp');

	await page.getByRole('link', { name: '← Back' }).click();
	await expect(page).toHaveURL(/\/6\/$/);
	await expect(activeBox(page)).toHaveAttribute('data-component', 'root-vmbus');

	// A step is a state of the lesson's page: stepping loads no code and no data (the browser may look at the
	// favicon again as the address changes).
	const requests: string[] = [];
	page.on('request', (request) => {
		if (/\/(_app|data)\//.test(new URL(request.url()).pathname)) requests.push(request.url());
	});
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/8\/$/);
	await expect(page).toHaveTitle(/^The root I\/O stack · /);
	expect(requests).toEqual([]);

	// Away to another page and Back again: the step stepped to, not the one the page was loaded with.
	await page.getByRole('link', { name: 'Glossary' }).click();
	await expect(page).toHaveURL(/\/glossary\/$/);
	await page.goBack();
	await expect(page).toHaveURL(/\/synthetic-disk-read\/8\/$/);
	await expect(page.getByText('Step 8 of 16')).toBeVisible();
	await page.goBack();
	await expect(page).toHaveURL(/\/7\/$/);
	await expect(activeBox(page)).toHaveAttribute('data-component', 'root-vsp');
});

test('End and Home jump to the ends, and the last step sums up the cost', async ({ page }) => {
	await open(page, '/learn/synthetic-disk-read/1/');
	await page.keyboard.press('End');
	await expect(page).toHaveURL(/\/16\/$/);
	await expect(page.getByText('Step 16 of 16')).toBeVisible();
	// The last step sets the synthetic read (a) beside the emulated one (b), each with its own counters.
	const synthetic = page.locator('[data-side="a"]');
	await expect(synthetic.locator('[data-counter="vmExits"] dd')).toHaveText('2');
	await expect(synthetic.locator('[data-counter="vmwpTrips"] dd')).toHaveText('0');
	await expect(page.locator('[data-side="b"] [data-counter="vmExits"] dd')).toHaveText('12');
	await expect(page.getByRole('link', { name: 'Knowledge check →' })).toBeVisible();
	await page.keyboard.press('Home');
	await expect(page).toHaveURL(/\/1\/$/);
});

test('the Dutch version, and a language switch that keeps the place', async ({ page }) => {
	await openHome(page, '/nl/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await page.getByRole('link', { name: /Begin de les.*Dezelfde leesactie via VMBus/ }).click();
	await expect(page).toHaveURL(/\/nl\/learn\/synthetic-disk-read\/1\/$/);
	await page.getByRole('link', { name: 'Volgende →' }).click();
	await expect(page).toHaveURL(/\/nl\/learn\/synthetic-disk-read\/2\/$/);
	await expect(page.getByText('Stap 2 van 16')).toBeVisible();

	await page.reload();
	await diagramDrawn(page);
	await expect(page).toHaveURL(/\/nl\/learn\/synthetic-disk-read\/2\/$/);
	await expect(page.getByText('Stap 2 van 16')).toBeVisible();

	await page.getByRole('link', { name: /^EN/ }).click();
	await expect(page).toHaveURL(/\/learn\/synthetic-disk-read\/2\/$/);
	await expect(page).not.toHaveURL(/\/nl\//);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByText('Step 2 of 16')).toBeVisible();

	await page.getByRole('link', { name: /^NL/ }).click();
	await expect(page).toHaveURL(/\/nl\/learn\/synthetic-disk-read\/2\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByText('Stap 2 van 16')).toBeVisible();

	// Stepped on without a reload, the switch keeps the step shown. The switch reloaded the page: its keys
	// work once it runs, not as soon as its HTML shows the step.
	await diagramDrawn(page);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText('Stap 3 van 16')).toBeVisible();
	await page.getByRole('link', { name: /^EN/ }).click();
	await expect(page).toHaveURL(/\/learn\/synthetic-disk-read\/3\/$/);
	await expect(page.getByText('Step 3 of 16')).toBeVisible();
});

test('a mistyped Dutch link explains itself in Dutch', async ({ page }) => {
	await page.goto('/nl/learn/emulated-disk-read/0/');
	await expect(
		page.getByText('Les “emulated-disk-read” heeft stap 1 tot en met 19; stap “0” bestaat niet.')
	).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await page.getByRole('link', { name: 'Begin de les bij stap 1' }).click();
	await expect(page).toHaveURL(/\/nl\/learn\/emulated-disk-read\/1\/$/);
});

test('an unknown lesson or step says so and offers a way on', async ({ page }) => {
	await page.goto('/learn/no-such-lesson/1/');
	await expect(page.getByText('There is no lesson called “no-such-lesson”.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();

	await page.goto('/learn/emulated-disk-read/99/');
	await expect(
		page.getByText('Lesson “emulated-disk-read” has steps 1 to 19; there is no step “99”.')
	).toBeVisible();
	await page.getByRole('link', { name: 'Start the lesson at step 1' }).click();
	await expect(page).toHaveURL(/\/learn\/emulated-disk-read\/1\/$/);
});

test('selecting a box by keyboard opens its details', async ({ page }) => {
	await open(page, '/learn/emulated-disk-read/7/');
	await expect(activeBox(page)).toHaveAttribute('data-component', 'root-ide-emulator');
	// Tab into the drawing: the live diagram takes its place, and the keyboard lands on the lit box.
	await page.getByRole('button', { name: "Explore the diagram's boxes" }).focus();
	const emulator = page.locator('.svelte-flow [data-component="root-ide-emulator"]');
	await expect(emulator).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('complementary', { name: 'i8042 (PS/2)' })).toBeVisible();
	// Arrow keys inside the diagram move between boxes; they do not change the step.
	await expect(page).toHaveURL(/\/7\/$/);
});

test('the first paint shows the step on the diagram, before any script runs', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/learn/emulated-disk-read/4/');
	await expect(page.locator('svg.scene-diagram')).toBeVisible();
	await expect(activeBox(page)).toHaveAttribute('data-component', 'hv-intercepts');
	await expect(page.locator('svg.scene-diagram [data-link][data-active]')).not.toHaveCount(0);
	await context.close();
});

test('in dark mode the drawings shown before the live diagram are dark too, on home and on a step', async ({
	browser
}) => {
	// No script: what a reader sees until the live diagram arrives (and all they see if it never does).
	const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
	const page = await context.newPage();
	/** The colour the page itself paints as `--panel`, and what the drawing's panels and paper are painted. */
	const colours = (drawing: string) =>
		page.locator(drawing).evaluate((svg) => {
			const probe = document.createElement('div');
			probe.style.color = 'var(--panel)';
			document.body.append(probe);
			const panel = getComputedStyle(probe).color;
			probe.remove();
			const paper = svg.querySelector('.d-background');
			return {
				panel,
				drawnPanel: getComputedStyle(svg.querySelector('.d-panel')!).fill,
				paper: paper ? getComputedStyle(paper).fill : 'none'
			};
		});
	for (const [path, drawing] of [
		['/', 'svg.static-diagram'],
		['/learn/emulated-disk-read/4/', 'svg.scene-diagram']
	] as const) {
		await page.goto(path);
		const { panel, drawnPanel, paper } = await colours(drawing);
		// The dark theme's panel colour, not the handout's paper blue (#e9f0f9), and no white sheet behind.
		expect(panel, path).toBe('rgb(27, 38, 52)');
		expect(drawnPanel, path).toBe(panel);
		expect(paper, path).toBe('none');
	}
	await context.close();
});

test('the live diagram comes when the pointer reaches the drawing, in its place, and opens the box clicked', async ({
	page
}) => {
	await open(page, '/learn/emulated-disk-read/4/');
	// Stepping needs no flow library: the drawing follows the request.
	await page.keyboard.press('ArrowRight');
	await expect(activeBox(page)).toHaveAttribute('data-component', 'root-winhv');
	await expect(page.locator('.svelte-flow')).toHaveCount(0);
	const drawn = (await activeBox(page).boundingBox())!;

	// A click on a box of the drawing: the live diagram takes over and opens that box.
	await page.locator('svg.scene-diagram [data-component="root-vsp"]').click();
	await expect(page.getByRole('complementary', { name: 'VSPs' })).toBeVisible();
	await expect(page.locator('svg.scene-diagram')).toHaveCount(0);
	const live = (await page.locator('.svelte-flow [data-component="root-winhv"]').boundingBox())!;
	for (const key of ['x', 'y', 'width', 'height'] as const) {
		expect(Math.abs(live[key] - drawn[key]), key).toBeLessThan(3);
	}
});

test('in projector mode every label of the live diagram stays inside its box, in both languages', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.addInitScript(() =>
		localStorage.setItem('enlighten:theme', JSON.stringify({ choice: 'light', projector: true }))
	);
	for (const path of ['/learn/emulated-disk-read/4/', '/nl/learn/emulated-disk-read/4/']) {
		await open(page, path);
		await useDiagram(page);
		const overflowing = await page
			.locator('.svelte-flow [data-component]')
			.evaluateAll((boxes) =>
				boxes
					.filter(
						(box) =>
							box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1
					)
					.map((box) => box.textContent?.trim())
			);
		expect(overflowing, path).toEqual([]);
	}
});
