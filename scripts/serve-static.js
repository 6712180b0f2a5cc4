#!/usr/bin/env node
// Serves the built site (build/) the way a plain static host does (see static-files.js). Tests and screenshots
// run against this, not a dev server, so they see exactly what a reader of the published site sees. With --base
// the site is served under that sub-path only (a build made with the same BASE_PATH), as on a host that
// publishes it in a folder. With --gzip it compresses text the way production hosts do (npm run bench measures
// load times with it).
//   node scripts/serve-static.js [--port 4173] [--host 127.0.0.1] [--dir build] [--base /enlighten] [--gzip]
// --port 0 takes any free port; the line printed at start names it.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { staticFiles } from './static-files.js';

const arg = (name, fallback) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg('--port', 4173));
const dir = arg('--dir', 'build');
const base = (arg('--base', '') ?? '').replace(/\/+$/, '');
const host = arg('--host', undefined);
const gzip = process.argv.includes('--gzip');

const server = createServer(staticFiles({ dir, base, gzip }));
server.listen(port, host, () => {
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	console.log(`Serving ${resolve(dir)} at http://${host ?? 'localhost'}:${actual}${base}/`);
});
