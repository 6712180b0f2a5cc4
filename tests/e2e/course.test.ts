import { expect, test, type Page } from '@playwright/test';
import { activeBox, diagramDrawn } from './diagram';

async function open(page: Page, path: string) {
	await page.goto(path);
	await diagramDrawn(page);
}

interface Words {
	counter: RegExp;
	next: string;
	reveal: string;
	predict: string;
	feedback: RegExp;
	quizHeading: RegExp;
	check: string;
	nextQuestion: string;
	score: RegExp;
	seen: RegExp;
}

const english: Words = {
	counter: /Step (\d+) of (\d+)/,
	next: 'Next →',
	reveal: 'Show it →',
	predict: 'Predict',
	feedback: /^(Right: it goes to|Not quite: you chose)/,
	quizHeading: /Knowledge check: question 1 of (\d)/,
	check: 'Check',
	nextQuestion: 'Next question →',
	score: /You answered (\d) of (\d) questions right\./,
	seen: /(\d+) of (\d+) steps seen\s·\squiz: (\d) of (\d) right/
};

const dutch: Words = {
	counter: /Stap (\d+) van (\d+)/,
	next: 'Volgende →',
	reveal: 'Laat zien →',
	predict: 'Voorspel',
	feedback: /^(Goed: het gaat naar|Net niet: je koos)/,
	quizHeading: /Kennischeck: vraag 1 van (\d)/,
	check: 'Controleer',
	nextQuestion: 'Volgende vraag →',
	score: /Je had (\d) van de (\d) vragen goed\./,
	seen: /(\d+) van (\d+) stappen gezien\s·\skennischeck: (\d) van (\d) goed/
};

/**
 * Steps through a whole lesson, making every prediction it asks for, then answers its whole knowledge check:
 * the first option of every multiple-choice question, and the request's current box for every "where next?"
 * question (never right, since the request always moves).
 */
async function completeLesson(page: Page, base: string, w: Words) {
	// A whole lesson and its questions take longer than one ordinary test.
	test.setTimeout(120_000);
	await open(page, `${base}1/`);
	const total = Number((await page.getByText(w.counter).textContent())!.match(w.counter)![2]);
	let predictions = 0;
	for (let step = 1; step < total; step++) {
		const prompt = page.getByRole('region', { name: w.predict });
		if (await prompt.isVisible()) {
			predictions++;
			// A box of the picture the step is on: the architecture figure, or a scene of its own.
			const scene = page.locator('.scene-layer [data-scene-component][role="button"]');
			if (await scene.count()) await scene.first().click();
			else await page.locator('[data-component="hw-cpu"]').click();
			await expect(prompt.locator('p')).toHaveText(w.feedback);
			// Picking did not open the box's details: the diagram was asking, not showing.
			await expect(page.getByRole('complementary')).toHaveCount(0);
			await page.getByRole('link', { name: w.reveal }).click();
		} else if (step % 2) {
			await page.getByRole('link', { name: w.next }).click();
		} else {
			await page.keyboard.press('ArrowRight');
		}
		await expect(page).toHaveURL(new RegExp(`${base}${step + 1}/$`));
	}
	expect(predictions).toBeGreaterThan(0);

	await page.keyboard.press('Tab');
	await page.locator('.step-nav a.primary').click();
	await expect(page).toHaveURL(new RegExp(`${base}quiz/$`));
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText(w.quizHeading);
	const questions = Number((await heading.textContent())!.match(w.quizHeading)![1]);
	for (let q = 1; q <= questions; q++) {
		const radios = page.getByRole('radio');
		if ((await radios.count()) > 0) {
			await radios.first().check();
			await page.getByRole('button', { name: w.check }).click();
			await expect(page.getByRole('radio').first()).toBeDisabled();
		} else {
			// By keyboard: the box the request is at (a container's middle would hit a box inside it).
			await activeBox(page).focus();
			await page.keyboard.press('Enter');
		}
		await expect(page.locator('.feedback')).toBeVisible();
		await page.getByRole('button', { name: w.nextQuestion }).click();
	}
	await expect(page.getByText(w.score)).toBeVisible();
	return { total, questions };
}

test('a learner completes a whole lesson and its knowledge check, and home shows it', async ({
	page
}) => {
	const { total, questions } = await completeLesson(
		page,
		'/learn/paravirtualization-vs-enlightenment/',
		english
	);
	await page.goto('/');
	const card = page.locator('[data-lesson="paravirtualization-vs-enlightenment"]');
	const status = card.locator('[data-progress]');
	await expect(status).toHaveText(english.seen);
	const [, seen, all, , asked] = (await status.textContent())!.match(english.seen)!;
	expect([Number(seen), Number(all), Number(asked)]).toEqual([total, total, questions]);
});

test('een cursist doorloopt een hele les met kennischeck in het Nederlands', async ({ page }) => {
	const { total } = await completeLesson(page, '/nl/learn/high-availability/', dutch);
	await page.goto('/nl/');
	await expect(page.locator('[data-lesson="high-availability"] [data-progress]')).toContainText(
		`${total} van ${total} stappen gezien`
	);
});

test('a right prediction and a right answer are recognised as right', async ({ page }) => {
	// The synthetic read's fifth step is the signal: the guest's hypercall reaches the hypervisor.
	await open(page, '/learn/synthetic-disk-read/4/');
	await page.locator('[data-component="hv-hypercalls"]').click();
	await expect(page.getByRole('region', { name: 'Predict' })).toContainText(
		'Right: it goes to Hypercalls'
	);
	await page.getByRole('link', { name: 'Show it →' }).click();
	await expect(activeBox(page)).toHaveAttribute('data-component', 'hv-hypercalls');
});

test('progress moves between browsers by file; a bad file is refused and loses nothing', async ({
	page
}, testInfo) => {
	await open(page, '/learn/storage/1/');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/2\/$/);
	// The lesson's length comes from the page, so the home page's count is checked against it.
	const position = page.getByText(/^Step 2 of \d+$/);
	await expect(position).toBeVisible();
	const total = (await position.textContent())!.match(/of (\d+)/)![1];
	await page.goto('/');
	const status = page.locator('[data-lesson="storage"] [data-progress]');
	await expect(status).toContainText(`2 of ${total} steps seen`);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const file = testInfo.outputPath('progress.json');
	await (await download).saveAs(file);

	const importer = page.getByLabel('Import progress…');
	await importer.setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"app":"enlighten","version":1,"lessons":{"storage":{"seen":"all"}}}')
	});
	await expect(page.getByRole('status').filter({ hasText: 'not imported' })).toContainText(
		'It is not an Enlighten progress file, or it is damaged.'
	);
	await expect(status).toContainText(`2 of ${total} steps seen`);

	// A fresh browser: nothing seen yet, then the file brings the progress over.
	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await expect(status).toHaveCount(0);
	await importer.setInputFiles(file);
	await expect(page.getByText('Imported: progress of 1 lesson, merged')).toBeVisible();
	await expect(status).toContainText(`2 of ${total} steps seen`);
	await expect(page.getByRole('link', { name: /Continue.*Virtual disks/ })).toHaveAttribute(
		'href',
		'/learn/storage/3/'
	);
});

test('corrupt saved progress is kept aside with a notice, and the app still works', async ({
	page
}) => {
	// Once the app runs (it reads progress as it starts), so the reload is what meets the corrupt value.
	await page.goto('/');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await page.evaluate(() => localStorage.setItem('enlighten.progress', '{not json'));
	await page.reload();
	await expect(page.getByText('Your saved progress could not be read')).toBeVisible();
	expect(await page.evaluate(() => localStorage.getItem('enlighten.progress.set-aside'))).toBe(
		'{not json'
	);
	await page.getByRole('link', { name: /Start lesson.*The big picture/ }).click();
	await expect(activeBox(page)).toBeVisible();
});
