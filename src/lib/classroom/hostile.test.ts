/**
 * 300+ generated malformed and hostile messages at a running server: wrong types, huge payloads, unknown
 * events, forged trainer messages, answers to nothing, floods. Each is refused, the server stays up, and the
 * trainer and a learner in the same room see none of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonValue, pick, seeded } from '$lib/testing/fuzz';
import { clientEvents } from './protocol.js';
import { call, client, record, startClassroom, wait } from './testing.js';

const RATE = { perSecond: 200, burst: 200 };
let server: Awaited<ReturnType<typeof startClassroom>>;
beforeAll(async () => {
	server = await startClassroom({ rate: RATE });
});
afterAll(() => server.close());

const KEYS = [
	'code',
	'key',
	'id',
	'nickname',
	'name',
	'value',
	'question',
	'mode',
	'choice',
	'ref'
];
const ATOMS = [
	null,
	true,
	0,
	-1,
	1e308,
	'',
	'ACDEF',
	'<img src=x onerror=alert(1)>',
	'__proto__',
	[],
	{}
];

describe('classroom server under hostile input', () => {
	it('refuses every one of 300+ bad messages, stays up, and no other client sees them', async () => {
		const r = seeded(18);
		const trainer = await client(server.url);
		const { code, key } = await call(trainer, 'trainer:open', {});
		const bystander = await client(server.url);
		await call(bystander, 'learner:join', { code, id: 'bystander-1' });
		let hostile = await client(server.url);
		await call(hostile, 'learner:join', { code, id: 'hostile-01' });
		const trainerSeen = record(trainer);
		const bystanderSeen = record(bystander);

		const messages: [string, ...unknown[]][] = [];
		const events = Object.keys(clientEvents);
		// Known events, wrong shapes: 120.
		for (let i = 0; i < 120; i++) {
			const event = pick(r, events);
			let data = jsonValue(r, KEYS, ATOMS);
			// {} is a good trainer:open; from a learner's connection it is refused anyway. Keep it a bad shape.
			if (event === 'learner:join') data = { ...Object(data), code: 'ZZZ' };
			messages.push([event, data]);
		}
		// Unknown events: 60.
		const unknown = [
			'room:set',
			'room:question',
			'__proto__',
			'constructor',
			'hasOwnProperty',
			'admin'
		];
		for (let i = 0; i < 60; i++) messages.push([`${pick(r, unknown)}${i % 3 ? i : ''}`, {}]);
		// Forged trainer messages with the right room and a guessed key, then the right key: 60.
		for (let i = 0; i < 60; i++) {
			const guess = i < 50 ? `guess-${i}-${'x'.repeat(20)}` : key;
			messages.push(
				pick(r, [
					['trainer:set', { code, key: guess, name: 'path', value: '"/glossary/"' }],
					['trainer:reveal', { code, key: guess }],
					['trainer:close', { code, key: guess }],
					[
						'trainer:ask',
						{
							code,
							key: guess,
							question: {
								ref: { kind: 'choice', lesson: 'x', index: 0 },
								options: ['0', '1'],
								correct: '0'
							}
						}
					]
				])
			);
		}
		// Answers to no question, two arguments, markup as a choice: 30.
		for (let i = 0; i < 30; i++)
			messages.push(
				pick(r, [
					['learner:answer', { question: i, choice: 'vmbus' }],
					['learner:mode', { mode: 'free' }, { mode: 'follow' }],
					['learner:answer', { question: 1, choice: '<script>' }]
				])
			);

		let refused = 0;
		for (const [event, ...args] of messages) {
			const reply = await hostile.timeout(2000).emitWithAck(event, ...args);
			expect(reply, `${event} ${JSON.stringify(args).slice(0, 200)}`).toMatchObject({ ok: false });
			refused++;
		}

		// Huge payloads (past the 16 KB limit): the server closes that connection. 20.
		for (let i = 0; i < 20; i++) {
			const closed = new Promise((resolve) => hostile.once('disconnect', () => resolve(undefined)));
			hostile.emit('learner:rename', { nickname: 'x'.repeat(20_000 + i) });
			await closed;
			refused++;
			hostile = await client(server.url);
			await call(hostile, 'learner:join', { code, id: 'hostile-01' });
		}

		// A flood: 400 messages at once from one connection; past its rate limit each is refused, and a
		// connection that keeps on is dropped.
		const flooder = await client(server.url, {});
		await call(flooder, 'learner:join', { code, id: 'flooder-01' });
		flooder.io.opts.reconnection = false;
		const floodReplies: Promise<{ ok: boolean }>[] = [];
		const dropped = new Promise((resolve) => flooder.once('disconnect', () => resolve(undefined)));
		const floodStart = Date.now();
		for (let i = 0; i < 400; i++)
			floodReplies.push(
				flooder
					.timeout(3000)
					.emitWithAck('learner:rename', { nickname: `n${i}` })
					.catch(() => ({ ok: false, error: 'dropped' }))
			);
		await dropped;
		const floodSeconds = (Date.now() - floodStart) / 1000;
		const flood = await Promise.all(floodReplies);
		const floodRefused = flood.filter((reply) => !reply.ok).length;
		// The bucket lets through its burst plus what refills while the server works through the flood (longer on
		// a busy machine), and not one message more.
		const floodAccepted = flood.length - floodRefused;
		expect(floodAccepted).toBeLessThanOrEqual(
			Math.ceil(RATE.burst + RATE.perSecond * floodSeconds)
		);
		expect(floodRefused).toBeGreaterThan(0);
		refused += floodRefused;

		expect(refused).toBeGreaterThanOrEqual(300);
		console.log(
			`hostile messages refused: ${refused} (${messages.length} shaped, 20 huge, ${floodRefused} flood)`
		);

		// Still up, and the room still works for those who behave.
		const steer = new Promise((resolve) => bystander.once('room:set', resolve));
		expect(
			await call(trainer, 'trainer:set', { code, key, name: 'path', value: '"/explore/"' })
		).toEqual({ ok: true });
		await steer;
		await wait(50);
		expect(bystanderSeen).toEqual([
			{ event: 'room:set', data: { name: 'path', value: '"/explore/"' } }
		]);
		// The trainer heard only that learners came and went, never a question, answer or value.
		expect(trainerSeen.filter((e) => e.event !== 'room:attendance')).toEqual([]);
		expect(server.rooms.get(code)?.question).toBeUndefined();
		for (const s of [trainer, bystander, hostile]) s.disconnect();
	}, 60_000);
});
