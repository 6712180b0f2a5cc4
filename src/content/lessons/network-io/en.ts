import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Beyond the disk: network, video and mouse',
	summary:
		'One network frame through the emulated DEC 21140 in the worker process, then the same frame through NetVSC, VMBus and the virtual switch. After that a screen update and a mouse movement, each both ways, with the counters telling the cost.',
	objectives: [
		'Trace a frame through the emulated 21140 and explain why it costs about four or five exits, worker trips and a copy.',
		'Trace the same frame through NetVSC, the VMBus ring and the network VSP in the virtual switch.',
		'Compare emulated and synthetic video and mouse by their counters, and tell what is documented from what is our estimate.',
		'Tell what an external, an internal and a private virtual network connect, and where a VLAN ID is set.'
	],
	steps: {
		start: {
			title: 'A frame without integration components',
			text: 'This guest has no integration components, so the only network card it can drive is the legacy network adapter: a DEC 21140 that the worker process emulates. It is about to send one Ethernet frame.',
			notes:
				'The 21140 is also the only network adapter that can PXE-boot a generation 1 VM, which is why it is still around. Ask the class which other devices of the virtual motherboard live in the same worker process.'
		},
		descriptor: {
			title: 'The descriptor goes into RAM',
			text: "The frame goes down the guest's network stack to its 21140 driver. By our estimate the driver first writes a transmit descriptor into guest memory: plain RAM, so nothing traps yet.",
			notes:
				'The register sequence in this lesson is our reasoned estimate from how a 21140 works, not a documented Hyper-V trace. Point at the counters: all still zero.'
		},
		'poll-demand': {
			title: 'Poll demand: the first trap',
			text: 'Then the driver writes CSR1, the transmit poll demand register, of a card that does not exist. The hypervisor intercepts the access and suspends this virtual processor: guest VM exits goes to 1.',
			notes:
				"The root installed intercepts on the card's registers when it built the VM. Only this one virtual processor waits; the guest's other processors keep running."
		},
		'to-worker': {
			title: 'Into the worker process',
			text: "An intercept message reaches the root, where VID wakes this VM's worker process and its 21140 model handles the write in user mode. Watch the counters: one intercept message to the root, one trip to VMWP.",
			notes:
				"Ask before revealing: which box emulates the card? It is NIC (21140) inside VMWPs, in the root's user mode, not the hypervisor. The hops through WinHv and VID are our reading of how the message travels."
		},
		resume: {
			title: 'The guest may continue',
			text: "The worker records the poll demand and has the guest's virtual processor resumed, through VID and WinHv with HvCallSetVpRegisters. That is the first tick of the root's hypercall counter: the guest itself makes none.",
			notes:
				'Every trapped register access costs this whole round: exit, message, VID, worker, hypercall, resume. Ask how many rounds the class expects for one frame.'
		},
		copy: {
			title: 'The worker copies the frame',
			text: "Now the worker's 21140 reads the descriptor and copies the frame out of guest memory into the virtual switch. By our estimate this copy is work the synthetic adapter never does.",
			notes:
				'The copy shows as work on this hop, and the VMWP trips counter is at 2. Ask where the frame will be read from on the synthetic path.'
		},
		wire: {
			title: "Out through the root's driver",
			text: "The virtual switch hands the frame down to the physical NIC's driver, and the card puts it on the wire; the root's own TCP/IP stack is not involved. Hyper-V has no network driver of its own: the root's ordinary Windows driver does this.",
			notes:
				'The synthetic path will use the same root stack and driver; only the way in differs. The virtual switch is drawn as the VSPs box, because the network VSP is part of the switch.'
		},
		interrupt: {
			title: 'A completion interrupt',
			text: "The send is done, so the worker's 21140 raises its interrupt line at the emulated 8259 PIC, one more trip to VMWP. The hypervisor's APIC then injects the interrupt into the guest.",
			notes:
				'Virtual interrupts is now 2: the intercept message into the root and this one into the guest. Ask: who decides that the guest gets an interrupt, the hypervisor or the worker?'
		},
		isr: {
			title: 'The interrupt handler traps three times',
			text: 'The handler reads CSR5, writes it back to acknowledge, and sends the PIC an end of interrupt: three more traps. One frame costs 4 exits (5 with a second EOI) and 6 worker trips, by our estimate.',
			notes:
				'These counts assume a guest that ends interrupts at the emulated 8259 PIC; a guest with an APIC HAL ends them at its local APIC, which the hypervisor handles without a worker trip. Interrupt coalescing can also spread the completion over several frames. Keep these counters in mind for the next run.'
		},
		netvsc: {
			title: 'The same frame through NetVSC',
			text: 'Now a Windows guest with integration components sends the same frame. At the bottom of its network stack sits NetVSC, which wraps the frame in an RNDIS message for VMBus.',
			correction:
				'The 2008 article says a guest has at most 4 network adapters. In fact a WS2008 VM can have 12: by the usual wording of the limits table, 8 synthetic and 4 legacy.',
			notes:
				'RNDIS is Remote NDIS, carried here over the VMBus channel the guest opened at boot. Same frame, other adapter: ask what the guest no longer needs to touch.'
		},
		ring: {
			title: 'A ring write and one signal',
			text: "NetVSC puts the message in the channel's outbound ring in shared memory, with no exit. The ring was empty, so WinHv issues one HvCallSignalEvent: one exit, one hypercall.",
			correction:
				'The 2008 article says VMBus offers an emulated environment. In fact VMBus emulates nothing: it is memory shared by guest and root, ring buffers plus signals through the hypervisor.',
			notes:
				'Had the ring already held work, no signal would be needed: several frames can share one. That WinHv issues the call is drawn as our estimate.'
		},
		switch: {
			title: 'The network VSP in the virtual switch',
			text: "The hypervisor flags the root's SynIC, and the root's VMBus driver hands the message to the network VSP, part of the virtual switch in the root's kernel. The worker process stays dark.",
			notes:
				"Ask before revealing: after the root's VMBus driver, where does the frame go? Compare with the emulated run: no VID, no worker, no user mode."
		},
		nic: {
			title: 'An external network: out through the card',
			text: "This switch is an external virtual network, bound to the physical NIC: it connects the VMs, the root and the outside. It passes the frame to the NIC's driver, not through the root's TCP/IP stack; a VLAN ID can be set on each VM's network adapter, and one for the root's own connection.",
			notes:
				"The frame comes from buffers the guest shared in advance, and no worker copies it: the VMWP trips counter is still 0. VLAN IDs per VM adapter and for the management operating system are in Microsoft's WS2008 guide; that the root's ID is set on the switch is reported by a Microsoft engineer's 2008 post (S47). Dell's Hyper-V guide adds a fourth, \"dedicated\" network, which in Microsoft's terms is an external network the root does not share."
		},
		completion: {
			title: 'Two exits for one frame',
			text: 'The VSP writes a completion into the inbound ring and signals the guest, which ends the interrupt with one EOI MSR write. Total: 2 exits, 2 hypercalls, 2 ring writes and no worker trips, against 4 exits and 6 worker trips.',
			notes:
				'The second exit is the cheap synthetic EOI (MSR 0x40000070), not an emulated PIC access. The tally comes from modelling the documented mechanisms, not from a measurement.',
			compare: { a: 'Synthetic NIC (NetVSC)', b: 'Legacy NIC (DEC 21140)' }
		},
		'internal-network': {
			title: 'An internal network: the VMs and the root',
			text: "Now the same synthetic adapter is on an internal virtual network. It has no physical NIC: the switch hands the frame to the root's own virtual network adapter, so VMs reach each other and the root, but nothing outside the host.",
			notes:
				'Virtual Network Manager (in Hyper-V Manager) creates external, internal and private virtual networks (Microsoft TechNet). Internal suits a test lab that the host can still reach. Ask: which box would a private network leave out?'
		},
		'private-network': {
			title: 'A private network: VMs only',
			text: "On a private virtual network the switch still runs in the root, but the root itself has no adapter on it. It writes the frame into the other VM's VMBus ring and signals that VM, which takes it up its own network stack.",
			notes:
				"The private network isolates VMs from the root and from the physical network (TechNet). It exists on one host only: a VM moved to another cluster node finds other VMs there. The sender's completion is the same as in the external run."
		},
		's3-cursor': {
			title: 'A cursor move on the S3 card: four traps',
			text: 'Without integration components the screen is an emulated S3 card: by our estimate drawing pixels does not trap, but moving the text cursor takes four CRT-controller register writes. Each write exits to the worker: 4 exits and 4 worker trips for one small change on screen.',
			notes:
				'The S3 video box sits inside VMWPs, next to the 21140. The register sequence (index at 0x3D4, data at 0x3D5, for the high and the low byte) is our estimate of a classic VGA cursor move. Ask: what does this cost when the guest moves the cursor on every keystroke?'
		},
		'synthetic-video': {
			title: 'Synthetic video: one message',
			text: 'With integration components the video driver draws into a frame buffer in shared memory, set up over VMBus, and reports the changed area in one message: one ring write, one exit. The message goes up to the video device in the worker process, in user mode: one worker trip (reported for later builds).',
			notes:
				'No reply is needed, so the run ends in the worker. Storage and network VSPs are kernel drivers, but synthetic video, mouse and the integration services are served from the worker process; that is documented for 2016-era builds and not verified for 2008. The shared frame buffer and message are documented for the Linux driver hyperv_fb.'
		},
		'ps2-mouse': {
			title: 'A mouse movement: three bytes, three interrupts',
			text: 'You move the mouse in the VM Connection window, which the worker process serves; without integration components its i8042 model sends a three-byte PS/2 packet, one IRQ 12 per byte. By our estimate the handler traps four times per byte: 12 exits, 12 worker trips and 15 virtual interrupts.',
			notes:
				'That VM Connection input enters through the worker is our estimate; so is the port sequence (status and data port, end of interrupt at both PICs). The keyboard of a 2008 VM was always this emulated i8042. Ask the class to predict the synthetic count before the next step.'
		},
		'synthetic-mouse': {
			title: 'The synthetic mouse: one packet',
			text: "With integration components the worker's synthetic mouse device writes the movement to the guest's mouse VSC as one VMBus packet, and the root signals the guest. The guest's only exit is the EOI; that the mouse is served from the worker is reported for later builds.",
			notes:
				"One exit against twelve, and no kernel VSP: the packet goes from the worker through the root's VMBus driver into the ring. The Linux counterpart of this VSC is hid-hyperv; the 2008 integration components brought a synthetic mouse driver for Windows guests.",
			compare: { a: 'Synthetic mouse (VMBus)', b: 'PS/2 mouse (i8042)' }
		}
	},
	questions: {
		'after-copy': {
			prompt:
				"The worker's 21140 has copied the frame out of guest memory. Where does it hand the frame next? Click the box.",
			explanation:
				"To the virtual switch, drawn as the VSPs box in the root's kernel. From there the frame goes down to the physical NIC's driver, without passing the root's own TCP/IP stack."
		},
		'linux-vsp': {
			prompt:
				"A Linux guest with hv_netvsc sends a frame, and the root's VMBus driver has taken its signal. Which box gets the message next? Click it.",
			explanation:
				"The network VSP in the virtual switch, in the root's kernel: the same VSP serves Windows and Linux guests, and the worker process plays no part."
		},
		'mouse-eoi': {
			prompt:
				"The guest's mouse VSC has taken the movement from the ring. Where does the guest send its end of interrupt? Click the box.",
			explanation:
				"To the hypervisor's synthetic EOI register, an MSR: one cheap write instead of emulated interrupt-controller accesses. It is the guest's only exit for this movement."
		},
		'virtual-network-kind': {
			prompt:
				'A test lab: its VMs must reach each other and the host, but nothing on the physical network. Which virtual network do you create?',
			options: {
				external: 'An external virtual network',
				internal: 'An internal virtual network',
				private: 'A private virtual network',
				none: 'None: VMs on one host always reach the physical network'
			},
			explanation:
				'Internal: it connects the VMs and the root, with no physical NIC. A private network would leave the root out, and an external one is bound to a physical NIC and reaches the outside.'
		},
		'pxe-boot': {
			prompt: 'Which network adapter can PXE-boot a generation 1 VM?',
			options: {
				'legacy-21140': 'The legacy adapter, the emulated DEC 21140',
				'synthetic-netvsc': 'The synthetic adapter (NetVSC)',
				both: 'Both',
				neither: 'Neither: a generation 1 VM cannot boot from the network'
			},
			explanation:
				'Only the legacy adapter. The BIOS can drive the emulated 21140, while the synthetic adapter exists only on VMBus, which needs a driver in a running guest.'
		},
		'emulated-exits': {
			prompt:
				'By our estimate, how many guest exits does one frame through the emulated 21140 cost?',
			options: {
				none: 'None',
				one: 'One',
				'four-or-five': 'About four or five',
				'about-twelve': 'About twelve'
			},
			explanation:
				'One CSR1 write starts the send; the interrupt handler then reads and writes CSR5 and ends the interrupt once or twice. Each is a round trip through the worker process; the count is a reasoned estimate, not a measurement.'
		},
		'netvsc-message': {
			prompt: 'What does NetVSC put into the VMBus ring to send a frame?',
			options: {
				'rndis-message': 'An RNDIS message carrying the frame',
				'register-writes': 'A list of 21140 register writes for the worker to replay',
				'direct-to-nic': 'Nothing: it programs the physical NIC directly'
			},
			explanation:
				'NetVSC speaks RNDIS over its VMBus channel to the network VSP in the virtual switch. It touches no device register, and a child has no access to the physical NIC.'
		},
		'mouse-cost': {
			prompt: 'Why does one emulated mouse movement cost about twelve exits, by our estimate?',
			options: {
				'per-byte':
					'A PS/2 packet has three bytes, each with its own interrupt and four port accesses',
				'per-pixel': 'Every pixel the pointer crosses traps',
				polling: 'The guest polls the mouse port all the time'
			},
			explanation:
				'Each of the three bytes raises IRQ 12; the handler reads the status and data ports and ends the interrupt at both 8259 PICs. Three times four makes twelve traps, each through the worker; a guest with an APIC HAL would end the interrupt at its local APIC instead, without a worker trip.'
		}
	}
};

export default narration;
