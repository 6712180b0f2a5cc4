/**
 * The life of one VMBus channel between an enlightened child and the root (facts §4.1–4.2, S5, S6): the host
 * offers a device, the guest's VSC binds, shares its ring buffers through a GPADL and opens the channel;
 * packets then flow both ways, and a side interrupts the other only when a ring goes from empty to
 * non-empty; finally the guest closes the channel, or the host rescinds the offer.
 *
 * Control messages are the Linux enum values (S6): OFFERCHANNEL 1, RESCIND_CHANNELOFFER 2, OPENCHANNEL 5,
 * OPENCHANNEL_RESULT 6, CLOSECHANNEL 7, GPADL_HEADER 8, GPADL_BODY 9, GPADL_CREATED 10, GPADL_TEARDOWN 11,
 * GPADL_TORNDOWN 12, RELID_RELEASED 13. The guest posts its messages with HvCallPostMessage (a hypercall);
 * the host's reach the guest on SINT2.
 */
import { assign, setup } from 'xstate';
import { at, type HopMeta } from '../hop';
import { doneAt } from '../legs';

export interface ChannelInput {
	/**
	 * Whether the offer gave the channel a monitor slot: the guest then signals by setting a bit in the
	 * monitor page, with no hypercall (the hypervisor notices within the latency hint).
	 */
	monitored?: boolean;
	/** Whether the ring buffers' page list is too long for one 240-byte message (then GPADL_BODY follows). */
	largeRing?: boolean;
	/**
	 * Who serves the device in the root: a kernel VSP (storage, network; the default), or the VM's worker
	 * process in user mode (synthetic video and mouse, and the integration services: facts §2, [M]).
	 */
	endpoint?: 'kernel' | 'worker';
}

/** How many packets the model lets wait in a ring: enough to show batching, small enough to graph. */
export const RING_CAPACITY = 3;

export interface ChannelContext {
	monitored: boolean;
	endpoint: 'kernel' | 'worker';
	largeRing: boolean;
	/** Packets waiting in the guest→host ("out") and host→guest ("in") rings. */
	outRing: number;
	inRing: number;
	/** Control messages on the VMBus control path, both directions. */
	controlMessages: number;
	/** Hypercalls by the guest (its control messages and its data signals without a monitor page). */
	guestHypercalls: number;
	/** Notifications of the other side, both directions: one per empty-to-non-empty ring. */
	signals: number;
	/** Packets written that needed no signal, because the ring already held work. */
	quietWrites: number;
}

export type ChannelEvent = {
	type:
		| 'vsc.bind'
		| 'gpadl.header'
		| 'gpadl.body'
		| 'gpadl.created'
		| 'channel.open'
		| 'channel.opened'
		| 'guest.send'
		| 'host.receive'
		| 'host.send'
		| 'guest.receive'
		| 'channel.close'
		| 'gpadl.teardown'
		| 'gpadl.torndown'
		| 'host.rescind'
		| 'relid.release';
};

export const channelMachine = setup({
	types: {
		context: {} as ChannelContext,
		events: {} as ChannelEvent,
		input: {} as ChannelInput,
		meta: {} as HopMeta,
		tags: {} as 'completed' | 'open'
	},
	actions: {
		guestMessage: assign({
			controlMessages: ({ context }) => context.controlMessages + 1,
			guestHypercalls: ({ context }) => context.guestHypercalls + 1
		}),
		hostMessage: assign({ controlMessages: ({ context }) => context.controlMessages + 1 }),
		// The empty→non-empty rule: only the first packet into an empty ring interrupts the other side.
		guestWrites: assign(({ context }) => {
			const signal = context.outRing === 0;
			return {
				outRing: context.outRing + 1,
				signals: context.signals + (signal ? 1 : 0),
				quietWrites: context.quietWrites + (signal ? 0 : 1),
				guestHypercalls: context.guestHypercalls + (signal && !context.monitored ? 1 : 0)
			};
		}),
		hostWrites: assign(({ context }) => {
			const signal = context.inRing === 0;
			return {
				inRing: context.inRing + 1,
				signals: context.signals + (signal ? 1 : 0),
				quietWrites: context.quietWrites + (signal ? 0 : 1)
			};
		}),
		// A reader drains everything that waits: one interrupt can serve a whole batch.
		hostDrains: assign({ outRing: 0 }),
		guestDrains: assign({ inRing: 0 }),
		// Closing or rescinding frees the rings; whatever was still in them is gone.
		discardRings: assign({ outRing: 0, inRing: 0 })
	},
	guards: {
		outHasRoom: ({ context }) => context.outRing < RING_CAPACITY,
		inHasRoom: ({ context }) => context.inRing < RING_CAPACITY,
		outHasWork: ({ context }) => context.outRing > 0,
		inHasWork: ({ context }) => context.inRing > 0,
		largeRing: ({ context }) => context.largeRing,
		servedByWorker: ({ context }) => context.endpoint === 'worker'
	}
}).createMachine({
	id: 'vmbusChannel',
	context: ({ input }) => ({
		monitored: input.monitored ?? false,
		endpoint: input.endpoint ?? 'kernel',
		largeRing: input.largeRing ?? false,
		outRing: 0,
		inRing: 0,
		controlMessages: 1,
		guestHypercalls: 0,
		signals: 0,
		quietWrites: 0
	}),
	initial: 'offered',
	on: {
		// The host may withdraw a device at any time before the channel is gone (hot remove).
		'host.rescind': { target: '.rescinded', actions: ['hostMessage', 'discardRings'] }
	},
	states: {
		offered: {
			meta: at('win-vmbus', 'guest-kernel', ['S5', 'S6']),
			on: { 'vsc.bind': 'bound' }
		},
		bound: {
			meta: at('win-vsc', 'guest-kernel', ['S5']),
			on: { 'gpadl.header': { target: 'gpadlSent', actions: 'guestMessage' } }
		},
		gpadlSent: {
			meta: at('hv-hypercalls', 'hypervisor', ['S5', 'S6', 'S2d']),
			on: {
				'gpadl.body': { guard: 'largeRing', target: 'gpadlBodySent', actions: 'guestMessage' },
				'gpadl.created': {
					guard: ({ context }) => !context.largeRing,
					target: 'gpadlReady',
					actions: 'hostMessage'
				}
			}
		},
		gpadlBodySent: {
			meta: at('hv-hypercalls', 'hypervisor', ['S5', 'S6']),
			on: { 'gpadl.created': { target: 'gpadlReady', actions: 'hostMessage' } }
		},
		gpadlReady: {
			meta: at('root-vmbus', 'root-kernel', ['S5', 'S6']),
			on: {
				'channel.open': [
					{ guard: 'servedByWorker', target: 'openingInWorker', actions: 'guestMessage' },
					{ target: 'opening', actions: 'guestMessage' }
				]
			}
		},
		opening: {
			meta: at('root-vsp', 'root-kernel', ['S5', 'S6']),
			on: { 'channel.opened': { target: 'open', actions: 'hostMessage' } }
		},
		openingInWorker: {
			meta: at('root-vmwp', 'root-user', ['S5', 'S26', 'U6', 'U39'], { estimate: true }),
			on: { 'channel.opened': { target: 'open', actions: 'hostMessage' } }
		},
		open: {
			tags: ['open'],
			meta: at('win-vmbus', 'guest-kernel', ['S5']),
			on: {
				'guest.send': { guard: 'outHasRoom', actions: 'guestWrites' },
				'host.receive': { guard: 'outHasWork', actions: 'hostDrains' },
				'host.send': { guard: 'inHasRoom', actions: 'hostWrites' },
				'guest.receive': { guard: 'inHasWork', actions: 'guestDrains' },
				'channel.close': { target: 'closing', actions: ['guestMessage', 'discardRings'] }
			}
		},
		closing: {
			meta: at('root-vmbus', 'root-kernel', ['S6']),
			on: { 'gpadl.teardown': { target: 'tearingDown', actions: 'guestMessage' } }
		},
		tearingDown: {
			meta: at('root-vmbus', 'root-kernel', ['S6']),
			on: { 'gpadl.torndown': { target: 'closed', actions: 'hostMessage' } }
		},
		closed: doneAt(at('win-vsc', 'guest-kernel', ['S6'])),
		rescinded: {
			meta: at('win-vmbus', 'guest-kernel', ['S5', 'S6']),
			on: {
				// Already rescinded: a second rescind changes nothing.
				'host.rescind': {},
				'relid.release': { target: 'released', actions: 'guestMessage' }
			}
		},
		released: doneAt(at('root-vmbus', 'root-kernel', ['S6']))
	}
});
