#!/usr/bin/env node
// `npm run bench:classroom`: one classroom server process (scripts/classroom.js) with 200 simulated learners in
// one room, all real Socket.IO clients on loopback. Measures how long a trainer's step takes to reach every
// learner (fan-out latency p50/p95/max) and how many answers per second the server takes in, and checks no
// learner was lost. Bounded: a fixed number of clients and rounds, and a time limit for the whole run.
//   npm run bench:classroom -- [--learners 200] [--steps 30] [--rounds 3] [--json]
// Budget: step fan-out p95 ≤ 250 ms, no client lost. Exits 1 when the budget is missed.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { io as connect } from 'socket.io-client';
import { median, percentile, round } from './stats.js';
import { table } from './report.js';

const arg = (name, fallback) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const LEARNERS = arg('--learners', 200);
const STEPS = arg('--steps', 30);
const ROUNDS = arg('--rounds', 3);
const BUDGET_P95_MS = 250;
const LIMIT_MS = 120_000;

const deadline = setTimeout(() => {
	console.error(`bench:classroom gave up after ${LIMIT_MS / 1000} s`);
	process.exit(1);
}, LIMIT_MS);

// The server serves a site too; one page stands in for the build, which this does not measure.
const site = mkdtempSync(join(tmpdir(), 'classroom-bench-'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>bench</title>');
const server = spawn(
	process.execPath,
	['scripts/classroom.js', '--port', '0', '--host', '127.0.0.1', '--dir', site],
	{ env: { ...process.env, CLASSROOM_MAX_LEARNERS: String(LEARNERS + 10) } }
);
const url = await new Promise((resolve, reject) => {
	let output = '';
	server.stdout.on('data', (chunk) => {
		output += chunk;
		const port = output.match(/on port (\d+)/)?.[1];
		if (port) resolve(`http://127.0.0.1:${port}`);
	});
	server.on('exit', (code) => reject(new Error(`the server exited (${code}): ${output}`)));
});

const open = () =>
	new Promise((resolve, reject) => {
		const socket = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false });
		socket.once('connect', () => resolve(socket));
		socket.once('connect_error', reject);
	});
const call = (socket, event, data) => socket.timeout(10_000).emitWithAck(event, data);

const trainer = await open();
const { code, key } = await call(trainer, 'trainer:open', {});
const learners = [];
let lost = 0;
for (let i = 0; i < LEARNERS; i++) {
	const learner = await open();
	const joined = await call(learner, 'learner:join', { code, id: `bench-learner-${i}` });
	if (!joined.ok) throw new Error(`learner ${i} could not join: ${joined.error}`);
	learner.on('disconnect', () => lost++);
	learners.push(learner);
}

// Step fan-out: the trainer moves on; every learner notes when the step arrives.
const latencies = [];
const received = new Array(LEARNERS).fill(0);
let sentAt = 0;
learners.forEach((learner, i) =>
	learner.on('room:set', () => {
		latencies.push(performance.now() - sentAt);
		received[i]++;
	})
);
for (let step = 1; step <= STEPS; step++) {
	const before = latencies.length;
	sentAt = performance.now();
	await call(trainer, 'trainer:set', { code, key, name: 'path', value: `"/learn/bench/${step}/"` });
	while (latencies.length < before + LEARNERS - lost && performance.now() - sentAt < 5000)
		await new Promise((resolve) => setTimeout(resolve, 5));
	await new Promise((resolve) => setTimeout(resolve, 50));
}

// Answers: the trainer asks, every learner answers at once, until the trainer's tally counts them all.
const rates = [];
for (let round = 1; round <= ROUNDS; round++) {
	const asked = await call(trainer, 'trainer:ask', {
		code,
		key,
		question: {
			ref: { kind: 'choice', lesson: 'bench', index: round },
			options: ['0', '1', '2', '3'],
			correct: '1'
		}
	});
	if (!asked.ok) throw new Error(`could not ask: ${asked.error}`);
	const seq = round;
	const all = new Promise((resolve) => {
		const on = (tally) => {
			if (tally?.seq === seq && tally.answered >= LEARNERS - lost) {
				trainer.off('room:tally', on);
				resolve(undefined);
			}
		};
		trainer.on('room:tally', on);
	});
	const start = performance.now();
	learners.forEach((learner, i) =>
		learner.emit('learner:answer', { question: seq, choice: String(i % 4) })
	);
	await all;
	rates.push(LEARNERS / ((performance.now() - start) / 1000));
	await call(trainer, 'trainer:reveal', { code, key });
}

const missed = received.filter((n) => n !== STEPS).length;
const p95 = percentile(latencies, 95);
const result = {
	learners: LEARNERS,
	steps: STEPS,
	fanout: {
		p50: round(median(latencies)),
		p95: round(p95),
		max: round(Math.max(...latencies))
	},
	answersPerSecond: round(median(rates), 0),
	lost,
	missedSteps: missed
};
const ok = p95 !== undefined && p95 <= BUDGET_P95_MS && lost === 0 && missed === 0;

for (const socket of [trainer, ...learners]) socket.disconnect();
server.kill();
clearTimeout(deadline);

if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else {
	console.log(
		`\nClassroom: ${LEARNERS} learners in one room, ${STEPS} steps, ${ROUNDS} answer rounds\n`
	);
	for (const line of table([
		['measure', 'value', 'budget'],
		['step fan-out p50', `${result.fanout.p50} ms`, ''],
		['step fan-out p95', `${result.fanout.p95} ms`, `≤ ${BUDGET_P95_MS} ms`],
		['step fan-out max', `${result.fanout.max} ms`, ''],
		['answers per second (median)', String(result.answersPerSecond), ''],
		['learners lost', String(result.lost), '0'],
		['learners that missed a step', String(missed), '0']
	]))
		console.log(`  ${line}`);
	console.log(ok ? '\nWithin budget.' : '\nOVER BUDGET.');
}
process.exit(ok ? 0 : 1);
