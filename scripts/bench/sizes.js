// What a first visit to each route downloads, read from the browser's network log: every same-origin
// script and stylesheet fetched until the page is hydrated and the network has been idle for 500 ms (module
// preloads, the entry, and chunks imported dynamically on load). Bytes are gzipped at level 9 here, so the
// numbers do not depend on how the server compresses.
import { gzipSync } from 'node:zlib';

/**
 * @typedef {{ path: string, kind: 'js' | 'css', raw: number, gzip: number, inHtml: boolean }} LoadedFile
 * @typedef {{ raw: number, gzip: number, files: number }} Total
 * @typedef {{ status: 'ok', path: string, js: Total, css: Total, files: LoadedFile[] }
 *   | { status: 'missing', path: string, httpStatus?: number }} RouteSize
 */

/**
 * @param {string} contentType
 * @returns {'js' | 'css' | undefined}
 */
export function kindOf(contentType) {
	if (/javascript/.test(contentType)) return 'js';
	if (/text\/css/.test(contentType)) return 'css';
	return undefined;
}

/**
 * Adds up loaded files per kind.
 * @param {LoadedFile[]} files
 * @param {'js' | 'css'} kind
 * @returns {Total}
 */
export function totalOf(files, kind) {
	const mine = files.filter((f) => f.kind === kind);
	return {
		raw: mine.reduce((sum, f) => sum + f.raw, 0),
		gzip: mine.reduce((sum, f) => sum + f.gzip, 0),
		files: mine.length
	};
}

/**
 * @param {import('playwright').Browser} browser
 * @param {string} base e.g. http://127.0.0.1:4180
 * @param {{ name: string, path: string }[]} routes
 * @returns {Promise<Record<string, RouteSize>>}
 */
export async function measureSizes(browser, base, routes) {
	/** @type {Record<string, RouteSize>} */
	const result = {};
	for (const route of routes) result[route.name] = await measureRoute(browser, base, route.path);
	return result;
}

/**
 * @param {import('playwright').Browser} browser
 * @param {string} base
 * @param {string} path
 * @returns {Promise<RouteSize>}
 */
async function measureRoute(browser, base, path) {
	// A fresh context: nothing cached. Service workers blocked: their precaching is not what the page loads.
	const context = await browser.newContext({
		serviceWorkers: 'block',
		viewport: { width: 1280, height: 720 }
	});
	const page = await context.newPage();
	const origin = new URL(base).origin;
	/** @type {Promise<Omit<LoadedFile, 'inHtml'> | undefined>[]} */
	const pending = [];
	page.on('response', (response) => {
		const url = new URL(response.url());
		const kind = kindOf(response.headers()['content-type'] ?? '');
		if (url.origin !== origin || !kind || response.status() !== 200) return;
		pending.push(
			response.body().then(
				(body) => ({
					path: url.pathname,
					kind,
					raw: body.length,
					gzip: gzipSync(body, { level: 9 }).length
				}),
				() => undefined
			)
		);
	});
	try {
		const response = await page.goto(base + path);
		if (!response || response.status() !== 200) {
			return { status: 'missing', path, httpStatus: response?.status() };
		}
		const html = await response.text();
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, {
			timeout: 30_000
		});
		await page.waitForLoadState('networkidle');
		const loaded = (await Promise.all(pending)).filter((f) => f !== undefined);
		// Each file once (a module can be both preloaded and imported).
		const unique = [...new Map(loaded.map((f) => [f.path, f])).values()];
		/** @type {LoadedFile[]} */
		const files = unique
			.map((f) => ({ ...f, inHtml: html.includes(f.path.split('/').pop() ?? f.path) }))
			.sort((a, b) => b.gzip - a.gzip);
		return { status: 'ok', path, js: totalOf(files, 'js'), css: totalOf(files, 'css'), files };
	} finally {
		await context.close();
	}
}
