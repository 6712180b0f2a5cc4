import AxeBuilder from '@axe-core/playwright';
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { diagramLive, useDiagram } from './diagram';

// A trainer and two learners, each in a browser context of its own, on the classroom server (npm run classroom),
// which this file starts on its own port next to the static server Playwright starts.
test.describe.configure({ mode: 'serial', timeout: 150_000 });

const port = Number(process.env.E2E_PORT ?? 4173) + 5;
const origin = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
	server = spawn(process.execPath, [
		'scripts/classroom.js',
		'--port',
		String(port),
		'--host',
		'127.0.0.1'
	]);
	await new Promise<void>((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => reject(new Error(`no classroom server:\n${output}`)), 60_000);
		server!.stdout!.on('data', (chunk) => {
			output += chunk;
			if (/Learners join at/.test(output)) {
				clearTimeout(timer);
				resolve();
			}
		});
		server!.on('exit', (code) =>
			reject(new Error(`classroom server exited (${code}):\n${output}`))
		);
	});
});
test.afterAll(() => {
	server?.kill();
});

const hydrated = (page: Page) =>
	page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');

async function learner(browser: Browser, code: string, viewport = { width: 390, height: 844 }) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	await page.goto(`${origin}/join/?code=${code}`);
	await hydrated(page);
	await expect(page.getByLabel('Code on the projector')).toHaveValue(code);
	return page;
}

test('learners follow the trainer, answer a prediction, and the trainer sees the split on the diagram', async ({
	browser
}) => {
	// The trainer's speaker view, one step before the step that asks "where next?".
	const trainerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const trainer = await trainerContext.newPage();
	await trainer.goto(`${origin}/learn/big-picture/2/?present=classroom-e2e&role=speaker`);
	await hydrated(trainer);
	await trainer.getByRole('button', { name: 'Open a classroom' }).click();
	const code = (await trainer.locator('[data-trainer-code]').textContent())!.trim();
	expect(code).toMatch(/^[A-Z2-9]{5}$/);

	// Two learners join with the code; the join page passes axe.
	const first = await learner(browser, code);
	const axeJoin = await new AxeBuilder({ page: first }).analyze();
	expect(axeJoin.violations).toEqual([]);
	await first.getByLabel('Nickname').fill('<b>Ada</b>');
	await first.getByRole('button', { name: 'Join' }).click();
	await expect(first).toHaveURL(/\/learn\/big-picture\/2\/$/);
	// The nickname is text, never markup.
	await expect(first.locator('[data-nickname]')).toHaveText('<b>Ada</b>');
	const second = await learner(browser, code, { width: 1280, height: 720 });
	await second.getByRole('button', { name: 'Join' }).click();
	await expect(second).toHaveURL(/\/learn\/big-picture\/2\/$/);
	await expect(trainer.locator('[data-attendance]')).toContainText('2 learners here, 2 following', {
		timeout: 20_000
	});
	// A following learner sees the lesson without the site's header.
	await expect(first.locator('header.top')).toBeHidden();

	// The trainer steps on; both follow.
	await trainer.keyboard.press('ArrowRight');
	await expect(first).toHaveURL(/\/learn\/big-picture\/3\/$/);
	await expect(second).toHaveURL(/\/learn\/big-picture\/3\/$/);

	// The trainer asks the room where the request goes next; each learner picks on their own diagram.
	await trainer.getByRole('button', { name: 'Ask the room' }).click();
	await expect(first.getByText(/The trainer asks: where does the request go next/)).toBeVisible();
	for (const page of [first, second]) await useDiagram(page);
	// On a phone the boxes are small and close: pick with the keyboard, as a screen-reader user would.
	await first.locator('.svelte-flow [data-component="root-vmwp"]').press('Enter');
	await second.locator('.svelte-flow [data-component="root-vid"]').press('Enter');
	await expect(first.locator('[data-answer-sent]')).toBeVisible();
	const axeAnswer = await new AxeBuilder({ page: first }).exclude('.svelte-flow').analyze();
	expect(axeAnswer.violations).toEqual([]);

	// The trainer sees how many answered, and each picked box lit by its share.
	await expect(trainer.locator('[data-answered]')).toHaveText('2 of 2 answered');
	await diagramLive(trainer).catch(() => useDiagram(trainer));
	await expect(trainer.locator('[data-room-share="root-vmwp"]')).toHaveText('50%');
	await expect(trainer.locator('[data-room-share="root-vid"]')).toHaveText('50%');

	// The reveal reaches every device: each learner now reads whether they were right.
	await trainer.getByRole('button', { name: 'Reveal' }).click();
	for (const page of [first, second])
		await expect(page.locator('.predict .right, .predict .wrong')).toBeVisible();

	// The summary lists the question and the share right, with no names.
	await trainer.getByRole('button', { name: 'Summary' }).click();
	await expect(first.getByRole('region', { name: 'Questions and the share right' })).toContainText(
		'Prediction at step 3'
	);
	await expect(trainer.locator('[data-summary]')).not.toContainText('Ada');
	for (const page of [trainer, first, second]) await page.context().close();
});

test('the static site alone shows no classroom: no control in the speaker view, a plain note on /join/', async ({
	page
}) => {
	await page.goto('/learn/big-picture/2/?present=static-e2e&role=speaker');
	await hydrated(page);
	await expect(page.getByRole('region', { name: 'Speaker view' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Open a classroom' })).toHaveCount(0);
	await page.goto('/join/');
	await hydrated(page);
	await expect(page.getByText(/There is no classroom here/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Join' })).toHaveCount(0);
});

test('on a cluster scene a learner answers by its boxes, and the trainer sees the split on the scene', async ({
	browser
}) => {
	// Step 2 of high availability is told on the cluster scene and asks where the request goes next.
	const trainerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const trainer = await trainerContext.newPage();
	await trainer.goto(`${origin}/learn/high-availability/2/?present=classroom-scene&role=speaker`);
	await hydrated(trainer);
	await trainer.getByRole('button', { name: 'Open a classroom' }).click();
	const code = (await trainer.locator('[data-trainer-code]').textContent())!.trim();
	const first = await learner(browser, code);
	await first.getByRole('button', { name: 'Join' }).click();
	const second = await learner(browser, code, { width: 1280, height: 720 });
	await second.getByRole('button', { name: 'Join' }).click();
	for (const page of [first, second]) {
		await expect(page).toHaveURL(/\/learn\/high-availability\/2\/$/);
		await expect(page.locator('svg[data-scene="cluster"]')).toBeVisible();
	}

	await trainer.getByRole('button', { name: 'Ask the room' }).click();
	// Both learners must have the question before they answer: a click before it arrives is no answer.
	for (const page of [first, second])
		await expect(page.getByText(/The trainer asks: where does the request go next/)).toBeVisible();
	// Each learner answers with a box of the scene, not of the architecture figure.
	await first.locator('[data-scene-component="storage"][role="button"]').click();
	await expect(first.locator('[data-answer-sent]')).toBeVisible();
	await second.locator('[data-scene-component="network"][role="button"]').click();
	await expect(second.locator('[data-answer-sent]')).toBeVisible();

	// The trainer's scene lights each picked box by its share.
	await expect(trainer.locator('[data-answered]')).toHaveText('2 of 2 answered');
	await expect(trainer.locator('svg[data-scene="cluster"] [data-room-share="storage"]')).toHaveText(
		'50%'
	);
	await expect(trainer.locator('svg[data-scene="cluster"] [data-room-share="network"]')).toHaveText(
		'50%'
	);
	await expect(trainer.locator('[data-room-share="b-vm"]')).toHaveCount(0);

	// Revealed: the first learner was right, the second wrong, each told on their own device.
	await trainer.getByRole('button', { name: 'Reveal' }).click();
	await expect(first.locator('.predict .right')).toBeVisible();
	await expect(second.locator('.predict .wrong')).toBeVisible();
	for (const page of [trainer, first, second]) await page.context().close();
});

test('a quiz question goes to the room: learners choose, the trainer sees bars, the reveal reaches every device', async ({
	browser
}) => {
	const trainerContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const trainer = await trainerContext.newPage();
	await trainer.goto(`${origin}/learn/high-availability/quiz/?present=classroom-quiz&role=speaker`);
	await hydrated(trainer);
	await trainer.getByRole('button', { name: 'Open a classroom' }).click();
	const code = (await trainer.locator('[data-trainer-code]').textContent())!.trim();
	const first = await learner(browser, code);
	await first.getByRole('button', { name: 'Join' }).click();
	const second = await learner(browser, code, { width: 1280, height: 720 });
	await second.getByRole('button', { name: 'Join' }).click();
	for (const page of [first, second])
		await expect(page).toHaveURL(/\/learn\/high-availability\/quiz\/$/);

	// The trainer moves to the second question; learners stay where they are until it is asked.
	await trainer.getByRole('button', { name: /Skip/ }).click();
	await expect(trainer.getByRole('heading', { level: 1 })).toContainText('question 2 of 7');
	await trainer.getByRole('button', { name: 'Ask the room' }).click();
	// Every learner's quiz turns to the asked question, and a choice is their answer.
	for (const page of [first, second])
		await expect(page.getByRole('heading', { level: 1 })).toContainText('question 2 of 7');
	await expect(first.locator('[data-room-choice]')).toHaveText(/choose an option/);
	await first.getByLabel('More VM memory (and slower storage)').check();
	await second.getByLabel('A bigger .vhd file').check();
	await expect(first.locator('[data-room-choice]')).toHaveText(/Your answer is in/);
	const axeChoice = await new AxeBuilder({ page: first }).analyze();
	expect(axeChoice.violations).toEqual([]);

	// The trainer's bar chart counts one for each chosen option, with the option's words.
	await expect(trainer.locator('[data-answered]')).toHaveText('2 of 2 answered');
	const bars = trainer.locator('#classroom-panel [data-room-bars]');
	await expect(bars.locator('[data-option="vm-memory"]')).toHaveAttribute('data-count', '1');
	await expect(bars.locator('[data-option="vhd-size"]')).toHaveAttribute('data-count', '1');
	await expect(bars.locator('[data-option="vcpu-count"]')).toHaveAttribute('data-count', '0');
	await expect(bars).toContainText('More VM memory (and slower storage)');

	// Reveal: each device shows its verdict, the explanation and how the room answered.
	await trainer.getByRole('button', { name: 'Reveal' }).click();
	await expect(first.locator('.question [role="status"]')).toContainText('Right');
	await expect(second.locator('.question [role="status"]')).toContainText('Not quite');
	await expect(first.locator('[data-room-bars] [data-option="vm-memory"]')).toHaveClass(/right/);

	// The summary names the quiz question with its share right.
	await trainer.getByRole('button', { name: 'Summary' }).click();
	await expect(trainer.locator('[data-summary]')).toContainText('Quiz question 2: 50% right');
	for (const page of [trainer, first, second]) await page.context().close();
});
