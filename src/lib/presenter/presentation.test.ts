import { afterEach, describe, expect, it } from 'vitest';
import { Presentation } from './presentation.svelte';
import { parseMessage } from './protocol';
import { formatElapsed, paceOf } from './pacing';
import { presenterCommandFor } from './keys';

const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));
const open: Presentation[] = [];
function windowOf(): Presentation {
	const p = new Presentation();
	open.push(p);
	return p;
}
afterEach(() => {
	for (const p of open.splice(0)) p.leave();
});

/** A window that has joined and, alone or answered, holds the shared state. */
async function joined(session: string, role: 'speaker' | 'audience') {
	const p = windowOf();
	const received: Record<string, unknown[]> = {};
	const listen = (key: string) => p.register(key, (v) => (received[key] ??= []).push(v));
	p.join(session, role);
	for (let i = 0; i < 50 && !p.synced; i++) await settle(20);
	return { p, received, listen };
}

describe('a presentation over BroadcastChannel', () => {
	it('carries a value from the speaker to the audience, and back', async () => {
		const audience = await joined('s1', 'audience');
		audience.listen('path');
		const speaker = await joined('s1', 'speaker');
		speaker.listen('path');
		speaker.p.publish('path', '/learn/storage/3/');
		await settle();
		expect(audience.received.path).toEqual(['/learn/storage/3/']);
		audience.p.publish('path', '/learn/storage/4/');
		await settle();
		expect(speaker.received.path).toEqual(['/learn/storage/4/']);
		expect(speaker.p.peers).toEqual([audience.p.self]);
	});

	it('never echoes a value back to the window it came from', async () => {
		const a = await joined('s2', 'audience');
		a.listen('blackout');
		const b = await joined('s2', 'speaker');
		b.listen('blackout');
		a.p.publish('blackout', true);
		await settle();
		// b applies it; b publishing the same value (its effect re-running) sends nothing.
		b.p.publish('blackout', true);
		await settle();
		expect(b.received.blackout).toEqual([true]);
		expect(a.received.blackout).toBeUndefined();
	});

	it('gives a window that joins late, or reloads, everything shared so far before it may publish', async () => {
		const audience = await joined('s3', 'audience');
		audience.p.publish('path', '/learn/hypercalls/5/');
		audience.p.publish('blackout', true);
		const speaker = windowOf();
		const got: Record<string, unknown> = {};
		speaker.register('path', (v) => (got.path = v));
		speaker.join('s3', 'speaker');
		// Before the answer it holds nothing, and what it would publish is held back.
		expect(speaker.synced).toBe(false);
		speaker.publish('path', '/');
		for (let i = 0; i < 20 && !speaker.synced; i++) await settle(10);
		expect(speaker.synced).toBe(true);
		expect(got.path).toBe('/learn/hypercalls/5/');
		// A component that mounts later gets the value at once.
		const later: unknown[] = [];
		speaker.register('blackout', (v) => later.push(v));
		expect(later).toEqual([true]);
	});

	it('lets a speaker that joins keep its own value on a key it leads, and the audience follow', async () => {
		const audience = await joined('s6', 'audience');
		audience.listen('path');
		audience.p.publish('path', '/learn/storage/1/');
		audience.p.publish('blackout', true);
		const speaker = windowOf();
		const got: Record<string, unknown> = {};
		speaker.register('path', (v) => (got.path = v), true);
		speaker.register('blackout', (v) => (got.blackout = v), true);
		speaker.register('blackout', (v) => (got.blackout = v));
		speaker.join('s6', 'speaker');
		for (let i = 0; i < 20 && !speaker.synced; i++) await settle(10);
		// The speaker's address stands; registering again without the flag made blackout follow again.
		expect(got).toEqual({ blackout: true });
		speaker.publish('path', '/learn/storage/quiz/');
		await settle();
		expect(audience.received.path).toEqual(['/learn/storage/quiz/']);
	});

	it('keeps two presentations in one browser apart', async () => {
		const one = await joined('room-a', 'audience');
		one.listen('path');
		const other = await joined('room-b', 'speaker');
		other.p.publish('path', '/learn/snapshots/2/');
		await settle();
		expect(one.received.path).toBeUndefined();
		expect(one.p.peers).toEqual([]);
	});

	it('forgets a window that leaves', async () => {
		const a = await joined('s5', 'audience');
		const b = await joined('s5', 'speaker');
		await settle();
		expect(a.p.peers).toEqual([b.p.self]);
		b.p.leave();
		await settle();
		expect(a.p.peers).toEqual([]);
	});
});

describe('messages', () => {
	it('accepts only well-formed messages of its own protocol', () => {
		expect(parseMessage({ type: 'hello', from: 'abc' })).toEqual({ type: 'hello', from: 'abc' });
		expect(parseMessage({ type: 'set', from: 'abc', key: 'path', value: '/' })).toBeDefined();
		for (const junk of [
			null,
			'hello',
			{ type: 'hello' },
			{ type: 'hello', from: '' },
			{ type: 'hello', from: 'a b<script>' },
			{ type: 'state', from: 'a', to: 'b', values: 'x' },
			{ type: 'set', from: 'a', value: 1 },
			{ type: 'evil', from: 'a' }
		]) {
			expect(parseMessage(junk), JSON.stringify(junk)).toBeUndefined();
		}
	});
});

describe('pacing', () => {
	it('compares the time spent with the plan spread evenly over the steps', () => {
		// 20 steps in 10 minutes: step 11 is planned at minute 5.
		expect(paceOf(5 * 60_000, 11, 20, 10)).toEqual({ kind: 'on-time' });
		expect(paceOf(8 * 60_000, 11, 20, 10)).toEqual({ kind: 'behind', minutes: 3 });
		expect(paceOf(2 * 60_000, 11, 20, 10)).toEqual({ kind: 'ahead', minutes: 3 });
		// Within a minute counts as on time.
		expect(paceOf(5.9 * 60_000, 11, 20, 10)).toEqual({ kind: 'on-time' });
		expect(paceOf(0, 1, 20, 10)).toEqual({ kind: 'on-time' });
		// Picked up at step 9: the clock counts from there.
		expect(paceOf(0, 9, 20, 10, 9)).toEqual({ kind: 'on-time' });
		expect(paceOf(4 * 60_000, 11, 20, 10, 9)).toEqual({ kind: 'behind', minutes: 3 });
	});

	it('formats elapsed time as a clock', () => {
		expect(formatElapsed(0)).toBe('0:00');
		expect(formatElapsed(65_000)).toBe('1:05');
		expect(formatElapsed(3_725_000)).toBe('1:02:05');
		expect(formatElapsed(-5)).toBe('0:00');
	});
});

describe('presenter keys', () => {
	const key = (k: string, extra: Partial<KeyboardEvent> = {}) =>
		presenterCommandFor(
			{ key: k, ctrlKey: false, metaKey: false, altKey: false, repeat: false, ...extra },
			null
		);

	it('maps each documented key to its command', () => {
		expect(key('s')).toBe('speaker');
		expect(key('B')).toBe('blackout');
		expect(key('.')).toBe('blackout');
		expect(key('f')).toBe('fullscreen');
		expect(key('p')).toBe('projector');
		expect(key('?')).toBe('help');
		expect(key('l')).toBe('laser');
		expect(key('Escape')).toBe('close');
		expect(key('x')).toBeUndefined();
	});

	it('leaves the browser its own shortcuts, and ignores a held key repeating', () => {
		expect(key('p', { ctrlKey: true })).toBeUndefined();
		expect(key('f', { metaKey: true })).toBeUndefined();
		expect(key('l', { repeat: true })).toBeUndefined();
	});
});
