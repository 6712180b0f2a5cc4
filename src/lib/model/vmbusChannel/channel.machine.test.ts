import { describe, expect, it } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { hopOf } from '../hop';
import {
	channelMachine,
	RING_CAPACITY,
	type ChannelEvent,
	type ChannelInput
} from './channel.machine';
import { replay } from '../run';
import { deadEnds } from '$lib/testing/machine-graph';

type Snapshot = SnapshotFrom<typeof channelMachine>;
type Type = ChannelEvent['type'];

const run = (input: ChannelInput, events: readonly Type[]): Snapshot =>
	replay(channelMachine, input, events);

const setUp: Type[] = [
	'vsc.bind',
	'gpadl.header',
	'gpadl.created',
	'channel.open',
	'channel.opened'
];
const tearDown: Type[] = ['channel.close', 'gpadl.teardown', 'gpadl.torndown'];

describe('a VMBus channel', () => {
	it('opens after offer, bind, GPADL and OPENCHANNEL: six control messages, three from the guest', () => {
		const open = run({}, setUp);
		expect(open.hasTag('open')).toBe(true);
		expect(open.context).toMatchObject({ controlMessages: 5, guestHypercalls: 2 });
		// The offer itself was the first message (from the host).
		expect(run({}, []).context.controlMessages).toBe(1);
	});

	it('opens a kernel VSP channel in the root kernel, an integration service channel in the worker process', () => {
		const upTo = setUp.slice(0, 4);
		expect(hopOf(run({}, upTo))?.node).toBe('root-vsp');
		const worker = run({ endpoint: 'worker' }, upTo);
		expect(hopOf(worker)).toMatchObject({
			node: 'root-vmwp',
			privilege: 'root-user',
			estimate: true
		});
		// The same messages either way: only who serves the channel differs.
		expect(run({ endpoint: 'worker' }, setUp).context.controlMessages).toBe(
			run({}, setUp).context.controlMessages
		);
	});

	it('needs a GPADL_BODY when the page list does not fit one message', () => {
		const small = run({}, ['vsc.bind', 'gpadl.header']);
		expect(small.can({ type: 'gpadl.body' })).toBe(false);
		const large = run({ largeRing: true }, ['vsc.bind', 'gpadl.header']);
		expect(large.can({ type: 'gpadl.created' })).toBe(false);
		expect(
			run({ largeRing: true }, ['vsc.bind', 'gpadl.header', 'gpadl.body', 'gpadl.created']).value
		).toBe('gpadlReady');
	});

	it('signals only when a ring goes from empty to non-empty', () => {
		const batch = run({}, [...setUp, 'guest.send', 'guest.send', 'guest.send']);
		expect(batch.context).toMatchObject({ outRing: 3, signals: 1, quietWrites: 2 });
		const again = run({}, [...setUp, 'guest.send', 'guest.send', 'host.receive', 'guest.send']);
		expect(again.context).toMatchObject({ outRing: 1, signals: 2, quietWrites: 1 });
		const reply = run({}, [...setUp, 'host.send', 'host.send', 'guest.receive']);
		expect(reply.context).toMatchObject({ inRing: 0, signals: 1, quietWrites: 1 });
	});

	it('signals through the monitor page without a hypercall when the offer gave a monitor slot', () => {
		const plain = run({}, [...setUp, 'guest.send']);
		const monitored = run({ monitored: true }, [...setUp, 'guest.send']);
		expect(plain.context.guestHypercalls - monitored.context.guestHypercalls).toBe(1);
		expect(monitored.context.signals).toBe(1);
	});

	it('carries no packet before it is open, and no more than the ring holds', () => {
		expect(run({}, ['vsc.bind']).can({ type: 'guest.send' })).toBe(false);
		const full = run({}, [...setUp, ...Array(RING_CAPACITY).fill('guest.send')]);
		expect(full.can({ type: 'guest.send' })).toBe(false);
	});

	it('closes with CLOSECHANNEL and a GPADL teardown, or ends when the host rescinds it', () => {
		const closed = run({}, [...setUp, ...tearDown]);
		expect(closed.status).toBe('done');
		expect(hopOf(closed)?.node).toBe('win-vsc');
		const rescinded = run({}, [...setUp, 'guest.send', 'host.rescind', 'relid.release']);
		expect(rescinded.status).toBe('done');
		expect(rescinded.value).toBe('released');
	});
});

describe('VMBus channel machine, as a graph', () => {
	const serializeState = (s: Snapshot) =>
		JSON.stringify([s.value, s.context.outRing, s.context.inRing, s.context.outRing === 0]);

	it.each([{}, { monitored: true }, { largeRing: true }] as ChannelInput[])(
		'can finish from every reachable state (%o)',
		(input) => {
			const from = getShortestPaths(channelMachine, { input, serializeState }).map((p) => p.state);
			expect(from.length).toBeGreaterThan(10);
			for (const state of from) expect(hopOf(state)).toBeDefined();
			const isEnd = (s: Snapshot) => s.status === 'done';
			expect(deadEnds(channelMachine, { input, serializeState, isEnd, from })).toEqual([]);
		}
	);

	it('never holds packets outside the open state, in any reachable state', () => {
		// A state invariant: checking every reachable state once is as strong as checking every path.
		for (const input of [{}, { monitored: true }, { largeRing: true }] as ChannelInput[]) {
			const reachable = getShortestPaths(channelMachine, { input, serializeState });
			expect(reachable.length).toBeGreaterThan(10);
			for (const { state } of reachable) {
				if (!state.hasTag('open')) {
					expect([state.context.outRing, state.context.inRing], serializeState(state)).toEqual([
						0, 0
					]);
				}
			}
		}
	});
});
