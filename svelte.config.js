import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH publishes the site under a sub-path (`BASE_PATH=/enlighten npm run build`): every link, asset and the
// service worker then live below it. BUILD_DIR writes the site elsewhere than build/, so a sub-path build can sit
// beside the main one.
const basePath = process.env.BASE_PATH?.replace(/\/+$/, '') ?? '';
const buildDir = process.env.BUILD_DIR ?? 'build';

// The script that applies the saved theme (and a speaker window's layout) before the first paint is inlined into
// every page (hooks.server.ts); the policy below allows it by the hash of exactly these bytes.
const firstPaintScript = readFileSync(new URL('./src/lib/first-paint.js', import.meta.url));
const firstPaintScriptHash = `sha256-${createHash('sha256').update(firstPaintScript).digest('base64')}`;

// The languages are Paraglide's (project.inlang/settings.json, the one place they are listed): each one's home page
// and the pages linked only from a browser-filled list or a QR code are prerendered in every one of them.
const { baseLocale, locales } = JSON.parse(
	readFileSync(new URL('./project.inlang/settings.json', import.meta.url), 'utf8')
);
const localePrefixes = locales.map((/** @type {string} */ locale) =>
	locale === baseLocale ? '' : `/${locale}`
);
const unlinked = ['/', '/author/play/', '/join/'];

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: '404.html', strict: true }),
		paths: { base: basePath },
		// The authored-lesson player is linked only from the browser-filled list on /author/; the classroom's join
		// page only from the projector's QR code.
		prerender: {
			entries: ['*', ...localePrefixes.flatMap((prefix) => unlinked.map((path) => prefix + path))]
		},
		// A page's own small style sheets go into its head instead of being fetched: each was one more request before
		// the first paint (a lesson step had seven, on six connections). The two large ones stay files, fetched once
		// for every page: the layout's (9.2 KiB) and the lesson player's (8.4 KiB); inlined, they would add 0.7 MB to
		// what the service worker stores up front (the 47 pages other than lessons carry the layout's). The policy
		// allows inline styles: style-src has 'unsafe-inline', which also keeps SvelteKit from hashing them.
		inlineStyleThreshold: 6 * 1024,
		// src/lib/offline/register.ts registers the worker, so it can tell the reader when a new version took over.
		serviceWorker: { register: false },
		// An error thrown while a page renders shows +error.svelte (through hooks.client.ts handleError) instead of
		// leaving a half-drawn page.
		experimental: { handleRenderingErrors: true },
		// A strict policy in every prerendered page: scripts only from this origin plus the hashes of SvelteKit's
		// own inline start-up script and of the first-paint script. Styles allow inline attributes, which Svelte
		// Flow positions nodes with. worker-src names what script-src already allows: the service worker, a file
		// from this origin.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', firstPaintScriptHash],
				'worker-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};
