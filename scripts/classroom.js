#!/usr/bin/env node
// `npm run classroom`: one process that serves the built site and the classroom's Socket.IO endpoint on the local
// network, so learners follow the trainer on their own devices. Builds the site first when build/ is missing.
//   npm run classroom -- [--port 4400] [--host 0.0.0.0] [--dir build]
// Environment (each flag has one; the flag wins): CLASSROOM_PORT, CLASSROOM_HOST, CLASSROOM_DIR,
// CLASSROOM_REDIS_URL (share rooms between processes), CLASSROOM_ORIGINS (comma-separated extra origins, for a
// proxy in front), CLASSROOM_MAX_ROOMS, CLASSROOM_MAX_LEARNERS, BASE_PATH (as the build had it).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { renderUnicodeCompact } from 'uqr';
import { attachClassroom } from '../src/lib/classroom/server.js';
import { staticFiles } from './static-files.js';

const arg = (name, env, fallback) => {
	const i = process.argv.indexOf(name);
	if (i > 0 && process.argv[i + 1] !== undefined) return process.argv[i + 1];
	return process.env[env] || fallback;
};
const port = Number(arg('--port', 'CLASSROOM_PORT', '4400'));
const host = arg('--host', 'CLASSROOM_HOST', '0.0.0.0');
const dir = arg('--dir', 'CLASSROOM_DIR', 'build');
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const redisUrl = process.env.CLASSROOM_REDIS_URL;
const positive = (value, fallback) => (Number(value) > 0 ? Math.floor(Number(value)) : fallback);

if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`--port must be a port number (0 to 65535), not "${port}".`);
	process.exit(2);
}

if (!existsSync(join(dir, 'index.html'))) {
	console.log(`No built site in ${dir}/: building it first (npm run build)…`);
	const built = spawnSync('npm', ['run', 'build'], {
		stdio: 'inherit',
		env: { ...process.env, BUILD_DIR: dir }
	});
	if (built.status !== 0) process.exit(built.status ?? 1);
}

/** Connects the Redis adapter, so several processes behind a load balancer share their rooms. */
async function redisAdapter(url) {
	const [{ createClient }, { createAdapter }] = await Promise.all([
		import('redis'),
		import('@socket.io/redis-adapter')
	]);
	const pub = createClient({ url });
	const sub = pub.duplicate();
	for (const client of [pub, sub])
		client.on('error', (error) => console.error(`Redis: ${error.message}`));
	await Promise.all([pub.connect(), sub.connect()]);
	return { adapter: createAdapter(pub, sub), clients: [pub, sub] };
}

const files = staticFiles({ dir, base });
/** The address learners join at, once the server listens. */
let joinAddress;
const server = createServer((req, res) => {
	// Tells the site that a classroom server is here: the static site alone has no such file, and shows no
	// classroom controls.
	if (req.url?.split('?')[0] === `${base}/classroom.json`) {
		res
			.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
			.end(JSON.stringify({ classroom: 1, join: joinAddress }));
		return;
	}
	files(req, res);
});

const redis = redisUrl ? await redisAdapter(redisUrl) : undefined;
const classroom = attachClassroom(server, {
	path: `${base}/socket.io`,
	adapter: redis?.adapter,
	origins: (process.env.CLASSROOM_ORIGINS ?? '').split(',').filter(Boolean),
	maxRooms: positive(process.env.CLASSROOM_MAX_ROOMS, 50),
	maxLearners: positive(process.env.CLASSROOM_MAX_LEARNERS, 300),
	log: (line) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`)
});

/** The addresses learners on the local network can reach this machine by. */
function lanAddresses() {
	return Object.values(networkInterfaces())
		.flat()
		.filter((a) => a && a.family === 'IPv4' && !a.internal)
		.map((a) => a.address);
}

server.on('error', (error) => {
	console.error(
		error.code === 'EADDRINUSE'
			? `Port ${port} is in use: choose another with --port or CLASSROOM_PORT.`
			: error.message
	);
	process.exit(1);
});
server.listen(port, host, () => {
	const address = server.address();
	const actual = typeof address === 'object' && address ? address.port : port;
	const shown = host === '0.0.0.0' || host === '::' ? (lanAddresses()[0] ?? 'localhost') : host;
	const join = `http://${shown}:${actual}${base}/join/`;
	joinAddress = join;
	console.log(`Enlighten classroom: serving ${dir}/ and the classroom on port ${actual}`);
	console.log(
		`  Trainer: http://localhost:${actual}${base}/ (open a lesson, press S, then "Open a classroom")`
	);
	console.log(`  Learners join at: ${join}`);
	if (redis)
		console.log(`  Rooms shared through Redis at ${redisUrl.replace(/\/\/[^@]*@/, '//…@')}`);
	console.log(renderUnicodeCompact(join, { border: 1 }));
});

async function stop() {
	await classroom.close();
	for (const client of redis?.clients ?? []) await client.quit().catch(() => {});
	process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
