// Answers requests for the built site the way a plain static host does: files as they are, a folder's
// index.html, and 404.html with status 404 for anything else. Used by scripts/serve-static.js and by the
// classroom server (scripts/classroom.js). With `base` the site is served under that sub-path only; with `gzip`
// text is compressed the way production hosts do.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

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

/**
 * @param {{ dir?: string, base?: string, gzip?: boolean }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function staticFiles({ dir = 'build', base = '', gzip = false } = {}) {
	const root = resolve(dir);
	base = base.replace(/\/+$/, '');

	/** The file a decoded URL path names, or undefined; never anything outside the root. */
	function fileFor(/** @type {string} */ pathname) {
		const path = normalize(join(root, pathname));
		if (path !== root && !path.startsWith(root + sep)) return undefined;
		if (existsSync(path) && statSync(path).isFile()) return path;
		const index = join(path, 'index.html');
		if (existsSync(index)) return index;
		return undefined;
	}

	return (req, res) => {
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
		const ext = /** @type {keyof typeof types} */ (extname(file));
		const compress =
			gzip && compressible.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		res.writeHead(status, {
			'content-type': types[ext] ?? 'application/octet-stream',
			'cache-control': file.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			...(gzip ? { vary: 'accept-encoding' } : {}),
			...(compress ? { 'content-encoding': 'gzip' } : {})
		});
		const body = createReadStream(file);
		(compress ? body.pipe(createGzip({ level: 9 })) : body).pipe(res);
	};
}
