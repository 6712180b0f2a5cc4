import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { activeBox, diagramDrawn, useDiagram } from './diagram';
import { watchPolicy, axeViolations } from './policy';

// Each journey loads the diagram and the model more than once; a busy CI machine needs the time.
test.describe.configure({ timeout: 90_000 });

const example = readFileSync('static/example-lesson.json', 'utf8');
const file = (name: string, text: string) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(text)
});
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const edited = (change: (lesson: Json) => void) => {
	const lesson = JSON.parse(example);
	change(lesson);
	return JSON.stringify(lesson);
};

async function open(page: Page, path = '/author/') {
	await page.goto(path);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	// The list appears once the validator has loaded.
	await expect(
		page.getByRole('heading', { name: /Lessons in this browser|Lessen in deze browser/ })
	).toBeVisible();
}

const pick = (page: Page, name: string, text: string) =>
	page.locator('input[type=file]').setInputFiles(file(name, text));

test('a valid file loads by the file picker, plays, survives a reload and is removed', async ({
	page
}) => {
	await open(page);
	await expect(page.getByText('No lessons loaded yet.')).toBeVisible();
	await pick(page, 'my-lesson.json', example);
	await expect(page.getByRole('main').getByRole('status')).toContainText(
		'Loaded My first lesson: a read through VMBus from my-lesson.json.'
	);
	const item = page.getByRole('listitem').filter({ hasText: 'my-first-lesson' });
	await expect(item).toContainText('6 steps');
	await expect(item).toContainText('Languages: English, Dutch');

	await item.getByRole('link', { name: 'Preview' }).click();
	await expect(page).toHaveURL(/\/author\/play\/\?id=my-first-lesson&step=1$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('An enlightened guest');
	await diagramDrawn(page);
	await page.getByRole('link', { name: /Next/ }).click();
	await expect(page).toHaveURL(/step=2$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Down the storage stack');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/step=3$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('StorVSC builds a packet');
	// The request is where the model says: the VSC box is lit.
	await expect(activeBox(page)).toHaveCount(1);

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('StorVSC builds a packet');
	await page.goto('/author/play/?id=my-first-lesson&step=6');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The same read, unenlightened');
	await page.getByRole('link', { name: /Back to your lessons/ }).click();
	await expect(page).toHaveURL(/\/author\/$/);

	// Authored lessons are not the learner's progress.
	expect(await page.evaluate(() => localStorage.getItem('enlighten.progress') ?? '')).not.toContain(
		'my-first-lesson'
	);

	await open(page);
	await page.getByRole('button', { name: 'Remove My first lesson: a read through VMBus' }).click();
	await expect(page.getByText('No lessons loaded yet.')).toBeVisible();
	await page.reload();
	await expect(page.getByText('No lessons loaded yet.')).toBeVisible();
	await page.goto('/author/play/?id=my-first-lesson&step=1');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'This lesson is not in this browser (any more).'
	);
});

test('an invalid file shows every error with its path and stores nothing', async ({ page }) => {
	await open(page);
	await pick(page, 'kept.json', example);
	await expect(page.getByRole('main').getByRole('status')).toContainText('Loaded');
	const broken = edited((l) => {
		l.steps[1].events = ['disk.explode'];
		l.steps[0].sources = ['S999'];
		l.minutes = 'five';
	});
	await pick(
		page,
		'broken.json',
		edited((l) => (l.narration.en.title = 'Changed'))
	);
	await pick(page, 'broken.json', broken);
	const errors = page.getByRole('region', { name: /broken\.json was not loaded/ });
	// Every problem at once: the schema's and the model's, not one round after another.
	await expect(errors.locator('ol > li')).toHaveText([
		/minutes\s*Expected a number, found a text\./,
		/steps\[0\]\.sources\[0\]\s*S999 is not a source key/,
		/steps\[1\]\.events\[0\]\s*The diskRead machine knows no event disk\.explode\./
	]);
	await expect(errors.getByRole('heading')).toBeFocused();
	// Nothing changed: the good version loaded just before is still there, under its own title.
	await page.reload();
	await expect(page.getByRole('listitem').filter({ hasText: 'my-first-lesson' })).toContainText(
		'Changed'
	);
	await pick(
		page,
		'events.json',
		edited((l) => (l.steps[1].events = ['disk.explode']))
	);
	await expect(page.getByRole('region', { name: /events\.json/ }).locator('ol > li')).toHaveText([
		/steps\[1\]\.events\[0\]\s*The diskRead machine knows no event disk\.explode\./
	]);
	await pick(page, 'notjson.json', '{ "id": "x",\n  "steps": [,] }');
	await expect(page.getByRole('region', { name: /notjson\.json/ })).toContainText(
		'This is not valid JSON: the problem is at line 2, column 13.'
	);
});

test('a broken file: every problem with the nearest valid names, each step with what the machine accepts, fixed in place', async ({
	page
}) => {
	await open(page);
	await pick(
		page,
		'typos.json',
		edited((l) => {
			l.steps[0].sources = ['s5'];
			l.steps[2].events = ['vsc.requets'];
			l.steps[5].events = ['vmbus.signal'];
		})
	);
	const errors = page.getByRole('region', { name: /typos\.json was not loaded/ });
	await expect(errors.locator('ol > li')).toHaveText([
		/steps\[0\]\.sources\[0\].*Did you mean `S5`\?/,
		/steps\[2\]\.events\[0\].*knows no event vsc\.requets\. Did you mean `vsc\.request`\?/,
		/steps\[5\]\.events\[0\].*does not accept vmbus\.signal/
	]);
	// What is valid there, one click away: for the refused event, what the machine accepts in that state.
	const refused = errors.locator('ol > li').nth(2);
	await refused.getByText(/Valid here/).click();
	await expect(refused.locator('.valid li')).toHaveText(['io.submit']);

	// Beside the editor: each step's state and the events the machine accepts next.
	const steps = page.getByRole('region', { name: 'The machine, step by step' });
	await expect(steps.locator('[data-step="stack"]')).toContainText('vsc.request');
	await expect(steps.locator('[data-step="storvsc"]')).toContainText('Stops at vsc.requets');
	await expect(steps.locator('[data-step="ring"]')).toContainText('Not replayed');

	// Fixed in the editor, the lesson checks clean and is kept.
	const editor = page.getByLabel('Lesson file (JSON)');
	await editor.fill(example);
	await expect(page.getByText('No problems: this lesson plays.')).toBeVisible();
	await expect(steps.locator('[data-step="ring"]')).toContainText('vmbus.signal');
	await page.getByRole('button', { name: 'Keep this lesson' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'my-first-lesson' })).toBeVisible();

	// And it can be exported again, exactly as it was kept.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: /Export My first lesson/ }).click()
	]);
	const saved = await download.path().then((p) => readFileSync(p, 'utf8'));
	expect(JSON.parse(saved)).toEqual(JSON.parse(example));
});

test('errors are explained in Dutch on the Dutch page, and a file can be dropped', async ({
	page
}) => {
	await open(page, '/nl/author/');
	const drop = async (name: string, text: string) => {
		const transfer = await page.evaluateHandle(
			([name, text]) => {
				const data = new DataTransfer();
				data.items.add(new File([text], name, { type: 'application/json' }));
				return data;
			},
			[name, text] as const
		);
		await page.locator('.drop').dispatchEvent('drop', { dataTransfer: transfer });
	};
	await drop(
		'fout.json',
		edited((l) => (l.machine = 'warpDrive'))
	);
	await expect(page.getByRole('region', { name: /fout\.json is niet geladen/ })).toContainText(
		/machine\s*Er is geen machine warpDrive\./
	);
	await drop(
		'les.json',
		edited((l) => delete l.narration.nl)
	);
	await expect(page.getByRole('main').getByRole('status')).toContainText('geladen uit les.json');
	const item = page.getByRole('listitem').filter({ hasText: 'my-first-lesson' });
	await expect(item).toContainText('Geen tekst in het Nederlands: getoond in het Engels.');
});

test('markup in a file is shown as text, never run', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
	await open(page);
	await pick(
		page,
		'markup.json',
		edited((l) => {
			l.narration.en.title = `Title ${markup}`;
			l.narration.en.steps.start.title = `Step ${markup}`;
			l.narration.en.steps.start.text = `Text ${markup}`;
		})
	);
	await expect(page.locator('.stored h3')).toHaveText(`Title ${markup}`);
	await page.getByRole('link', { name: 'Preview' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Step ${markup}`);
	await expect(page.getByText(`Text ${markup}`)).toBeVisible();
	await expect(page.locator('main img[src="x"], main script')).toHaveCount(0);
	expect(dialogs).toEqual([]);
});

for (const path of ['/author/', '/nl/author/']) {
	test(`no axe violations on ${path} with a lesson and an error list`, async ({ page }) => {
		await open(page, path);
		await pick(page, 'my-lesson.json', example);
		await expect(page.getByRole('link', { name: /Preview|Bekijken/ })).toBeVisible();
		await pick(
			page,
			'broken.json',
			edited((l) => (l.machine = 'warpDrive'))
		);
		await expect(page.locator('.errors > ol > li')).toHaveCount(1);
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('the player of an authored lesson keeps the strict policy, and passes axe', async ({
	page,
	baseURL
}) => {
	const watched = await watchPolicy(page, baseURL);
	await open(page);
	await pick(page, 'my-lesson.json', example);
	await page.getByRole('link', { name: 'Preview' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('An enlightened guest');
	await diagramDrawn(page);
	// The live diagram too keeps the policy.
	await useDiagram(page);
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toMatch(/script-src 'self' 'sha256-/);
	expect(await axeViolations(page)).toEqual([]);
	expect(await watched.violations()).toEqual([]);
	expect(watched.foreign).toEqual([]);
});
