// What a page fetches to style its first paint: at most the two style sheets every page or every lesson shares
// (the layout's and the lesson player's, cached once). The style sheets of components loaded later (the live
// diagram, the presenter) come with them (scripts/lazy-styles.js); the page's own small ones are in its head
// (kit.inlineStyleThreshold). The speed itself is measured by `npm run bench`.
import { expect, test } from '@playwright/test';
import { diagramLive, useDiagram } from './diagram';

const pages = [
	'/',
	'/learn/emulated-disk-read/3/',
	'/learn/emulated-disk-read/quiz/',
	'/learn/emulated-disk-read/print/',
	'/embed/emulated-disk-read/3/',
	'/explore/',
	'/nl/learn/emulated-disk-read/3/'
];

for (const path of pages) {
	test(`${path}: at most two style sheets to fetch before the first paint, none of code loaded later`, async ({
		request
	}) => {
		const html = await (await request.get(path)).text();
		const head = html.slice(0, html.indexOf('</head>'));
		// SvelteKit keeps an inlined sheet's link, disabled, so its router knows the page has it: not fetched.
		const blocking = [...head.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
			.map(([link]) => link)
			.filter((link) => !/\sdisabled[\s>]/.test(link));
		expect(blocking.length).toBeLessThanOrEqual(2);
		expect(blocking.filter((link) => /\/(Diagram|PresenterControls)\./.test(link))).toEqual([]);
		expect(head).toMatch(/<style>[\s\S]+?<\/style>/);
	});
}

test('the live diagram, loaded when the learner reaches for it, is styled as before', async ({
	page
}) => {
	await page.goto('/learn/emulated-disk-read/3/');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await useDiagram(page);
	await diagramLive(page);
	// Svelte Flow's own sheet (part of the live diagram's) positions its viewport; without it the boxes would sit
	// in the page's flow instead of on the pane.
	await expect(page.locator('.svelte-flow__viewport')).toHaveCSS('position', 'absolute');
	await expect(page.locator('.svelte-flow').first()).toHaveCSS('overflow', 'hidden');
});

// A lesson step told on a drawn scene is prerendered with the scene's SVG; its style sheet must come with the HTML,
// not with the scene's code at hydration. Without it, for a moment (or for good, without JavaScript) every route is
// a black filled shape and every box a black block.
for (const path of [
	'/learn/high-availability/3/',
	'/learn/snapshots/5/',
	'/learn/sizing/3/',
	'/learn/requirements-and-boot/3/',
	'/learn/big-picture/16/'
]) {
	test(`${path}: the prerendered scene is styled before any script runs`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(path);
		const scene = page.locator('svg.scene');
		await expect(scene).toBeVisible();
		// Only the scene's style sheet gives these: an SVG path or rect is filled black by default.
		await expect(scene.locator('path.route').first()).toHaveCSS('fill', 'none');
		await expect(scene.locator('.component:not(.ghost) rect').first()).not.toHaveCSS(
			'fill',
			'rgb(0, 0, 0)'
		);
		await context.close();
	});
}

// A comparison step loads its drawing and totals table apart from the page's code (lessons/compare-parts.ts);
// their styles must still come with the HTML: unstyled, the totals' row names sit centred and the runs' paths fill.
test('a comparison step is styled before any script runs', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/learn/network-io/14/');
	await expect(page.locator('.compare-layer')).toBeVisible();
	await expect(page.locator('.compare-totals th[scope="row"]').first()).toHaveCSS(
		'text-align',
		'left'
	);
	await context.close();
});
