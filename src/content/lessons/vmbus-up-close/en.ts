import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'VMBus up close',
	summary:
		'Follow one VMBus channel from offer to close: the GPADL that shares its ring buffers, the rule that decides when a side is signalled, the monitor page that saves a hypercall, and a host that takes the device away.',
	objectives: [
		'Name the control messages that open and close a channel, and which side sends each.',
		'Explain what a GPADL is and why the ring buffers live in guest memory.',
		'Count the signals a batch of packets needs under the empty-to-non-empty rule, with and without a monitor page.'
	],
	steps: {
		offer: {
			title: 'A device on offer',
			text: "The root offers the guest a synthetic storage device: an OFFERCHANNEL message with a class GUID for the device type and an instance GUID. It reaches the guest's VMBus driver on SINT2.",
			correction:
				'The 2008 article says VMBus offers an emulated environment. It is the opposite: VMBus is a shared-memory channel between partitions, with ring buffers and signals, and it emulates no hardware at all.',
			notes:
				'Offers can also arrive after boot, when a device is hot-added. Ask the class how the guest will know which of its drivers fits this device.'
		},
		bind: {
			title: 'StorVSC binds',
			text: "The driver whose class GUID matches, here StorVSC, binds to the channel. It allocates two ring buffers in the guest's own memory: out for guest to host, in for host to guest.",
			notes:
				'Each ring starts with a 4 KB header page holding the read and write indices, followed by the data area. The VSC chooses how big the rings are.'
		},
		'gpadl-header': {
			title: 'A GPADL: the pages of the rings',
			text: 'To share the rings, the guest sends a GPADL: the list of guest page frame numbers they occupy. It posts GPADL_HEADER to the root with HvCallPostMessage (0x005C), a hypercall.',
			notes:
				'Before revealing, ask how a guest can send the root anything at all. One message carries at most 240 bytes of payload; a longer page list continues in GPADL_BODY messages.'
		},
		'gpadl-created': {
			title: 'The root can reach the rings',
			text: "The root's VMBus driver answers with GPADL_CREATED. From now on the root can map the guest's ring pages.",
			notes:
				"Hosts cap the GPADL memory per guest, at about 384 MB before Windows Server 2019. Ask whose memory the rings are in: the guest's, shared on purpose."
		},
		open: {
			title: 'OPENCHANNEL',
			text: 'The guest sends OPENCHANNEL, naming the GPADL of its ring buffers. On the root side the channel now belongs to the VSP for this device, StorVSP.',
			notes:
				"This is the guest's second hypercall for a control message. For storage, a protocol version negotiation follows inside the open channel."
		},
		opened: {
			title: 'The channel is open',
			text: 'OPENCHANNEL_RESULT comes back, and packets may flow. Five control messages so far, two of them hypercalls by the guest, and none is repeated for each I/O.',
			notes:
				'Write the five on the board: OFFERCHANNEL, GPADL_HEADER, GPADL_CREATED, OPENCHANNEL, OPENCHANNEL_RESULT. From here on the diagram stays on the channel: packets move through shared memory, not from box to box.'
		},
		'first-packet': {
			title: 'The first packet signals',
			text: 'The guest writes a packet into the empty out ring. The ring went from empty to non-empty, so the guest signals the root with HvCallSignalEvent (0x005D).',
			notes:
				"The hypervisor turns the signal into an event flag and an interrupt in the root's SynIC. Tally so far: one packet, one signal."
		},
		batch: {
			title: 'Two more, no signal',
			text: 'Two more packets follow before the root has read anything. The ring already held work, so the guest sends no signal: the root will find them anyway.',
			notes:
				'Ask how many signals these three packets cost: one. Hosts may even throttle a guest that sends needless interrupts.'
		},
		'host-drains': {
			title: 'One interrupt, three packets',
			text: 'The root drains the out ring, all three packets on that one interrupt. The ring is empty again, so the next packet will signal once more.',
			notes:
				'This is the pay-off of the rule: the busier the channel, the fewer signals per packet.'
		},
		replies: {
			title: 'The root answers',
			text: 'The root puts two replies in the in ring. Only the first, into an empty ring, signals the guest; the second rides along.',
			notes:
				'The rule works the same way in both directions. Signals so far: two, for five packets.'
		},
		'guest-drains': {
			title: 'The guest catches up',
			text: 'The guest reads both replies on its one interrupt, and both rings are empty. Five packets cost two signals, and only one of those was a hypercall by the guest.',
			notes:
				'Three of the five writes needed no signal at all. Ask what a slower reader would change: more batching, so even fewer signals.'
		},
		monitor: {
			title: 'The monitor page',
			text: 'A second channel is set up the same way, but its offer gave it a monitor slot. Its first packet is signalled by setting a trigger bit in a shared monitor page: no hypercall, no exit.',
			notes:
				"The hypervisor scans the triggers as often as the latency hint allows and signals on the guest's behalf: fewer exits for a little more latency. This guest made two hypercalls, both for control messages, against three on the first channel."
		},
		close: {
			title: 'The guest closes the channel',
			text: 'The guest closes the channel with CLOSECHANNEL, again posted as a hypercall. In our model the rings are given up at once, so the packet still waiting is lost.',
			notes:
				"Ask before revealing where the close request goes: to the root's VMBus driver, like every other control message from the guest."
		},
		teardown: {
			title: 'Give the pages back',
			text: 'Next the guest sends GPADL_TEARDOWN: the root has to let go of the ring pages before the guest may reuse them.',
			notes:
				'Ask why the guest waits for an answer. Until the root confirms, it may still have those pages mapped.'
		},
		closed: {
			title: 'Closed',
			text: 'The root confirms with GPADL_TORNDOWN, and the guest driver may free its ring memory. Eight control messages took this channel from offer to close.',
			notes:
				'Recap the order: offer, GPADL, open, packets, close, teardown. Each step of the setup has its mirror in the teardown.'
		},
		rescind: {
			title: 'The host takes the device away',
			text: 'A third channel is open with a packet waiting, but now the host withdraws the device with RESCIND_CHANNELOFFER. A host may rescind an offer at any time, when a device is hot-removed for example.',
			notes:
				'The waiting packet goes with the channel. Ask which side decided here: the host, not the guest.'
		},
		released: {
			title: 'The ID is released',
			text: "The guest stops its driver and answers RELID_RELEASED, giving the channel's ID back to the root.",
			notes:
				'Two ways to end a channel: an orderly close, which the guest starts and the root confirms with GPADL_TORNDOWN, or a rescind, which the host starts and the guest answers with RELID_RELEASED.'
		}
	},
	questions: {
		'who-answers-gpadl': {
			prompt:
				'The guest has posted GPADL_HEADER with its ring pages. Who answers with GPADL_CREATED? Click the box.',
			explanation:
				"The root's VMBus driver. Once it has the page list, the root can map the guest's ring buffers."
		},
		'after-rescind': {
			prompt:
				'The host has rescinded the offer and the guest has stopped its driver. Where does RELID_RELEASED go? Click the box.',
			explanation:
				"To the root's VMBus driver: the guest gives the channel's ID back, and the channel is gone."
		},
		'signal-count': {
			prompt:
				'The out ring is empty. The guest writes three packets before the root reads any of them. How many signals does the root get?',
			options: { one: 'One', two: 'Two', three: 'Three' },
			explanation:
				'Only the first write takes the ring from empty to non-empty, so only it signals. The root then reads all three on that one interrupt.'
		},
		'gpadl-is': {
			prompt: 'What is a GPADL?',
			options: {
				'page-list': 'The list of guest page frame numbers that make up a shared buffer',
				'packet-format': 'The format of a storage packet in the ring',
				'interrupt-vector': 'The interrupt vector a channel signals on',
				'root-buffer': 'A buffer the root allocates and lends to the guest'
			},
			explanation:
				'A Guest Physical Address Descriptor List names the guest pages of a shared buffer, such as the ring buffers. The guest sends it with GPADL_HEADER (and GPADL_BODY if needed).'
		},
		'ring-memory': {
			prompt: "In whose memory do a channel's ring buffers live?",
			options: { guest: "The guest's", root: "The root's", hypervisor: "The hypervisor's" },
			explanation:
				'The guest allocates the rings and shares them with the root through a GPADL. The root maps those guest pages.'
		},
		'monitor-trade': {
			prompt: 'What does signalling through a monitor page trade?',
			options: {
				'latency-for-exits': 'A little latency, for fewer exits',
				'memory-for-speed': 'More memory, for faster packets',
				'safety-for-speed': 'Isolation between partitions, for speed'
			},
			explanation:
				'The guest only sets a bit, with no hypercall; the hypervisor notices it when it scans the triggers, within the latency hint, and signals on its behalf.'
		},
		'emulated-environment': {
			prompt: 'The 2008 article calls VMBus an emulated environment. What is it really?',
			options: {
				'shared-memory': 'A channel of shared ring buffers with signals, emulating no hardware',
				emulation: 'An emulator of real devices, sped up by the processor'
			},
			explanation:
				'VMBus is the opposite of emulation: the VSC and VSP exchange packets through shared memory and signal each other through the hypervisor.'
		}
	}
};

export default narration;
