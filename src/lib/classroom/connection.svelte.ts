/**
 * A browser's connection to its classroom: the trainer's room, or a learner's place in one. Loaded only when a
 * classroom is used (it brings socket.io-client), so no other page pays for it. Socket.IO reconnects by itself;
 * each time it does, the trainer takes back its room with its key and a learner rejoins with its id, and the
 * server's answer catches them up (the step, the open question, their own answer).
 */
import { io, type Socket } from 'socket.io-client';
import { base } from '$app/paths';
import { presentation, type Transport } from '$lib/presenter/presentation.svelte';
import type { Message } from '$lib/presenter/protocol';
import { FOLLOWED_KEY, VALUE_MAX, randomNickname, type ErrorCode } from './protocol.js';
import {
	LEARNER_KEY,
	TRAINER_KEY,
	live,
	type Askable,
	type RoomQuestion,
	type Tally
} from './live.svelte';

export type Status = 'connecting' | 'connected' | 'offline' | 'closed';
export type Result = { question: string; share: number; answered: number; ref: Askable['ref'] };
type Reply = { ok: boolean; error?: ErrorCode; [key: string]: unknown };

function connect(): Socket {
	return io({ path: `${base}/socket.io`, transports: ['websocket', 'polling'] });
}

function read<T>(key: string): T | undefined {
	try {
		return JSON.parse(sessionStorage.getItem(key) ?? 'null') ?? undefined;
	} catch {
		return undefined;
	}
}
function write(key: string, value: unknown) {
	try {
		if (value === undefined) sessionStorage.removeItem(key);
		else sessionStorage.setItem(key, JSON.stringify(value));
	} catch {
		// Storage off: the room lasts until this tab reloads.
	}
}

const send = (socket: Socket, event: string, data: unknown): Promise<Reply> =>
	socket
		.timeout(5000)
		.emitWithAck(event, data)
		.catch(() => ({ ok: false, error: 'closed' as ErrorCode }));

type Summary = { results: { seq: number; ref: Askable['ref']; answered: number; right: number }[] };

/** The trainer's room: opened from the speaker view, kept through a reload. */
export class TrainerRoom {
	status = $state<Status>('connecting');
	code = $state<string>();
	error = $state<ErrorCode>();
	attendance = $state({ present: 0, following: 0 });
	results = $state<Summary['results']>([]);
	#key: string | undefined;
	#socket: Socket;
	/** Values waiting to be sent: at most one per key every 100 ms, the latest wins. Bookkeeping, not state. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#pending = new Map<string, string>();
	#timer: ReturnType<typeof setTimeout> | undefined;
	#stopWatching: (() => void) | undefined;

	constructor() {
		live.role = 'trainer';
		this.#socket = connect();
		this.#socket.on('connect', () => this.#open());
		this.#socket.on('disconnect', () => (this.status = 'offline'));
		this.#socket.on('connect_error', () => (this.status = 'offline'));
		this.#socket.on('room:attendance', (a) => (this.attendance = a));
		this.#socket.on('room:tally', (t: Tally | null) => (live.tally = t));
		this.#socket.on('room:question', (q: RoomQuestion | null) => (live.question = q));
		this.#socket.on('room:summary', (s: Summary) => (this.results = s.results));
		this.#socket.on('room:closed', () => this.#closed());
	}

	async #open() {
		const saved = read<{ code: string; key: string }>(TRAINER_KEY);
		let reply = await send(this.#socket, 'trainer:open', saved ?? {});
		// The server restarted, or the room was closed: open a new one.
		if (!reply.ok && saved) reply = await send(this.#socket, 'trainer:open', {});
		if (!reply.ok) {
			this.error = reply.error;
			this.status = 'offline';
			return;
		}
		this.code = String(reply.code);
		this.#key = String(reply.key);
		write(TRAINER_KEY, { code: this.code, key: this.#key });
		this.attendance = reply.attendance as typeof this.attendance;
		live.question = (reply.question as RoomQuestion | null) ?? null;
		live.tally = (reply.tally as Tally | null) ?? null;
		this.results = (reply.results as Summary['results']) ?? [];
		this.status = 'connected';
		this.error = undefined;
		// Every value the presentation shares that a learner follows, now and from now on.
		this.#stopWatching?.();
		this.#stopWatching = presentation.watch((key, value) => this.#queue(key, value));
	}

	#queue(key: string, value: unknown) {
		if (!FOLLOWED_KEY.test(key)) return;
		const json = JSON.stringify(value) ?? 'null';
		if (json.length > VALUE_MAX) return;
		this.#pending.set(key, json);
		this.#timer ??= setTimeout(() => this.#flush(), 100);
	}

	#flush() {
		this.#timer = undefined;
		if (!this.code || !this.#key) return;
		for (const [name, value] of this.#pending)
			void send(this.#socket, 'trainer:set', { code: this.code, key: this.#key, name, value });
		this.#pending.clear();
	}

	#as() {
		return { code: this.code, key: this.#key };
	}
	ask({ labels, ...question }: Askable) {
		// The options' words stay here, for the trainer's bar chart: the room is sent only their ids.
		live.labels = labels;
		return send(this.#socket, 'trainer:ask', { ...this.#as(), question });
	}
	reveal() {
		return send(this.#socket, 'trainer:reveal', this.#as());
	}
	summary() {
		return send(this.#socket, 'trainer:summary', this.#as());
	}
	async close() {
		await send(this.#socket, 'trainer:close', this.#as());
		this.#closed();
	}

	#closed() {
		write(TRAINER_KEY, undefined);
		this.status = 'closed';
		this.dispose();
	}

	dispose() {
		this.#stopWatching?.();
		clearTimeout(this.#timer);
		this.#socket.disconnect();
		live.role = undefined;
		live.question = null;
		live.tally = null;
		live.joinScreen = null;
	}
}

type LearnerSaved = { code: string; id: string; nickname: string; mode: 'follow' | 'free' };

function newLearnerId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Joins room `code` once, to check it exists before the page moves on; on success the learner is kept for this
 * tab and the layout's learner bar takes over after the reload.
 */
export async function joinRoom(code: string, nickname: string): Promise<Reply> {
	const socket = connect();
	const id = read<LearnerSaved>(LEARNER_KEY)?.id ?? newLearnerId();
	const connected = await new Promise<boolean>((resolve) => {
		socket.once('connect', () => resolve(true));
		socket.once('connect_error', () => resolve(false));
	});
	if (!connected) {
		socket.disconnect();
		return { ok: false, error: 'closed' };
	}
	const reply = await send(socket, 'learner:join', { code, id, nickname });
	socket.disconnect();
	if (reply.ok) write(LEARNER_KEY, { code, id, nickname, mode: 'follow' } satisfies LearnerSaved);
	return reply;
}

/** A learner in a room: follows the trainer, or browses free and can go back. */
export class LearnerRoom {
	status = $state<Status>('connecting');
	error = $state<ErrorCode>();
	nickname = $state('');
	mode = $state<'follow' | 'free'>('follow');
	code = $state('');
	summary = $state<Summary['results']>();
	/** The trainer's latest values, followed or not: "back to the trainer" goes there. */
	trainer = $state<Record<string, unknown>>({});
	#saved: LearnerSaved;
	#socket: Socket;
	#transport: Transport | undefined;

	constructor() {
		this.#saved = read<LearnerSaved>(LEARNER_KEY) ?? {
			code: '',
			id: newLearnerId(),
			nickname: randomNickname(),
			mode: 'follow'
		};
		this.code = this.#saved.code;
		this.nickname = this.#saved.nickname;
		this.mode = this.#saved.mode;
		live.role = 'learner';
		live.send = (choice) => this.#answer(choice);
		this.#socket = connect();
		this.#socket.on('connect', () => this.#join());
		this.#socket.on('disconnect', () => {
			if (this.status !== 'closed') this.status = 'offline';
		});
		this.#socket.on('connect_error', () => (this.status = 'offline'));
		this.#socket.on('room:set', ({ name, value }: { name: string; value: string }) =>
			this.#set(name, value)
		);
		this.#socket.on('room:question', (q: RoomQuestion | null) => {
			if (q?.seq !== live.question?.seq) live.answer = null;
			live.question = q;
		});
		this.#socket.on('room:summary', (s: Summary) => (this.summary = s.results));
		this.#socket.on('room:closed', () => this.#closed());
	}

	async #join() {
		const reply = await send(this.#socket, 'learner:join', {
			code: this.#saved.code,
			id: this.#saved.id,
			nickname: this.#saved.nickname
		});
		if (!reply.ok) {
			if (reply.error === 'unknown-room') return this.#closed();
			this.error = reply.error;
			this.status = 'offline';
			return;
		}
		this.status = 'connected';
		this.error = undefined;
		this.trainer = {};
		for (const [name, value] of Object.entries(reply.values as Record<string, string>))
			this.#set(name, value, false);
		live.question = (reply.question as RoomQuestion | null) ?? null;
		live.answer = (reply.answer as string | null) ?? null;
		if (this.mode === 'follow') {
			if (this.mode !== reply.mode) void send(this.#socket, 'learner:mode', { mode: this.mode });
			this.#follow();
		}
	}

	#set(name: string, json: string, deliver = true) {
		if (!FOLLOWED_KEY.test(name)) return;
		let value: unknown;
		try {
			value = JSON.parse(json);
		} catch {
			return;
		}
		this.trainer = { ...this.trainer, [name]: value };
		if (deliver && this.mode === 'follow')
			this.#deliver({ type: 'set', from: 'classroom', key: name, value });
	}

	#deliver(message: Message) {
		this.#transport?.onmessage?.(message);
	}

	/** Takes part in the presentation as the audience, with the trainer's values coming from the room. */
	#follow() {
		const transport: Transport = {
			// A learner steers nobody: only its hello is answered, with everything the trainer shares.
			post: (message) => {
				if (message.type !== 'hello') return;
				queueMicrotask(() =>
					this.#deliver({
						type: 'state',
						from: 'classroom',
						to: message.from,
						values: { ...this.trainer }
					})
				);
			},
			close: () => {},
			onmessage: null
		};
		this.#transport = transport;
		presentation.join(`classroom-${this.code}`, 'audience', transport);
	}

	setMode(mode: 'follow' | 'free') {
		if (mode === this.mode) return;
		this.mode = mode;
		this.#store();
		void send(this.#socket, 'learner:mode', { mode });
		if (mode === 'follow') this.#follow();
		else {
			this.#transport = undefined;
			presentation.leave();
		}
	}

	async rename(nickname: string) {
		const reply = await send(this.#socket, 'learner:rename', { nickname });
		if (reply.ok) {
			this.nickname = String(reply.nickname);
			this.#store();
		}
		return reply;
	}

	#answer(choice: string) {
		const q = live.question;
		if (!q || q.revealed) return;
		live.answer = choice;
		void send(this.#socket, 'learner:answer', { question: q.seq, choice });
	}

	#store() {
		this.#saved = { ...this.#saved, nickname: this.nickname, mode: this.mode };
		write(LEARNER_KEY, this.#saved);
	}

	#closed() {
		this.status = 'closed';
		write(LEARNER_KEY, undefined);
		this.#socket.disconnect();
		if (presentation.remote) presentation.leave();
		live.question = null;
	}

	/** Leaves the room for good: this tab is no longer in a classroom. */
	leave() {
		this.#closed();
		live.role = undefined;
		live.send = undefined;
	}
}
