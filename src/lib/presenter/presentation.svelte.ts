/**
 * One window's part in a presentation: the speaker's window and the audience's window share values (the page
 * shown, the diagram's view, the selected box, the quiz's answers, the laser…) over a BroadcastChannel named
 * after the presentation, so two presentations in one browser never hear each other.
 *
 * Each value is a *slot*: a component registers a key with a setter and publishes its value when it changes
 * (see share()). A window that joins or reloads asks for everything and adopts it before it publishes
 * anything, so a reload never pushes its fresh defaults onto the others. Equal values are never re-sent,
 * which is what stops two windows from echoing a change back and forth.
 */
import { untrack } from 'svelte';
import { isId, newId, parseMessage, type Message, type Role } from './protocol';
import { PARAM_ROLE, PARAM_SESSION, PRESENTING_KEY as STORAGE_KEY } from './wanted';
/** How long a joining window waits for an answer before it concludes it is alone. */
const ALONE_AFTER_MS = 400;

type Setter = (value: unknown) => void;

/**
 * How a window's messages reach the others: a BroadcastChannel between the windows of one browser, or, for a
 * learner in a classroom, the classroom's connection (src/lib/classroom/), which hands in the trainer's values.
 */
export interface Transport {
	post(message: Message): void;
	close(): void;
	onmessage: ((data: unknown) => void) | null;
}

function channelTransport(session: string): Transport {
	const channel = new BroadcastChannel(`enlighten-present-${session}`);
	const transport: Transport = {
		post: (message) => channel.postMessage(message),
		close: () => channel.close(),
		onmessage: null
	};
	channel.onmessage = (event) => transport.onmessage?.(event.data);
	return transport;
}

const isRole = (value: unknown): value is Role => value === 'speaker' || value === 'audience';

/**
 * The presentation a window takes part in as it opens: the one its address asks it to join (how the speaker view
 * opens: `?present=<id>&role=speaker`), else the one this tab was in before a reload. first-paint.js makes the
 * same decision before the first paint, in plain script (first-paint.test.ts holds the two together).
 */
export function presentationAtStart(
	url: URL,
	storage: Pick<Storage, 'getItem'> | undefined
): { session: string; role: Role; fromAddress: boolean } | undefined {
	const session = url.searchParams.get(PARAM_SESSION);
	const role = url.searchParams.get(PARAM_ROLE);
	if (isId(session) && isRole(role)) return { session, role, fromAddress: true };
	let saved: unknown;
	try {
		saved = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null');
	} catch {
		// Storage off, or not ours to read: nothing to resume.
		saved = null;
	}
	if (!saved || typeof saved !== 'object') return undefined;
	const kept = saved as Record<string, unknown>;
	return isId(kept.session) && isRole(kept.role)
		? { session: kept.session, role: kept.role, fromAddress: false }
		: undefined;
}

export class Presentation {
	/** The presentation this window belongs to, if any. */
	session = $state<string>();
	role = $state<Role>();
	/** True once this window holds the shared state, or knows nobody else does. */
	synced = $state(false);
	/** The other windows heard from. */
	peers = $state<string[]>([]);
	/** True when this window follows a classroom's trainer from another device, not a window of this browser. */
	remote = $state(false);

	/** This window, in messages. */
	readonly self = newId();
	#channel: Transport | undefined;
	/** Who hears of every value this window shares or receives: a classroom's trainer passes them on. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#watchers = new Set<(key: string, value: unknown) => void>();
	// Bookkeeping, not state: nothing is drawn from these maps, so they need not be reactive.
	/** Every shared value this window knows, as JSON: the last sent or received per key. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#values = new Map<string, string>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#setters = new Map<string, Setter>();
	/** Keys on which a joining speaker keeps its own value (see register). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#speakerLeads = new Set<string>();
	#aloneTimer: ReturnType<typeof setTimeout> | undefined;

	get active(): boolean {
		return this.session !== undefined;
	}

	/**
	 * Takes part in presentation `session` as `role`; kept for this tab, so a reload stays in it. A classroom
	 * learner joins through the classroom's `transport` instead, and is not kept (the classroom keeps its own).
	 */
	join(session: string, role: Role, transport?: Transport) {
		if (this.session === session && this.role === role && !transport) return;
		this.leave();
		this.session = session;
		this.role = role;
		this.synced = false;
		this.remote = transport !== undefined;
		if (!transport) {
			try {
				sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ session, role }));
			} catch {
				// Storage may be off; the presentation still works until a reload.
			}
		}
		this.#channel = transport ?? channelTransport(session);
		this.#channel.onmessage = (data) => this.#receive(data);
		this.#post({ type: 'hello', from: this.self });
		this.#aloneTimer = setTimeout(() => this.#becomeSynced(), ALONE_AFTER_MS);
	}

	/**
	 * Stops presenting in this window; the other window carries on alone. A window that is only unloading (a
	 * reload, say) says goodbye but stays in the presentation for when it comes back (`forget` false).
	 */
	leave(forget = true) {
		if (!this.#channel) return;
		this.#post({ type: 'bye', from: this.self });
		this.#channel.close();
		this.#channel = undefined;
		clearTimeout(this.#aloneTimer);
		this.#values.clear();
		this.session = undefined;
		this.role = undefined;
		this.synced = false;
		this.remote = false;
		this.peers = [];
		if (!forget) return;
		try {
			sessionStorage.removeItem(STORAGE_KEY);
		} catch {
			// Nothing saved, nothing to remove.
		}
	}

	/** Tells the other windows a value changed here (nothing is sent if they already have it). */
	publish(key: string, value: unknown) {
		if (!this.#channel || !this.synced) return;
		const json = JSON.stringify(value) ?? 'null';
		if (this.#values.get(key) === json) return;
		this.#values.set(key, json);
		this.#post({ type: 'set', from: this.self, key, value: JSON.parse(json) });
		this.#tell(key, json);
	}

	/**
	 * Hears every value this window shares or receives from now on, starting with those it holds. Returns the
	 * function that stops it.
	 */
	watch(watcher: (key: string, value: unknown) => void): () => void {
		this.#watchers.add(watcher);
		for (const [key, json] of this.#values) watcher(key, JSON.parse(json));
		return () => this.#watchers.delete(watcher);
	}

	#tell(key: string, json: string) {
		for (const watcher of this.#watchers) watcher(key, JSON.parse(json));
	}

	/**
	 * Receives the value of `key` from now on, starting with the one already shared, if any. With
	 * `speakerLeads`, a speaker window that joins keeps its own value and sends it instead: a trainer who types
	 * another address into the speaker view takes the audience there, rather than being pulled back.
	 */
	register(key: string, set: Setter, speakerLeads = false): () => void {
		this.#setters.set(key, set);
		if (speakerLeads) this.#speakerLeads.add(key);
		else this.#speakerLeads.delete(key);
		const known = this.#values.get(key);
		if (known !== undefined) set(JSON.parse(known));
		return () => {
			if (this.#setters.get(key) === set) this.#setters.delete(key);
		};
	}

	#apply(key: string, value: unknown) {
		const json = JSON.stringify(value) ?? 'null';
		if (this.#values.get(key) === json) return;
		this.#values.set(key, json);
		this.#setters.get(key)?.(value);
		this.#tell(key, json);
	}

	#becomeSynced() {
		clearTimeout(this.#aloneTimer);
		this.synced = true;
	}

	#receive(data: unknown) {
		const message = parseMessage(data);
		if (!message || message.from === this.self) return;
		if (message.type === 'bye') {
			this.peers = this.peers.filter((p) => p !== message.from);
			return;
		}
		if (!this.peers.includes(message.from)) this.peers = [...this.peers, message.from];
		switch (message.type) {
			case 'hello': {
				if (!this.synced) return;
				const values: Record<string, unknown> = {};
				for (const [key, json] of this.#values) values[key] = JSON.parse(json);
				this.#post({ type: 'state', from: this.self, to: message.from, values });
				return;
			}
			case 'state':
				if (message.to !== this.self) return;
				for (const [key, value] of Object.entries(message.values)) {
					if (this.role === 'speaker' && this.#speakerLeads.has(key)) continue;
					this.#apply(key, value);
				}
				this.#becomeSynced();
				return;
			case 'set':
				this.#apply(message.key, message.value);
				return;
		}
	}

	#post(message: Message) {
		this.#channel?.post(message);
	}
}

/** This window's presentation (inactive until a presentation starts or resumes). */
export const presentation = new Presentation();

/**
 * Shares a component's value while a presentation runs: `get` is read in an effect and published when it
 * changes; values from the other window come in through `set`, after `accept` has vetted them. Call it during
 * component initialisation.
 */
export function share<T>(
	key: () => string,
	get: () => T | null,
	set: (value: T) => void,
	accept: (value: unknown) => value is T,
	{ speakerLeads = false } = {}
) {
	$effect(() => {
		if (!presentation.active) return;
		return presentation.register(
			key(),
			// Untracked: the known value is delivered at once, inside this effect, and whatever the setter reads
			// (a diagram fitting itself reads its nodes) must not make the effect register again, and again.
			(value) =>
				untrack(() => {
					if (accept(value)) set(value);
				}),
			speakerLeads
		);
	});
	$effect(() => {
		const value = $state.snapshot(get());
		const k = key();
		if (presentation.active && presentation.synced) presentation.publish(k, value);
	});
}
