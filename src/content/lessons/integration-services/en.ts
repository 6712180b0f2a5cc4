import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Integration services, one by one',
	summary:
		'The four integration services besides heartbeat, each on its own VMBus channel: the host asks a guest to shut down, sends it the time, swaps key/value data with it and has it prepare a live backup. Follow each message and see who serves it in the root.',
	objectives: [
		'Say which side starts each service: shutdown, time sync, data exchange (KVP) and backup (VSS).',
		'Explain that an integration service is a VMBus device whose host end is the worker process.',
		'Tell why guests need time sync, why KVP needs no network, and what VSS adds to a host backup.'
	],
	steps: {
		'timesync-offer': {
			title: 'A channel for time synchronization',
			text: 'The host offers the time synchronization service like any synthetic device, and the guest binds its time service to it. The guest posts a GPADL for the rings with HvCallPostMessage, a hypercall.',
			notes:
				'Every one of the five 2008 services has a channel of its own; this lesson follows four of them, the integration-components lesson followed heartbeat.'
		},
		'timesync-open': {
			title: 'The worker process takes the channel',
			text: "OPENCHANNEL reaches the root, but no kernel VSP serves this device: the root's VMBus driver hands it up to the VM's worker process in user mode. That is documented for later builds and our estimate for 2008.",
			notes:
				'Before revealing, ask which box will open the channel. Storage and network VSPs are kernel drivers; video, mouse and the integration services live in the worker.'
		},
		'timesync-send': {
			title: 'The host sends its time',
			text: "The channel is open, and the worker writes the host's time into the guest's inbound ring; the guest is signalled because the ring was empty. Here the host speaks and the guest only listens.",
			notes: 'Point at the counters: five setup messages, then one packet and one signal.'
		},
		'timesync-adjust': {
			title: 'The guest sets its clock',
			text: "The guest's time service reads the host's time and corrects its own clock. A guest reads its real-time clock only at boot and then drifts, so without this its time wanders off.",
			notes:
				'That guests drift without it, and that Microsoft advises leaving it on even in a domain, comes from a secondary source.'
		},
		kvp: {
			title: 'Data exchange (KVP)',
			text: 'A second channel, set up the same way, for data exchange. This time the guest speaks first: it sends key/value pairs that it keeps in its registry.',
			notes: 'The guest published those pairs without any network connection: only VMBus.'
		},
		'kvp-host': {
			title: 'Pairs both ways',
			text: 'The root reads the guest’s pairs, and the host writes a pair of its own into the ring for the guest. Both directions share the one channel, each side signalled only when its ring was empty.',
			notes: 'Ask what an administrator could do with this: read a guest’s name, hand it a setting.'
		},
		'kvp-guest': {
			title: 'Into the guest’s registry',
			text: "The guest's data-exchange service reads the host's pair and stores it in its registry, where software in the guest can read it. No network, no shared folder: key/value strings over VMBus.",
			notes: 'This is also why KVP works in a VM with no network adapter at all.'
		},
		vss: {
			title: 'Backup (VSS)',
			text: 'A third channel, for backup. A backup on the host wants to copy this running VM’s disk, so the host asks the guest, over the ring, to prepare.',
			notes:
				'Windows 2000 guests lacked this service in 2008; the others with integration components had it.'
		},
		'vss-freeze': {
			title: 'The guest gets its data consistent',
			text: "The guest's backup service acts as a VSS requestor: its applications flush their data and hold new writes for a moment. Then it answers that the guest is ready.",
			notes:
				'On Linux the same idea is a host-triggered freeze and thaw of the file systems, added to the kernel in 2013.'
		},
		'vss-done': {
			title: 'A consistent backup of a running VM',
			text: 'The root has the answer, so the host takes its shadow copy of the volume holding the VHD, and the guest carries on. The backup is consistent, and the VM never stopped.',
			notes:
				'The model ends at the answer; the host shadow copy and the guest letting writes go again are drawn only in words. Ask: what would the backup be worth without this step?'
		},
		shutdown: {
			title: 'Shut down, please',
			text: "A fourth channel, for shutdown. Shut Down in Hyper-V Manager makes the worker write a shutdown request into the guest's inbound ring.",
			notes:
				'Contrast with Turn Off, which pulls the plug: no message to the guest at all, and whatever the guest had not written is lost.'
		},
		'shutdown-guest': {
			title: 'The guest shuts itself down',
			text: "The guest's shutdown service reads the request, starts an orderly shutdown of the operating system and answers that it has. Applications close and file systems flush as on a shutdown from the console.",
			notes:
				'Without this service the host can only turn the VM off, or someone has to log on to the guest and shut it down by hand.'
		},
		'shutdown-done': {
			title: 'The channels close',
			text: 'The root takes the answer from its ring. As the guest goes down its drivers stop and, by our estimate, close their channels the regular way: CLOSECHANNEL and a GPADL teardown.',
			notes:
				'When the guest is done the VM is off and its worker process ends. Count the packets: one request, one answer, two signals.'
		}
	},
	questions: {
		'who-serves': {
			prompt:
				'The guest has bound the time synchronization service and posted its GPADL. Who takes OPENCHANNEL in the root? Click the box.',
			explanation:
				"The VM's worker process, in user mode: the root's VMBus driver hands integration-service channels up to it, while storage and network channels go to kernel VSPs (documented for later builds, our estimate for 2008)."
		},
		'shutdown-what': {
			prompt: 'What does the shutdown integration service let the host do?',
			options: {
				'clean-shutdown': 'Ask the guest OS to shut itself down cleanly',
				'power-off': 'Cut the power of the VM',
				'save-state': 'Save the VM’s memory to disk',
				pause: 'Pause the virtual processors'
			},
			explanation:
				'The host sends a request and the guest shuts its own operating system down in order. Turning off, saving and pausing need no service in the guest.'
		},
		'time-drift': {
			prompt: 'Why does a guest need the time synchronization service?',
			options: {
				'rtc-at-boot':
					'It reads its real-time clock only at boot and drifts afterwards, as a secondary source explains',
				'no-network': 'A VM cannot reach a time server over the network',
				'daylight-saving': 'Hyper-V does not pass on daylight saving time',
				'hypervisor-clock': 'The hypervisor has no clock of its own'
			},
			explanation:
				'A guest reads its clock at boot and then keeps time itself; being descheduled makes it drift. The service keeps correcting it from the host.'
		},
		'kvp-network': {
			prompt: 'What does data exchange (KVP) need to pass a key/value pair into a guest?',
			options: {
				'over-vmbus': 'Nothing but its VMBus channel: no network connection',
				'needs-network': 'A network connection between host and guest',
				'needs-wmi-remoting': 'Remote WMI enabled inside the guest'
			},
			explanation:
				"The pairs are strings carried over the service's VMBus channel and stored in the guest's registry, so a VM without any network adapter can still exchange them."
		},
		'vss-gain': {
			prompt: 'What does the backup (VSS) integration service give a backup made on the host?',
			options: {
				'consistent-live': 'A consistent copy of a VM that keeps running',
				'offline-only': 'Nothing: the VM must be shut down first',
				'faster-copy': 'A faster copy, but not a consistent one',
				'no-snapshot': 'A backup without any shadow copy'
			},
			explanation:
				"The guest's applications flush and briefly hold their writes while the host takes its shadow copy, so the copy is consistent and the VM never stops."
		}
	}
};

export default narration;
