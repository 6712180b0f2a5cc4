/** What each state of the vmbusChannel machine stands for, by state path: explore's statechart shows it beside the state. */
import type { StateDescriptions } from '../leg-descriptions';

export default {
	offered: 'OFFERCHANNEL (1): class GUID (device type) and instance GUID, on SINT2.',
	bound: 'The guest driver whose class GUID matches binds, and allocates the ring buffers.',
	gpadlSent:
		'GPADL_HEADER (8): the guest-physical pages of the rings, posted with HvCallPostMessage.',
	gpadlBodySent: 'GPADL_BODY (9): the rest of a page list that did not fit in 240 bytes.',
	gpadlReady: "GPADL_CREATED (10): the root can now map the guest's ring pages.",
	opening: 'OPENCHANNEL (5), naming the ring-buffer GPADL, for a kernel VSP.',
	openingInWorker:
		"The same, for a device the worker process serves: the root's VMBus driver hands the channel up to user mode (documented for later builds, U6, U39; an estimate for 2008).",
	open: 'OPENCHANNEL_RESULT (6): packets may flow.',
	closing: 'CLOSECHANNEL (7), then the guest tears its GPADL down.',
	tearingDown: 'GPADL_TEARDOWN (11) \u2026 GPADL_TORNDOWN (12).',
	closed: 'The channel is closed and its GPADL torn down; the VSC can open it again later.',
	rescinded:
		'RESCIND_CHANNELOFFER (2): the guest stops its driver and releases the id (RELID_RELEASED, 13).',
	released:
		"The root releases the channel's relid after the rescind: the device is gone from the guest."
} satisfies StateDescriptions;
