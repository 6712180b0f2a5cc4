/**
 * The state of every classroom a server holds, as plain data changed only by operations (apply). No sockets, no
 * clock, no randomness: the server checks a client's message, turns it into an operation and applies it, then
 * sends the events apply returns. With several server processes (Redis), each process applies every operation
 * any of them accepted, so each holds the same rooms and tells its own clients.
 */

/** @typedef {import('./protocol.js').Question} Question */
/** @typedef {import('./protocol.js').QuestionRef} QuestionRef */
/** @typedef {import('./protocol.js').ErrorCode} ErrorCode */

/**
 * @typedef {object} Learner
 * @property {string} nickname
 * @property {'follow' | 'free'} mode
 * @property {number} connections sockets open for this learner (a reconnect may overlap the old one)
 */

/**
 * @typedef {object} OpenQuestion
 * @property {number} seq which question of the room (1, 2, …)
 * @property {Question} question
 * @property {Map<string, string>} answers learner id → option
 * @property {boolean} revealed
 */

/**
 * One question's outcome, without names: how many answered and how many were right.
 * @typedef {{ seq: number, ref: QuestionRef, answered: number, right: number }} Result
 */

/**
 * @typedef {object} Room
 * @property {string} code
 * @property {string} keyHash the trainer key's hash (the key itself is never kept)
 * @property {number} touched when the trainer last did something (ms)
 * @property {Map<string, string>} values what a following learner shows: key → JSON
 * @property {Map<string, Learner>} learners
 * @property {OpenQuestion | undefined} question
 * @property {number} asked
 * @property {Result[]} results
 */

/**
 * @typedef {{ type: 'open', code: string, keyHash: string, at: number }
 *   | { type: 'set', code: string, name: string, value: string, at: number }
 *   | { type: 'join', code: string, learner: string, nickname: string }
 *   | { type: 'leave', code: string, learner: string }
 *   | { type: 'rename', code: string, learner: string, nickname: string }
 *   | { type: 'mode', code: string, learner: string, mode: 'follow' | 'free' }
 *   | { type: 'ask', code: string, question: Question, at: number }
 *   | { type: 'answer', code: string, learner: string, seq: number, choice: string }
 *   | { type: 'reveal', code: string, at: number }
 *   | { type: 'summary', code: string, at: number }
 *   | { type: 'close', code: string }} Op
 */

/**
 * Something to tell clients of a room: all its learners, its trainer, or one learner.
 * @typedef {{ to: 'learners' | 'trainer' | 'everyone', event: string, data: unknown }
 *   | { to: 'learner', learner: string, event: string, data: unknown }} Event
 */

/** @returns {Map<string, Room>} */
export function createRooms() {
	return new Map();
}

/**
 * The question as a learner may see it: the right answer only once revealed.
 * @param {OpenQuestion | undefined} open
 */
export function publicQuestion(open) {
	if (!open) return null;
	const { ref, options, correct } = open.question;
	return {
		seq: open.seq,
		ref,
		options,
		revealed: open.revealed,
		...(open.revealed ? { correct, counts: countsOf(open) } : {})
	};
}

/** @param {OpenQuestion} open */
function countsOf(open) {
	/** @type {Record<string, number>} */
	const counts = Object.fromEntries(open.question.options.map((o) => [o, 0]));
	for (const choice of open.answers.values()) counts[choice] = (counts[choice] ?? 0) + 1;
	return counts;
}

/**
 * What the trainer sees of the answers so far: how many of the learners answered, and how they split.
 * @param {Room} room
 */
export function tally(room) {
	const open = room.question;
	if (!open) return null;
	return { seq: open.seq, answered: open.answers.size, counts: countsOf(open) };
}

/** @param {Room} room */
export function attendance(room) {
	let present = 0;
	let following = 0;
	for (const learner of room.learners.values()) {
		if (learner.connections <= 0) continue;
		present++;
		if (learner.mode === 'follow') following++;
	}
	return { present, following };
}

/** @param {Room} room */
export function summary(room) {
	return { results: room.results };
}

/**
 * Everything a learner needs on joining or coming back: the trainer's shared values, the open question (with
 * their own answer) and the summary if one was shown.
 * @param {Room} room
 * @param {string} learner
 */
export function learnerSnapshot(room, learner) {
	return {
		code: room.code,
		nickname: room.learners.get(learner)?.nickname ?? '',
		mode: room.learners.get(learner)?.mode ?? 'follow',
		values: Object.fromEntries(room.values),
		question: publicQuestion(room.question),
		answer: room.question?.answers.get(learner) ?? null
	};
}

/**
 * What the trainer's window needs on opening or taking back its room.
 * @param {Room} room
 */
export function trainerSnapshot(room) {
	return {
		code: room.code,
		attendance: attendance(room),
		question: publicQuestion(room.question),
		tally: tally(room),
		results: room.results
	};
}

/**
 * Whether this trainer key hash may steer room `code`.
 * @param {Map<string, Room>} rooms
 * @param {string} code
 * @param {string} keyHash
 * @returns {ErrorCode | undefined}
 */
export function checkTrainer(rooms, code, keyHash) {
	const room = rooms.get(code);
	if (!room) return 'unknown-room';
	return room.keyHash === keyHash ? undefined : 'not-trainer';
}

/**
 * Whether learner `learner` may join room `code` (a learner already in it may always come back).
 * @param {Map<string, Room>} rooms
 * @param {string} code
 * @param {string} learner
 * @param {number} maxLearners
 * @returns {ErrorCode | undefined}
 */
export function checkJoin(rooms, code, learner, maxLearners) {
	const room = rooms.get(code);
	if (!room) return 'unknown-room';
	if (room.learners.has(learner)) return undefined;
	return room.learners.size >= maxLearners ? 'room-full' : undefined;
}

/**
 * Whether a learner's answer counts: there is an open question with that number, not yet revealed, and the
 * choice is one of its options.
 * @param {Map<string, Room>} rooms
 * @param {string} code
 * @param {number} seq
 * @param {string} choice
 * @returns {ErrorCode | undefined}
 */
export function checkAnswer(rooms, code, seq, choice) {
	const open = rooms.get(code)?.question;
	if (!open || open.seq !== seq || open.revealed) return 'no-question';
	return open.question.options.includes(choice) ? undefined : 'not-an-option';
}

/**
 * Applies one operation and returns what to tell whom. An operation on a room that is gone does nothing.
 * @param {Map<string, Room>} rooms
 * @param {Op} op
 * @returns {Event[]}
 */
export function apply(rooms, op) {
	if (op.type === 'open') {
		if (rooms.has(op.code)) return [];
		rooms.set(op.code, {
			code: op.code,
			keyHash: op.keyHash,
			touched: op.at,
			values: new Map(),
			learners: new Map(),
			question: undefined,
			asked: 0,
			results: []
		});
		return [];
	}
	const room = rooms.get(op.code);
	if (!room) return [];
	/** @type {() => Event} */
	const toTrainerAttendance = () => ({
		to: 'trainer',
		event: 'room:attendance',
		data: attendance(room)
	});
	switch (op.type) {
		case 'set': {
			room.touched = op.at;
			if (room.values.get(op.name) === op.value) return [];
			room.values.set(op.name, op.value);
			return [{ to: 'learners', event: 'room:set', data: { name: op.name, value: op.value } }];
		}
		case 'join': {
			const known = room.learners.get(op.learner);
			if (known) known.connections++;
			else room.learners.set(op.learner, { nickname: op.nickname, mode: 'follow', connections: 1 });
			return [toTrainerAttendance()];
		}
		case 'leave': {
			const known = room.learners.get(op.learner);
			if (!known) return [];
			known.connections = Math.max(0, known.connections - 1);
			return [toTrainerAttendance()];
		}
		case 'rename': {
			const known = room.learners.get(op.learner);
			if (known) known.nickname = op.nickname;
			return [];
		}
		case 'mode': {
			const known = room.learners.get(op.learner);
			if (!known || known.mode === op.mode) return [];
			known.mode = op.mode;
			return [toTrainerAttendance()];
		}
		case 'ask': {
			room.touched = op.at;
			room.asked++;
			room.question = {
				seq: room.asked,
				question: op.question,
				answers: new Map(),
				revealed: false
			};
			return [
				{ to: 'everyone', event: 'room:question', data: publicQuestion(room.question) },
				{ to: 'trainer', event: 'room:tally', data: tally(room) }
			];
		}
		case 'answer': {
			const open = room.question;
			if (!open || open.seq !== op.seq || open.revealed) return [];
			if (!open.question.options.includes(op.choice)) return [];
			open.answers.set(op.learner, op.choice);
			return [{ to: 'trainer', event: 'room:tally', data: tally(room) }];
		}
		case 'reveal': {
			room.touched = op.at;
			const open = room.question;
			if (!open || open.revealed) return [];
			open.revealed = true;
			let right = 0;
			for (const choice of open.answers.values()) if (choice === open.question.correct) right++;
			room.results.push({
				seq: open.seq,
				ref: open.question.ref,
				answered: open.answers.size,
				right
			});
			return [{ to: 'everyone', event: 'room:question', data: publicQuestion(open) }];
		}
		case 'summary':
			room.touched = op.at;
			return [{ to: 'everyone', event: 'room:summary', data: summary(room) }];
		case 'close':
			rooms.delete(op.code);
			return [{ to: 'everyone', event: 'room:closed', data: { code: op.code } }];
	}
}

/**
 * The codes of rooms whose trainer did nothing for `idleMs`: stale, to be closed.
 * @param {Map<string, Room>} rooms
 * @param {number} now
 * @param {number} idleMs
 */
export function staleRooms(rooms, now, idleMs) {
	return [...rooms.values()].filter((room) => now - room.touched > idleMs).map((r) => r.code);
}

/**
 * The rooms as plain JSON, for a server process that starts after others (Redis) and asks them for the state.
 * @param {Map<string, Room>} rooms
 */
export function serialise(rooms) {
	return [...rooms.values()].map((room) => ({
		...room,
		values: [...room.values],
		learners: [...room.learners],
		question: room.question && { ...room.question, answers: [...room.question.answers] }
	}));
}

/**
 * Adds the rooms serialise() wrote that this process does not hold yet.
 * @param {Map<string, Room>} rooms
 * @param {ReturnType<typeof serialise>} data
 */
export function restore(rooms, data) {
	for (const room of data) {
		if (rooms.has(room.code)) continue;
		rooms.set(room.code, {
			...room,
			values: new Map(room.values),
			learners: new Map(room.learners),
			question: room.question && { ...room.question, answers: new Map(room.question.answers) }
		});
	}
}
