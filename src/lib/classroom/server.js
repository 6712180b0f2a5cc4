/**
 * The classroom's Socket.IO endpoint, attached to an HTTP server (scripts/classroom.js serves the site beside it).
 * It checks every message (protocol.js), refuses what a connection may not do, and changes the rooms only through
 * room.js operations. With `replicate` (the Redis adapter), each accepted operation also goes to the other server
 * processes, which apply it to their copy of the rooms and tell their own clients.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Server } from 'socket.io';
import { newCode, parseClientMessage, randomNickname } from './protocol.js';
import { RateLimit } from './rate.js';
import {
	apply,
	checkAnswer,
	checkJoin,
	checkTrainer,
	createRooms,
	learnerSnapshot,
	restore,
	serialise,
	staleRooms,
	trainerSnapshot
} from './room.js';

/** @typedef {import('./room.js').Op} Op */
/** @typedef {import('./room.js').Event} Event */
/** @typedef {import('./protocol.js').ErrorCode} ErrorCode */

/**
 * @typedef {object} ClassroomOptions
 * @property {number} [maxRooms] rooms one server holds at most
 * @property {number} [maxLearners] learners in one room at most
 * @property {number} [idleMs] a room whose trainer did nothing this long is closed
 * @property {{ perSecond: number, burst: number }} [rate] messages per connection
 * @property {string[]} [origins] origins allowed besides the server's own
 * @property {string} [path] where the endpoint listens (below the site's base path, if any)
 * @property {any} [adapter] a Socket.IO adapter (the Redis one); rooms are then shared between processes
 * @property {(line: string) => void} [log]
 */

const HOUR = 3_600_000;

/** @param {string} key */
export const hashKey = (key) => createHash('sha256').update(key).digest('base64url');

/**
 * Whether a connection's Origin may talk to this server: none (not a browser, or a same-origin request that
 * carries none), the server's own, or one listed. A page on another site is refused.
 * @param {string | undefined} origin
 * @param {string | undefined} host
 * @param {string[]} allowed
 */
export function originAllowed(origin, host, allowed) {
	if (origin === undefined) return true;
	if (allowed.includes(origin)) return true;
	try {
		const url = new URL(origin);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host;
	} catch {
		return false;
	}
}

/**
 * @param {import('node:http').Server} httpServer
 * @param {ClassroomOptions} options
 */
export function attachClassroom(httpServer, options = {}) {
	const {
		maxRooms = 50,
		maxLearners = 300,
		idleMs = 12 * HOUR,
		rate = { perSecond: 20, burst: 40 },
		origins = [],
		adapter,
		path = '/socket.io',
		log = () => {}
	} = options;
	const io = new Server(httpServer, {
		// Every message of ours is far smaller; a bigger one closes its connection.
		maxHttpBufferSize: 16_384,
		serveClient: false,
		path,
		allowRequest: (req, callback) => {
			const ok = originAllowed(req.headers.origin, req.headers.host, origins);
			callback(ok ? null : 'origin not allowed', ok);
		},
		...(adapter ? { adapter } : {})
	});
	const rooms = createRooms();
	const replicate = adapter !== undefined;
	/** Counts, for the tests and the log. */
	const stats = { accepted: 0, refused: 0, dropped: 0 };

	/** @param {Event[]} events @param {string} code */
	function tell(events, code) {
		for (const e of events) {
			const target =
				'learner' in e
					? `learner:${code}:${e.learner}`
					: e.to === 'everyone'
						? [`learners:${code}`, `trainer:${code}`]
						: `${e.to}:${code}`;
			io.local.to(target).emit(e.event, e.data);
		}
	}

	/** Applies an operation here, and in every other process. @param {Op} op */
	function commit(op) {
		tell(apply(rooms, op), op.code);
		if (replicate) io.serverSideEmit('classroom:op', op);
	}

	if (replicate) {
		io.on('classroom:op', (/** @type {Op} */ op) => tell(apply(rooms, op), op.code));
		// A process that starts late asks the others for the rooms they hold.
		io.on('classroom:rooms', (/** @type {(rooms: unknown) => void} */ reply) =>
			reply(serialise(rooms))
		);
		io.serverSideEmitWithAck('classroom:rooms')
			.then((replies) => {
				for (const data of replies) restore(rooms, data);
			})
			.catch(() => {
				// No other process answered in time: this one starts with no rooms.
			});
	}

	const sweep = setInterval(() => {
		for (const code of staleRooms(rooms, Date.now(), idleMs)) {
			log(`room ${code} closed: idle`);
			tell(apply(rooms, { type: 'close', code }), code);
		}
	}, 60_000);
	sweep.unref();

	io.on('connection', (socket) => {
		const limit = new RateLimit(rate.perSecond, rate.burst);
		/** @type {{ role?: 'trainer' | 'learner', code?: string, learner?: string }} */
		const self = {};

		socket.onAny((event, ...args) => {
			const ack = typeof args.at(-1) === 'function' ? args.pop() : undefined;
			/** @param {Record<string, unknown>} reply */
			const answer = (reply) => {
				if (reply.ok) stats.accepted++;
				else stats.refused++;
				if (ack) ack(reply);
				else if (!reply.ok)
					socket.emit('room:error', { event: String(event).slice(0, 40), ...reply });
			};
			if (!limit.take()) {
				if (limit.flooding()) {
					stats.dropped++;
					socket.disconnect(true);
					return;
				}
				return answer({ ok: false, error: 'too-fast' });
			}
			const parsed =
				args.length === 1
					? parseClientMessage(String(event), args[0])
					: parseClientMessage('', null);
			if (!parsed.ok) {
				return answer({ ok: false, error: args.length === 1 ? parsed.error : 'bad-message' });
			}
			answer(handle(parsed.event, parsed.data));
		});

		/**
		 * @param {import('./protocol.js').ClientEvent} event
		 * @param {any} data
		 * @returns {Record<string, unknown> & { ok: boolean }}
		 */
		function handle(event, data) {
			/** @param {ErrorCode} error */
			const refuse = (error) => ({ ok: false, error });
			if (event.startsWith('trainer:')) {
				if (self.role === 'learner') return refuse('not-trainer');
				if (event === 'trainer:open') return open(data.code, data.key);
				const error = checkTrainer(rooms, data.code, hashKey(data.key));
				if (error) return refuse(error);
				const at = Date.now();
				switch (event) {
					case 'trainer:set':
						commit({ type: 'set', code: data.code, name: data.name, value: data.value, at });
						break;
					case 'trainer:ask':
						commit({ type: 'ask', code: data.code, question: data.question, at });
						break;
					case 'trainer:reveal':
						commit({ type: 'reveal', code: data.code, at });
						break;
					case 'trainer:summary':
						commit({ type: 'summary', code: data.code, at });
						break;
					case 'trainer:close':
						log(`room ${data.code} closed by its trainer`);
						commit({ type: 'close', code: data.code });
						break;
				}
				return { ok: true };
			}
			if (event === 'learner:join') {
				if (self.role === 'trainer') return refuse('bad-message');
				const error = checkJoin(rooms, data.code, data.id, maxLearners);
				if (error) return refuse(error);
				leaveRoom();
				const room = rooms.get(data.code);
				const known = room?.learners.get(data.id);
				const nickname = data.nickname ?? known?.nickname ?? randomNickname();
				commit({ type: 'join', code: data.code, learner: data.id, nickname });
				if (known && known.nickname !== nickname)
					commit({ type: 'rename', code: data.code, learner: data.id, nickname });
				Object.assign(self, { role: 'learner', code: data.code, learner: data.id });
				socket.join([`learners:${data.code}`, `learner:${data.code}:${data.id}`]);
				const joined = rooms.get(data.code);
				return { ok: true, ...(joined ? learnerSnapshot(joined, data.id) : {}) };
			}
			if (self.role !== 'learner' || !self.code || !self.learner) return refuse('not-joined');
			if (!rooms.has(self.code)) return refuse('unknown-room');
			const code = self.code;
			const learner = self.learner;
			switch (event) {
				case 'learner:rename':
					commit({ type: 'rename', code, learner, nickname: data.nickname });
					return { ok: true, nickname: data.nickname };
				case 'learner:mode':
					commit({ type: 'mode', code, learner, mode: data.mode });
					return { ok: true };
				case 'learner:answer': {
					const error = checkAnswer(rooms, code, data.question, data.choice);
					if (error) return refuse(error);
					commit({ type: 'answer', code, learner, seq: data.question, choice: data.choice });
					return { ok: true };
				}
			}
			return refuse('unknown-event');
		}

		/**
		 * @param {string | undefined} code
		 * @param {string | undefined} key
		 * @returns {Record<string, unknown> & { ok: boolean }}
		 */
		function open(code, key) {
			if (code !== undefined || key !== undefined) {
				// Taking back a room after a reload: both or nothing.
				if (code === undefined || key === undefined) return { ok: false, error: 'bad-message' };
				const error = checkTrainer(rooms, code, hashKey(key));
				if (error) return { ok: false, error };
			} else {
				if (rooms.size >= maxRooms) return { ok: false, error: 'too-many-rooms' };
				do code = newCode();
				while (rooms.has(code));
				key = randomBytes(18).toString('base64url');
				commit({ type: 'open', code, keyHash: hashKey(key), at: Date.now() });
				log(`room ${code} opened`);
			}
			if (self.code && self.code !== code) socket.leave(`trainer:${self.code}`);
			Object.assign(self, { role: 'trainer', code });
			socket.join(`trainer:${code}`);
			const room = rooms.get(code);
			return { ok: true, key, ...(room ? trainerSnapshot(room) : {}) };
		}

		function leaveRoom() {
			if (self.role !== 'learner' || !self.code || !self.learner) return;
			socket.leave(`learners:${self.code}`);
			socket.leave(`learner:${self.code}:${self.learner}`);
			commit({ type: 'leave', code: self.code, learner: self.learner });
			self.role = undefined;
		}

		socket.on('disconnect', () => leaveRoom());
	});

	return {
		io,
		rooms,
		stats,
		close: () =>
			new Promise((resolve) => {
				clearInterval(sweep);
				io.close(() => resolve(undefined));
			})
	};
}
