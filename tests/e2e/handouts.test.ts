import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { diagramDrawn } from './diagram';
import { watchPolicy, axeViolations } from './policy';

// A PDF of 20 pages and axe over 20 drawings take a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

const hydrated = (page: Page) =>
	page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');

/** How many steps the lesson player says a lesson has ("Step 1 of 19"). */
async function stepsOf(page: Page, lessonPath: string): Promise<number> {
	await page.goto(`${lessonPath}1/`);
	const counter = await page.getByText(/^(Step|Stap) 1 (of|van) \d+$/).textContent();
	return Number(counter!.match(/(\d+)$/)![1]);
}

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree nodes). */
const pdfPages = (pdf: Buffer) =>
	pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

for (const [lesson, print] of [
	['/learn/emulated-disk-read/', '/learn/emulated-disk-read/print/'],
	['/nl/learn/network-io/', '/nl/learn/network-io/print/']
] as const) {
	test(`printing ${print} from Chromium gives one A4 page per step, drawn as vectors`, async ({
		page
	}) => {
		const steps = await stepsOf(page, lesson);
		await page.goto(print);
		await expect(page.locator('.sheet')).toHaveCount(steps);
		const pdf = await page.pdf({ preferCSSPageSize: true });
		expect(pdfPages(pdf)).toBe(steps);
		const text = pdf.toString('latin1');
		// A4 in points, and no raster image: the diagrams are vector drawings.
		expect(text).toMatch(/\/MediaBox\s*\[0 0 59[45]\.\d+ 841\.\d+\]/);
		expect(text).not.toMatch(/\/Subtype\s*\/Image/);
	});
}

test('every handout, in both languages, fits each step on one page', async ({ page }) => {
	// A long note or correction added to any lesson must not spill a step over two pages. Printing 32 PDFs
	// is slow; laying the sheets out for print in a window of the page's size (A4 less 12 mm margins, at
	// 96 px per inch) measures the same thing.
	test.setTimeout(240_000);
	const mm = 96 / 25.4;
	await page.setViewportSize({ width: Math.floor(186 * mm), height: Math.floor(273 * mm) });
	await page.emulateMedia({ media: 'print' });
	for (const lesson of readdirSync('src/content/lessons')) {
		for (const locale of ['', '/nl']) {
			await page.goto(`${locale}/learn/${lesson}/print/`);
			const heights = await page
				.locator('.sheet')
				.evaluateAll((sheets) => sheets.map((s) => s.getBoundingClientRect().height));
			expect(heights.length, lesson).toBeGreaterThan(0);
			expect(Math.max(...heights), `${locale}/learn/${lesson}/print/`).toBeLessThanOrEqual(
				Math.floor(273 * mm)
			);
		}
	}
});

test('the handout lights, on each page, the box the lesson lights at that step', async ({
	page
}) => {
	const lit: string[] = [];
	for (const step of [1, 4, 7]) {
		await page.goto(`/learn/synthetic-disk-read/${step}/`);
		const box = page.locator('[data-component][aria-current="step"]');
		await expect(box).toHaveCount(1);
		lit.push((await box.getAttribute('data-component'))!);
	}
	await page.goto('/learn/synthetic-disk-read/print/');
	for (const [i, step] of [1, 4, 7].entries()) {
		const sheet = page.locator('.sheet').nth(step - 1);
		await expect(sheet.locator('[data-active="true"][data-component]')).toHaveAttribute(
			'data-component',
			lit[i]!
		);
		await expect(sheet.locator('[data-component]')).toHaveCount(39);
	}
	// Step 7 corrects the 2008 article; its sources are printed with their addresses.
	const seventh = page.locator('.sheet').nth(6);
	await expect(seventh).toContainText('2008 article vs reality');
	await expect(seventh.locator('.sources')).toContainText('https://');
});

test('speaker notes are printed unless left out, and the choice is kept in the address', async ({
	page
}) => {
	await page.goto('/learn/emulated-disk-read/1/');
	await page.getByRole('link', { name: 'Print a handout of this lesson' }).click();
	await expect(page).toHaveURL(/\/learn\/emulated-disk-read\/print\/$/);
	await hydrated(page);
	const notes = page.getByRole('checkbox', { name: 'Include speaker notes' });
	await expect(notes).toBeChecked();
	await expect(page.getByRole('heading', { name: 'Speaker notes' }).first()).toBeVisible();
	await notes.uncheck();
	await expect(page).toHaveURL(/\?notes=0$/);
	await expect(page.getByRole('heading', { name: 'Speaker notes' })).toHaveCount(0);

	await page.reload();
	await hydrated(page);
	await expect(notes).not.toBeChecked();
	await expect(page.getByRole('heading', { name: 'Speaker notes' })).toHaveCount(0);
	const pdf = await page.pdf({ preferCSSPageSize: true });
	expect(pdfPages(pdf)).toBe(19);

	await notes.check();
	await expect(page).toHaveURL(/\/print\/$/);
	await expect(page.getByRole('heading', { name: 'Speaker notes' })).toHaveCount(19);
});

test.describe('exporting the diagram', () => {
	let watched: Awaited<ReturnType<typeof watchPolicy>>;
	test.beforeEach(async ({ page }) => {
		watched = await watchPolicy(page);
		await page.goto('/learn/synthetic-disk-read/7/');
		await diagramDrawn(page);
	});

	test('as SVG gives a well-formed drawing with the lit box of the step', async ({ page }) => {
		const lit = await page
			.locator('[data-component][aria-current="step"]')
			.getAttribute('data-component');
		await page.getByText('Export diagram').click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download as SVG' }).click()
		]);
		expect(download.suggestedFilename()).toBe('synthetic-disk-read-step-7.svg');
		const svg = await readFile((await download.path())!, 'utf8');
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: doc.documentElement.localName,
				active: [...doc.querySelectorAll('[data-component][data-active="true"]')].map((e) =>
					e.getAttribute('data-component')
				),
				labels: [...doc.querySelectorAll('text')].map((t) => t.textContent)
			};
		}, svg);
		expect(parsed.error).toBeNull();
		expect(parsed.root).toBe('svg');
		expect(parsed.active).toEqual([lit]);
		expect(parsed.labels).toContain('VSPs');
		expect(await watched.violations()).toEqual([]);
	});

	test('as PNG gives a PNG image at twice the drawing size', async ({ page }) => {
		await page.getByText('Export diagram').click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download as PNG' }).click()
		]);
		expect(download.suggestedFilename()).toBe('synthetic-disk-read-step-7.png');
		const png = await readFile((await download.path())!);
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		// IHDR: width and height, big-endian, after the signature and the chunk's length and type.
		expect(png.readUInt32BE(16)).toBe(2 * 1084);
		expect(png.readUInt32BE(20)).toBe(2 * 666);
		expect(png.length).toBeGreaterThan(20_000);
		expect(await watched.violations()).toEqual([]);
	});
});

for (const path of ['/learn/emulated-disk-read/print/', '/nl/learn/storage/print/?notes=0']) {
	test(`no axe violations and no policy violation on the handout ${path}`, async ({ page }) => {
		const watched = await watchPolicy(page);
		await page.goto(path);
		await hydrated(page);
		expect(await axeViolations(page)).toEqual([]);
		expect(await watched.violations()).toEqual([]);
	});
}
