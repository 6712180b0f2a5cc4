import { describe, expect, it } from 'vitest';
import type { Question } from './protocol.js';
import {
	apply,
	attendance,
	checkAnswer,
	checkJoin,
	checkTrainer,
	createRooms,
	learnerSnapshot,
	restore,
	serialise,
	staleRooms,
	tally,
	trainerSnapshot,
	type Room
} from './room.js';

function get(rooms: Map<string, Room>, code = 'ACDEF'): Room {
	const room = rooms.get(code);
	if (!room) throw new Error(`no room ${code}`);
	return room;
}

const predict: Question = {
	ref: { kind: 'predict', lesson: 'emulated-disk-read', step: 3 },
	options: ['vmbus', 'hypervisor', 'root-kernel'],
	correct: 'hypervisor'
};

function roomWithLearners(n = 3) {
	const rooms = createRooms();
	apply(rooms, { type: 'open', code: 'ACDEF', keyHash: 'h', at: 0 });
	for (let i = 0; i < n; i++)
		apply(rooms, { type: 'join', code: 'ACDEF', learner: `learner-${i}`, nickname: `L${i}` });
	return rooms;
}

describe('classroom rooms', () => {
	it('lets only the right key hash steer a room, and names an unknown room', () => {
		const rooms = roomWithLearners(0);
		expect(checkTrainer(rooms, 'ACDEF', 'h')).toBeUndefined();
		expect(checkTrainer(rooms, 'ACDEF', 'other')).toBe('not-trainer');
		expect(checkTrainer(rooms, 'ZZZZZ', 'h')).toBe('unknown-room');
	});

	it('sends a changed value to the learners once, and keeps it for those who join later', () => {
		const rooms = roomWithLearners(1);
		const set = {
			type: 'set',
			code: 'ACDEF',
			name: 'path',
			value: '"/learn/x/2/"',
			at: 1
		} as const;
		expect(apply(rooms, set)).toEqual([
			{ to: 'learners', event: 'room:set', data: { name: 'path', value: '"/learn/x/2/"' } }
		]);
		expect(apply(rooms, set)).toEqual([]);
		apply(rooms, { type: 'join', code: 'ACDEF', learner: 'late-learner', nickname: 'Late' });
		expect(learnerSnapshot(get(rooms), 'late-learner').values).toEqual({
			path: '"/learn/x/2/"'
		});
	});

	it('counts who is present and who follows; a reconnect that overlaps the old socket counts once', () => {
		const rooms = roomWithLearners(3);
		apply(rooms, { type: 'mode', code: 'ACDEF', learner: 'learner-1', mode: 'free' });
		apply(rooms, { type: 'join', code: 'ACDEF', learner: 'learner-2', nickname: 'L2' });
		apply(rooms, { type: 'leave', code: 'ACDEF', learner: 'learner-2' });
		apply(rooms, { type: 'leave', code: 'ACDEF', learner: 'learner-0' });
		expect(attendance(get(rooms))).toEqual({ present: 2, following: 1 });
	});

	it('caps the learners of a room but always lets a known learner back in', () => {
		const rooms = roomWithLearners(2);
		expect(checkJoin(rooms, 'ACDEF', 'learner-9', 2)).toBe('room-full');
		expect(checkJoin(rooms, 'ACDEF', 'learner-1', 2)).toBeUndefined();
		expect(checkJoin(rooms, 'QQQQQ', 'learner-1', 2)).toBe('unknown-room');
	});

	it('tallies answers, hides the right one until revealed, then records the share right without names', () => {
		const rooms = roomWithLearners(3);
		const [ask] = apply(rooms, { type: 'ask', code: 'ACDEF', question: predict, at: 2 });
		expect(ask?.data).toEqual({
			seq: 1,
			ref: predict.ref,
			options: predict.options,
			revealed: false
		});
		expect(checkAnswer(rooms, 'ACDEF', 1, 'nowhere')).toBe('not-an-option');
		expect(checkAnswer(rooms, 'ACDEF', 2, 'vmbus')).toBe('no-question');
		apply(rooms, { type: 'answer', code: 'ACDEF', learner: 'learner-0', seq: 1, choice: 'vmbus' });
		apply(rooms, {
			type: 'answer',
			code: 'ACDEF',
			learner: 'learner-1',
			seq: 1,
			choice: 'hypervisor'
		});
		// A changed mind replaces the first answer.
		apply(rooms, {
			type: 'answer',
			code: 'ACDEF',
			learner: 'learner-0',
			seq: 1,
			choice: 'hypervisor'
		});
		expect(tally(get(rooms))).toEqual({
			seq: 1,
			answered: 2,
			counts: { vmbus: 0, hypervisor: 2, 'root-kernel': 0 }
		});
		const [reveal] = apply(rooms, { type: 'reveal', code: 'ACDEF', at: 3 });
		expect(reveal?.data).toMatchObject({ correct: 'hypervisor', counts: { hypervisor: 2 } });
		expect(checkAnswer(rooms, 'ACDEF', 1, 'vmbus')).toBe('no-question');
		expect(trainerSnapshot(get(rooms)).results).toEqual([
			{ seq: 1, ref: predict.ref, answered: 2, right: 2 }
		]);
		expect(JSON.stringify(trainerSnapshot(get(rooms)))).not.toContain('L0');
		expect(learnerSnapshot(get(rooms), 'learner-0').answer).toBe('hypervisor');
	});

	it('closes a room, after which nothing applies to it', () => {
		const rooms = roomWithLearners(1);
		expect(apply(rooms, { type: 'close', code: 'ACDEF' })[0]?.event).toBe('room:closed');
		expect(apply(rooms, { type: 'set', code: 'ACDEF', name: 'path', value: '1', at: 1 })).toEqual(
			[]
		);
		expect(rooms.size).toBe(0);
	});

	it('finds rooms whose trainer has been idle too long', () => {
		const rooms = roomWithLearners(0);
		apply(rooms, { type: 'open', code: 'GHJKM', keyHash: 'k', at: 5_000 });
		expect(staleRooms(rooms, 6_000, 2_000)).toEqual(['ACDEF']);
	});

	it('hands its rooms to a process that starts later, as JSON', () => {
		const rooms = roomWithLearners(2);
		apply(rooms, { type: 'ask', code: 'ACDEF', question: predict, at: 2 });
		apply(rooms, { type: 'answer', code: 'ACDEF', learner: 'learner-0', seq: 1, choice: 'vmbus' });
		const copy = createRooms();
		restore(copy, JSON.parse(JSON.stringify(serialise(rooms))));
		expect(trainerSnapshot(get(copy))).toEqual(trainerSnapshot(get(rooms)));
	});
});
