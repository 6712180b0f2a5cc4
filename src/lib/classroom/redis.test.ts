/**
 * Two classroom server processes share their rooms through a real Redis (Debian's redis-server, which .ci/run
 * installs): a trainer on one steers a learner on the other, and sees that learner's answer.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, client, next, wait } from './testing.js';

const children: ChildProcess[] = [];

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/** Starts a process and resolves once a line of its output matches `ready`. */
function start(
	command: string,
	args: string[],
	ready: RegExp,
	env = {}
): Promise<RegExpMatchArray> {
	const child = spawn(command, args, { env: { ...process.env, ...env } });
	children.push(child);
	return new Promise((resolve, reject) => {
		let output = '';
		const timer = setTimeout(
			() => reject(new Error(`${command} did not start:\n${output}`)),
			30_000
		);
		const read = (chunk: Buffer) => {
			output += chunk;
			const match = output.match(ready);
			if (match) {
				clearTimeout(timer);
				resolve(match);
			}
		};
		child.stdout.on('data', read);
		child.stderr.on('data', read);
		child.on('exit', (code) => reject(new Error(`${command} exited (${code}):\n${output}`)));
	});
}

let servers: string[] = [];

beforeAll(async () => {
	const installed = spawnSync('redis-server', ['--version']).status === 0;
	if (!installed)
		throw new Error('redis-server is missing: apt-get install -y redis-server (.ci/run does this)');
	const redisPort = await freePort();
	await start(
		'redis-server',
		['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
		/Ready to accept connections/
	);
	// The servers need a site to serve, not this test: one page stands in for the build.
	const site = mkdtempSync(join(tmpdir(), 'classroom-site-'));
	writeFileSync(join(site, 'index.html'), '<!doctype html><title>site</title>');
	const env = { CLASSROOM_REDIS_URL: `redis://127.0.0.1:${redisPort}` };
	const args = ['scripts/classroom.js', '--port', '0', '--host', '127.0.0.1', '--dir', site];
	const first = await start('node', args, /on port (\d+)[\s\S]*Rooms shared through Redis/, env);
	const second = await start('node', args, /on port (\d+)[\s\S]*Rooms shared through Redis/, env);
	servers = [first[1]!, second[1]!].map((port) => `http://127.0.0.1:${port}`);
}, 90_000);

afterAll(() => {
	for (const child of children) child.kill();
});

describe('classroom over Redis', () => {
	it('lets a trainer on one process steer a learner on another', async () => {
		const trainer = await client(servers[0]!);
		const learner = await client(servers[1]!);
		const { code, key } = await call(trainer, 'trainer:open', {});
		// The room reaches the other process over Redis in a moment.
		let joined = await call(learner, 'learner:join', { code, id: 'learner-far-1' });
		for (let i = 0; i < 20 && !joined.ok; i++) {
			await wait(50);
			joined = await call(learner, 'learner:join', { code, id: 'learner-far-1' });
		}
		expect(joined).toMatchObject({ ok: true, code });

		const arriving = next(learner, 'room:set');
		await call(trainer, 'trainer:set', { code, key, name: 'path', value: '"/learn/x/3/"' });
		expect(await arriving).toEqual({ name: 'path', value: '"/learn/x/3/"' });

		const asked = next(learner, 'room:question');
		await call(trainer, 'trainer:ask', {
			code,
			key,
			question: {
				ref: { kind: 'choice', lesson: 'x', index: 0 },
				options: ['0', '1'],
				correct: '1'
			}
		});
		const question = await asked;
		const tallied = next(trainer, 'room:tally');
		expect(await call(learner, 'learner:answer', { question: question.seq, choice: '1' })).toEqual({
			ok: true
		});
		expect(await tallied).toEqual({ seq: 1, answered: 1, counts: { '0': 0, '1': 1 } });

		// A learner's forged steering is refused on the process it reached, and never crosses over.
		const forger = await client(servers[1]!);
		await call(forger, 'learner:join', { code, id: 'forger-far-1' });
		expect(
			await call(forger, 'trainer:set', { code, key: 'x'.repeat(24), name: 'path', value: '"/"' })
		).toEqual({ ok: false, error: 'not-trainer' });
		for (const s of [trainer, learner, forger]) s.disconnect();
	}, 20_000);
});
