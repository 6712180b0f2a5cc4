import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Integration components',
	summary:
		'What the integration components add to a guest: the VMBus driver, synthetic device drivers, five services and the IDE fast path. And what a guest without them is left with.',
	objectives: [
		"Tell the kernel's own enlightenment apart from what the integration components add.",
		'Name the synthetic devices and the five integration services of Windows Server 2008.',
		'Explain the IDE fast path, and why the emulated IDE controller still matters at boot.',
		'Say which guests had integration components in 2008.'
	],
	steps: {
		firmware: {
			title: 'Every VM starts on emulated hardware',
			text: 'A generation 1 VM starts in its BIOS, which reads the boot disk through the emulated IDE controller in the worker process. No integration component runs yet: they are drivers inside the guest, loaded later by its kernel.',
			notes:
				'Point at the IDE box inside the VMWP. Ask the class why the BIOS cannot simply use VMBus.'
		},
		kernel: {
			title: 'A hypervisor-aware kernel',
			text: 'Windows Server 2008 loads its kernel, which is hypervisor-aware by itself. Its integration components came in the box, but as a pre-release version; by our estimate guests needed the updated set once the host had the final Hyper-V of June 2008.',
			correction:
				'The 2008 article says Windows Server 2008 has the integration components installed already. In fact WS2008 shipped with a beta of Hyper-V and matching pre-release components; the final Hyper-V came on 26 June 2008 through Windows Update, and by our estimate guests then needed updated components.',
			notes:
				'Stress "pre-release": a WS2008 DVD from early 2008 contains a beta hypervisor stack. The need to update the guest components is our inference, not a quoted fact.'
		},
		discover: {
			title: 'Discovery is the kernel’s own work',
			text: 'Before any integration component, the kernel asks CPUID whether a hypervisor is present and which one, then writes its identity and the hypercall page address to synthetic MSRs. That enlightenment belongs to the kernel; the integration components build on top of it.',
			notes:
				'This was the subject of the boot lesson; go quickly. The point is the split: kernel enlightenment here, integration components next.'
		},
		contact: {
			title: 'The VMBus driver says hello',
			text: "Now the integration components take over: the guest's VMBus driver posts INITIATE_CONTACT to the root with HvCallPostMessage. VMBus is the bus every synthetic device and every integration service rides on.",
			notes: 'Ask: which hypercall privilege does the child need for this? (PostMessages.)'
		},
		version: {
			title: 'The root answers',
			text: "The root's VMBus driver answers with VERSION_RESPONSE. A Windows Server 2008 host speaks VMBus protocol 0.13; Windows 7 and Server 2008 R2 brought 1.1.",
			correction:
				'The 2008 article says VMBus, the VSPs and the VSCs provide an emulated environment. In fact VMBus is the opposite of emulation: shared-memory ring buffers with SynIC signalling, and no device is emulated at all.',
			notes:
				'Let the class predict first: many pick the hypervisor, but the hypervisor only carries the message; the answer comes from the root.'
		},
		offers: {
			title: 'One offer per device',
			text: 'The guest asks for the offers, and the root sends one OFFERCHANNEL per device, each with a class GUID that names its type. The synthetic devices are storage (StorVSC), network (NetVSC), video and mouse.',
			notes:
				'Watch the control-message counter: REQUESTOFFERS, then nine offers, one for each synthetic device this VM has. Each offer is a small message; no data moves yet.'
		},
		services: {
			title: 'Five integration services',
			text: 'Five of those offers are for the integration services, each a channel of its own: operating system shutdown, time synchronisation, key/value pair data exchange, heartbeat and Volume Shadow Copy backup. ALLOFFERS_DELIVERED closes the list; all five services were in the first release of 2008.',
			correction:
				'The 2008 article lists VMBus, time sync and the video, network and storage drivers as the integration components. In fact the 2008 set also had heartbeat, shutdown, KVP data exchange and VSS backup, plus the IDE filter that sends IDE disk I/O over VMBus.',
			notes:
				"Microsoft's current reference page says these services were added in Windows Server 2012; that reflects today's servicing model. Do not show those dates in a 2008 context."
		},
		bind: {
			title: 'The VSCs bind',
			text: 'Each VSC binds to the offer whose class GUID it knows and opens its channel: storage, network, video and mouse now work over VMBus. Even the boot disk does, through an IDE filter you will meet in a moment.',
			notes:
				'Each channel that opens costs four more control messages (GPADL_HEADER, GPADL_CREATED, OPENCHANNEL, OPENCHANNEL_RESULT): 49 for this VM, none of them repeated per I/O. The keyboard, by our estimate, stayed on the emulated PS/2 controller in 2008; a synthetic keyboard came with later hosts.'
		},
		'no-ics': {
			title: 'The same guest without integration components',
			text: 'Same VM, same hypervisor-aware kernel, but no integration components. The kernel still finds Hyper-V and sets up its hypercall page, because that part is built into the kernel.',
			notes: 'Compare the counters with the first run: the same CPUID exits and MSR writes.'
		},
		'stays-emulated': {
			title: 'Stuck with emulated devices',
			text: 'Without a VMBus driver it never contacts the root: it keeps the emulated IDE, 21140, S3 and PS/2 devices and none of the five services. In 2008 packages existed for Windows Server 2003 SP2, Windows 2000 Server SP4, Vista SP1 and XP SP2/SP3 (those two by our estimate) and SLES 10; a guest without one stays like this.',
			notes:
				'Ask: what does an administrator lose besides speed? (Clean shutdown from the host, time sync, heartbeat, KVP, live VSS backup.)'
		},
		'heartbeat-channel': {
			title: 'Zoom in: the heartbeat channel',
			text: 'Back to a guest with integration components, and one service: heartbeat. Like any VMBus device, its channel is offered, bound, given ring buffers through a GPADL, and opened.',
			notes:
				'The same five setup messages as a storage channel: a service is just another device. Its host end, though, is the worker process rather than a kernel VSP, as reported for later builds.'
		},
		'heartbeat-ask': {
			title: 'The host asks',
			text: "The root's heartbeat service writes a message with a sequence number into the guest's inbound ring. The ring was empty, so the guest gets a signal.",
			notes: 'Point at the signal counter: one interrupt for the empty-to-non-empty transition.'
		},
		'heartbeat-answer': {
			title: 'The guest answers',
			text: "The guest's heartbeat service reads the message, adds one to the sequence number and sends it back. An answer shows the host that the operating system inside has booted and still responds.",
			notes:
				'A VM can be "running" with a hung or missing OS; only the heartbeat tells the difference.'
		},
		'other-services': {
			title: 'The other services work alike',
			text: 'The root takes the reply from its ring. Shutdown, time sync, KVP and VSS use their own channels the same way: the host asks for a clean shutdown, sends its clock, swaps key/value strings, or has the guest prepare its data for a live backup.',
			notes: 'Ask which of the five the class would miss most in production.'
		},
		'ide-read': {
			title: 'A read from an IDE disk',
			text: 'Now storage: this enlightened guest reads from a disk on the IDE controller. Without integration components, this read would go to the emulated IDE controller in the worker process.',
			notes: 'Ask the class to predict the next box before you step on.'
		},
		filter: {
			title: 'The IDE fast path',
			text: 'A filter of the integration components catches the IDE request and hands it to StorVSC instead of the emulated controller. So after boot, an IDE disk performs like a synthetic SCSI disk.',
			notes:
				'This filter is why the boot disk on IDE is no performance problem once the guest runs.'
		},
		ring: {
			title: 'Into the ring buffer',
			text: 'StorVSC writes the request into the VMBus ring buffer, exactly as it would for a disk on the SCSI controller.',
			notes: 'From here on the path is the synthetic disk read of the I/O lessons.'
		},
		storvsp: {
			title: 'StorVSP, not the emulator',
			text: 'One signal, and StorVSP in the root kernel picks up the packet. The worker process and its IDE emulator stay idle.',
			notes: 'Point at the VMWP box: it is never lit on this path.'
		},
		done: {
			title: 'Emulated IDE only at boot',
			text: 'The read completes over VMBus and the application has its data. Emulated IDE is now used only while the BIOS boots, and by guests without integration components.',
			notes: 'Close with the question: what exactly do the integration components install?'
		}
	},
	questions: {
		'not-in-2008': {
			prompt: 'Which of these was NOT an integration service of Windows Server 2008?',
			options: {
				shutdown: 'Operating system shutdown',
				'time-sync': 'Time synchronisation',
				kvp: 'Data exchange (key/value pairs)',
				vss: 'Backup through Volume Shadow Copy',
				'file-copy': 'Copying files from the host (Guest Service Interface)'
			},
			explanation:
				'The 2008 set was shutdown, time sync, KVP data exchange, heartbeat and VSS backup. Copying files from the host (the Guest Service Interface) arrived with Windows Server 2012 R2.'
		},
		'version-answer': {
			prompt: "The guest's VMBus driver has posted INITIATE_CONTACT. Which box answers it?",
			explanation:
				"The root's VMBus driver answers with VERSION_RESPONSE; a Windows Server 2008 host offers protocol 0.13. The hypervisor only delivers the message."
		},
		'without-ics': {
			prompt:
				'A Windows Server 2008 guest has its hypervisor-aware kernel but no integration components. Which devices does it use?',
			options: {
				emulated: 'The emulated devices in the worker process: IDE, 21140 NIC, S3 video, PS/2',
				synthetic: 'The synthetic VMBus devices, since its kernel is enlightened',
				none: 'None: it cannot boot at all'
			},
			explanation:
				'Discovering Hyper-V and enabling hypercalls is in the kernel, but the VMBus driver and the VSCs come with the integration components. Without them no channel opens, so the guest keeps the emulated devices.'
		},
		'ide-after-filter': {
			prompt:
				"An enlightened guest's IDE read has reached the root's VMBus driver. Which box takes it next?",
			explanation:
				'StorVSP, in the root kernel. The IDE filter sent the request out of the guest as a VMBus packet, so the IDE emulator in the worker process plays no part.'
		},
		ws2003: {
			prompt: 'In 2008, how did a Windows Server 2003 guest get synthetic devices on Hyper-V?',
			options: {
				'install-package': 'By installing the integration components package in the guest',
				'built-in': 'Its kernel already contained the VSCs',
				'none-available': 'It could not: only Windows Server 2008 guests could',
				'xen-adapter': 'Through the hypercall adapter'
			},
			explanation:
				'Windows Server 2003 SP2 needed the integration components installed as a separate package, and so did Windows 2000 Server SP4, Windows Vista SP1, Windows XP SP2/SP3 (the client service packs by our estimate) and SUSE Linux Enterprise Server 10. Windows Server 2008 had them in the box, at first as a pre-release version; the hypercall adapter was part of the Linux components.'
		},
		'heartbeat-purpose': {
			prompt: 'What does the heartbeat service tell the host?',
			options: {
				'os-alive': 'That the guest operating system has booted and still responds',
				clock: 'How far the guest clock has drifted',
				'disk-health': 'Whether the virtual disks are healthy',
				'network-up': 'Whether the guest network is up'
			},
			explanation:
				'The host sends a numbered message over the heartbeat channel and the guest returns it with the number raised by one. A running VM state alone does not prove that an operating system is alive inside.'
		},
		protocol: {
			prompt: 'Which VMBus protocol version does a Windows Server 2008 host speak?',
			explanation:
				'0.13 is the Windows Server 2008 version. 1.1 came with Windows 7 and Server 2008 R2, 2.4 with Windows 8 and Server 2012, and 5.x later still.'
		}
	}
};

export default narration;
