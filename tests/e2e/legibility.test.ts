// Legible on a projector and at small sizes (issue #17 §5): the sizes as rendered, the whole scene where the
// screen is small, and the reader's "whole diagram" kept from step to step.
import { expect, test, type Page } from '@playwright/test';
import { activeBox, diagramDrawn, useDiagram } from './diagram';

const projector = (page: Page) =>
	page.addInitScript(() =>
		localStorage.setItem('enlighten:theme', JSON.stringify({ choice: 'light', projector: true }))
	);

/** The rendered size of text: its computed font size times the scale of the diagram it is drawn in. */
const fontPx = (page: Page, selector: string) =>
	page.locator(selector).evaluateAll((elements) =>
		elements
			.filter((el) => el.checkVisibility())
			.map((el) => {
				const size = parseFloat(getComputedStyle(el).fontSize);
				const svg = el instanceof SVGElement ? el.ownerSVGElement : null;
				// A drawing: its user units to screen pixels. The live diagram: Svelte Flow's viewport zoom.
				const viewport = el.closest('.svelte-flow__viewport');
				const scale = svg
					? (svg.getScreenCTM()?.a ?? 1)
					: viewport
						? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a
						: 1;
				return { text: el.textContent?.trim().slice(0, 30), px: size * scale };
			})
	);

const smallest = (sizes: { text?: string; px: number }[]) =>
	sizes.reduce((a, b) => (b.px < a.px ? b : a), { text: 'none', px: Infinity });

/** More than `count` words found by `selector`, every one of them drawn at `px` or larger on screen. */
async function expectLegible(
	page: Page,
	what: string,
	selector: string,
	count: number,
	px: number
) {
	const sizes = await fontPx(page, selector);
	expect(sizes.length, what).toBeGreaterThan(count);
	expect(smallest(sizes).px, `${what}: ${smallest(sizes).text}`).toBeGreaterThanOrEqual(px);
}

test('projector mode at 1920×1080: narration 28 px, counters and the correction 22 px, diagram labels 16 px', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await projector(page);
	// The step of the emulated read that corrects the 2008 article.
	await page.goto('/learn/emulated-disk-read/12/');
	await diagramDrawn(page);
	await expect(page.locator('.correction')).toBeVisible();

	expect(smallest(await fontPx(page, '.step .text')).px).toBeGreaterThanOrEqual(28);
	expect(smallest(await fontPx(page, '.correction')).px).toBeGreaterThanOrEqual(22);
	await expectLegible(page, 'counters', '.counters dt, .counters dd', 4, 22);

	// Every word of the drawing, then of the live diagram.
	await expectLegible(page, 'drawing', 'svg.scene-diagram text', 40, 16);
	await useDiagram(page);
	const live = '.svelte-flow [data-component] .label, .svelte-flow .panel .title';
	await expectLegible(page, 'live diagram', live, 40, 16);
});

test('projector mode at 1920×1080: the comparison step and the hypercall registers are as legible as the counters', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await projector(page);
	// The device-I/O lessons end on two runs side by side: each run's counters under the drawing, the ratio beside it.
	await page.goto('/learn/emulated-disk-read/19/');
	await diagramDrawn(page);
	const sides = '.compare .side h2, .compare .side .counters dt, .compare .side .counters dd';
	await expectLegible(page, "both runs' counters", sides, 10, 22);
	await expectLegible(page, 'the ratio', '.compare-totals th, .compare-totals td', 20, 22);
	// The counters take room from the drawing above them; its labels still read at 16 px.
	await expectLegible(page, 'drawing', '.compare svg.scene-diagram text', 40, 16);

	// The hypercalls lesson's registers scene: RCX bit by bit, RDX, R8 and RAX, read like the diagram's labels.
	await page.goto('/learn/hypercalls/10/');
	await diagramDrawn(page);
	const registers = ['dt', 'dd', 'th', 'td', 'td *'].map((e) => `[data-registers] ${e}`).join(', ');
	await expectLegible(page, 'registers', registers, 20, 16);
});

/** Whether every box of the diagram shown lies inside the stage (nothing cut off). */
async function wholeSceneShown(page: Page) {
	return page.evaluate(() => {
		const stage = [...document.querySelectorAll('.diagram-stage')].find((s) =>
			s.checkVisibility()
		)!;
		const frame = stage.getBoundingClientRect();
		const boxes = [...stage.querySelectorAll('[data-component]')].filter(
			(b) => !b.closest('[inert]')
		);
		return (
			boxes.length > 20 &&
			boxes.every((box) => {
				const r = box.getBoundingClientRect();
				return (
					r.left >= frame.left - 1 &&
					r.right <= frame.right + 1 &&
					r.top >= frame.top - 1 &&
					r.bottom <= frame.bottom + 1
				);
			})
		);
	});
}

for (const { name, size, path } of [
	{
		name: 'a lesson at 1024×768',
		size: { width: 1024, height: 768 },
		path: '/learn/emulated-disk-read/'
	},
	{
		name: 'an embed at 960×600',
		size: { width: 960, height: 600 },
		path: '/embed/emulated-disk-read/'
	}
]) {
	test(`${name} shows the whole scene with the current hop lit`, async ({ page }) => {
		await page.setViewportSize(size);
		for (const step of [4, 9]) {
			await page.goto(`${path}${step}/`);
			await diagramDrawn(page);
			await expect(activeBox(page)).toBeInViewport({ ratio: 1 });
			expect(await wholeSceneShown(page), `step ${step}`).toBe(true);
		}
		await useDiagram(page);
		await expect(activeBox(page)).toBeInViewport({ ratio: 1 });
		await expect.poll(() => wholeSceneShown(page)).toBe(true);
	});
}

test('on a phone, "show the whole diagram" holds across steps, on the live diagram and the drawing', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/learn/emulated-disk-read/4/');
	await diagramDrawn(page);
	// On a phone the camera follows the request up close.
	expect(await wholeSceneShown(page)).toBe(false);
	await useDiagram(page);
	await page.getByRole('button', { name: 'Show the whole diagram' }).click();
	await expect.poll(() => wholeSceneShown(page)).toBe(true);
	await page.getByRole('link', { name: /Next/ }).click();
	await expect(page).toHaveURL(/\/5\/$/);
	await expect(activeBox(page)).toHaveAttribute('data-component', /./);
	// Long enough for the camera to have moved, had it followed.
	await page.waitForTimeout(800);
	expect(await wholeSceneShown(page)).toBe(true);
	// A new page in this tab starts on the drawing: whole, too.
	await page.goto('/learn/emulated-disk-read/9/');
	await diagramDrawn(page);
	expect(await wholeSceneShown(page)).toBe(true);
});
