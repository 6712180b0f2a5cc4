import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { call, client, next, record, startClassroom, wait } from './testing.js';

let server: Awaited<ReturnType<typeof startClassroom>>;
const sockets: Socket[] = [];
beforeAll(async () => {
	server = await startClassroom({ maxLearners: 5, maxRooms: 12 });
});
afterAll(async () => {
	for (const s of sockets) s.disconnect();
	await server.close();
});

async function open() {
	const s = await client(server.url);
	sockets.push(s);
	return s;
}

/** A trainer with a room, and `n` learners in it. */
async function room(n = 2) {
	const trainer = await open();
	const opened = await call(trainer, 'trainer:open', {});
	expect(opened).toMatchObject({ ok: true, code: expect.stringMatching(/^[A-Z2-9]{5}$/) });
	const learners: Socket[] = [];
	for (let i = 0; i < n; i++) {
		const learner = await open();
		const joined = await call(learner, 'learner:join', {
			code: opened.code,
			id: `learner-${i}-xyz`
		});
		expect(joined).toMatchObject({ ok: true, mode: 'follow' });
		learners.push(learner);
	}
	const as = { code: opened.code, key: opened.key };
	return { trainer, learners, as };
}

const question = {
	ref: { kind: 'predict', lesson: 'emulated-disk-read', step: 4 },
	options: ['vmbus', 'hypervisor', 'root-kernel'],
	correct: 'vmbus'
};

describe('classroom server', () => {
	it('gives a joining learner a random nickname, and says when a room is unknown', async () => {
		const learner = await open();
		expect(await call(learner, 'learner:join', { code: 'QQQQQ', id: 'someone-123' })).toEqual({
			ok: false,
			error: 'unknown-room'
		});
		const { as } = await room(0);
		const joined = await call(learner, 'learner:join', { code: as.code, id: 'someone-123' });
		expect(joined.nickname).toMatch(/^\w+ \w+ \d\d$/);
		expect(joined.values).toEqual({});
	});

	it('steers following learners, and a learner who joins later catches up', async () => {
		const { trainer, learners, as } = await room(2);
		const arriving = learners.map((l) => next(l, 'room:set'));
		expect(
			await call(trainer, 'trainer:set', { ...as, name: 'path', value: '"/learn/x/2/"' })
		).toEqual({ ok: true });
		for (const got of await Promise.all(arriving))
			expect(got).toEqual({ name: 'path', value: '"/learn/x/2/"' });
		const late = await open();
		const joined = await call(late, 'learner:join', { code: as.code, id: 'late-comer-1' });
		expect(joined.values).toEqual({ path: '"/learn/x/2/"' });
	});

	it('tells the trainer who follows and who browses free', async () => {
		const { trainer, learners } = await room(2);
		const update = next(trainer, 'room:attendance');
		await call(learners[0]!, 'learner:mode', { mode: 'free' });
		expect(await update).toEqual({ present: 2, following: 1 });
	});

	it('runs a question: learners answer, the trainer sees the split, the reveal reaches every device', async () => {
		const { trainer, learners, as } = await room(3);
		const asked = learners.map((l) => next(l, 'room:question'));
		await call(trainer, 'trainer:ask', { ...as, question });
		for (const q of await Promise.all(asked)) {
			expect(q).toEqual({ seq: 1, ref: question.ref, options: question.options, revealed: false });
			expect(q).not.toHaveProperty('correct');
		}
		const picks = ['vmbus', 'vmbus', 'hypervisor'];
		for (const [i, learner] of learners.entries()) {
			const tallied = next(trainer, 'room:tally');
			expect(await call(learner, 'learner:answer', { question: 1, choice: picks[i] })).toEqual({
				ok: true
			});
			await tallied;
		}
		expect(await call(learners[0]!, 'learner:answer', { question: 1, choice: 'nowhere' })).toEqual({
			ok: false,
			error: 'not-an-option'
		});
		const revealed = learners.map((l) => next(l, 'room:question'));
		await call(trainer, 'trainer:reveal', as);
		for (const q of await Promise.all(revealed))
			expect(q).toMatchObject({
				revealed: true,
				correct: 'vmbus',
				counts: { vmbus: 2, hypervisor: 1, 'root-kernel': 0 }
			});
		const summary = next(learners[0]!, 'room:summary');
		await call(trainer, 'trainer:summary', as);
		expect(await summary).toEqual({
			results: [{ seq: 1, ref: question.ref, answered: 3, right: 2 }]
		});
	});

	it('catches a learner up after a dropped connection: the step, the open question and their answer', async () => {
		const { trainer, learners, as } = await room(1);
		await call(trainer, 'trainer:ask', { ...as, question });
		await call(learners[0]!, 'learner:answer', { question: 1, choice: 'hypervisor' });
		learners[0]!.disconnect();
		await call(trainer, 'trainer:set', { ...as, name: 'path', value: '"/learn/x/5/"' });
		const back = await open();
		const joined = await call(back, 'learner:join', { code: as.code, id: 'learner-0-xyz' });
		expect(joined).toMatchObject({
			values: { path: '"/learn/x/5/"' },
			question: { seq: 1, revealed: false },
			answer: 'hypervisor'
		});
	});

	it("keeps the room through the trainer's reload: the key takes it back", async () => {
		const { trainer, learners, as } = await room(1);
		trainer.disconnect();
		const reloaded = await open();
		expect(await call(reloaded, 'trainer:open', as)).toMatchObject({
			ok: true,
			code: as.code,
			attendance: { present: 1, following: 1 }
		});
		const arriving = next(learners[0]!, 'room:set');
		await call(reloaded, 'trainer:set', { ...as, name: 'path', value: '"/explore/"' });
		expect(await arriving).toEqual({ name: 'path', value: '"/explore/"' });
		expect(await call(reloaded, 'trainer:open', { ...as, key: 'x'.repeat(24) })).toEqual({
			ok: false,
			error: 'not-trainer'
		});
	});

	it("refuses a learner's forged trainer messages, and no one else sees them", async () => {
		const { trainer, learners, as } = await room(2);
		const [forger, bystander] = learners as [Socket, Socket];
		const seen = record(bystander);
		const trainerSeen = record(trainer);
		const forged: [string, object][] = [
			['trainer:set', { name: 'path', value: '"/glossary/"' }],
			['trainer:ask', { question }],
			['trainer:reveal', {}],
			['trainer:close', {}]
		];
		for (const [event, extra] of forged)
			expect(
				await call(forger, event, { code: as.code, key: 'guessed-key-000000000', ...extra })
			).toEqual({ ok: false, error: 'not-trainer' });
		// Even with the right key: a learner's connection never steers.
		expect(await call(forger, 'trainer:reveal', as)).toEqual({ ok: false, error: 'not-trainer' });
		await wait(100);
		expect(seen).toEqual([]);
		expect(trainerSeen).toEqual([]);
	});

	it('caps learners per room and rooms per server', async () => {
		const { as } = await room(5);
		const sixth = await open();
		expect(await call(sixth, 'learner:join', { code: as.code, id: 'sixth-one-1' })).toEqual({
			ok: false,
			error: 'room-full'
		});
		const rooms: Awaited<ReturnType<typeof room>>[] = [];
		for (let i = server.rooms.size; i < 12; i++) rooms.push(await room(0));
		expect(await call(await open(), 'trainer:open', {})).toEqual({
			ok: false,
			error: 'too-many-rooms'
		});
		for (const { trainer, as: own } of rooms) await call(trainer, 'trainer:close', own);
	});

	it('refuses a connection from a page on another site', async () => {
		await expect(
			client(server.url, { extraHeaders: { origin: 'http://evil.example' } })
		).rejects.toThrow();
		const own = await client(server.url, { extraHeaders: { origin: server.url } });
		sockets.push(own);
		expect(own.connected).toBe(true);
	});
});
