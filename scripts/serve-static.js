#!/usr/bin/env node
// Serves the built site (build/) the way a plain static host does: files as they are, a folder's index.html,
// and 404.html with status 404 for anything else. Tests and screenshots run against this, not a dev server,
// so they see exactly what a reader of the published site sees. With --base the site is served under that
// sub-path only (a build made with the same BASE_PATH), as on a host that publishes it in a folder.
// With --gzip it compresses text the way production hosts do (npm run bench measures load times with it).
//   node scripts/serve-static.js [--port 4173] [--host 127.0.0.1] [--dir build] [--base /enlighten] [--gzip]
// --port 0 takes any free port; the line printed at start names it.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const arg = (name, fallback) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg('--port', 4173));
const root = resolve(arg('--dir', 'build'));
const base = (arg('--base', '') ?? '').replace(/\/+$/, '');
const host = arg('--host', undefined);
const gzip = process.argv.includes('--gzip');
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest', '.txt']);

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8'
};

/** The file a decoded URL path names, or undefined; never anything outside the root. */
function fileFor(pathname) {
	const path = normalize(join(root, pathname));
	if (path !== root && !path.startsWith(root + sep)) return undefined;
	if (existsSync(path) && statSync(path).isFile()) return path;
	const index = join(path, 'index.html');
	if (existsSync(index)) return index;
	return undefined;
}

const server = createServer((req, res) => {
	const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
		return;
	}
	if (base && decoded !== base && !decoded.startsWith(`${base}/`)) {
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
		return;
	}
	let file = fileFor(decoded.slice(base.length) || '/');
	// Like nginx, Apache and GitHub Pages: a folder without its slash redirects to it with one.
	if (file?.endsWith(`${sep}index.html`) && !decoded.endsWith('/')) {
		res.writeHead(301, { location: `${pathname}/${search}` }).end();
		return;
	}
	const status = file ? 200 : 404;
	file ??= join(root, '404.html');
	const compress =
		gzip &&
		compressible.has(extname(file)) &&
		/\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
	res.writeHead(status, {
		'content-type': types[extname(file)] ?? 'application/octet-stream',
		'cache-control': file.includes('/_app/immutable/')
			? 'public, max-age=31536000, immutable'
			: 'no-cache',
		...(gzip ? { vary: 'accept-encoding' } : {}),
		...(compress ? { 'content-encoding': 'gzip' } : {})
	});
	const body = createReadStream(file);
	(compress ? body.pipe(createGzip({ level: 9 })) : body).pipe(res);
});
server.listen(port, host, () => {
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	console.log(`Serving ${root} at http://${host ?? 'localhost'}:${actual}${base}/`);
});
