#!/usr/bin/env node
// What a first visit downloads: for each page given, the JavaScript and CSS its prerendered HTML loads
// (module preloads, scripts, stylesheets), raw and gzipped at level 9, plus the lazily loaded chunks that
// page's route imports on hydration. Run after `npm run build`:
//   node scripts/bundle-size.js / /learn/emulated-disk-read/3/
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve('build');
const pages = process.argv.slice(2);
if (pages.length === 0) pages.push('/', '/learn/emulated-disk-read/3/');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

for (const page of pages) {
	const htmlPath = join(root, page, 'index.html');
	const html = readFileSync(htmlPath, 'utf8');
	const urls = new Set(
		[...html.matchAll(/(?:href|src)="([^"]+\.(?:js|css))"|import\("([^"]+\.js)"\)/g)].map(
			(match) => match[1] ?? match[2]
		)
	);
	let js = { raw: 0, gzip: 0 };
	let css = { raw: 0, gzip: 0 };
	for (const url of urls) {
		const file = resolve(join(root, page), url);
		const bytes = readFileSync(file);
		const target = file.endsWith('.css') ? css : js;
		target.raw += bytes.length;
		target.gzip += gzipSync(bytes, { level: 9 }).length;
	}
	console.log(
		`${page}  JS ${kb(js.gzip)} gzip (${kb(js.raw)} raw, ${[...urls].filter((u) => u.endsWith('.js')).length} files)` +
			`  CSS ${kb(css.gzip)} gzip (${kb(css.raw)} raw)`
	);
}
