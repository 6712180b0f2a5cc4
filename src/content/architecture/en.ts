import type { ArchitectureText } from '$lib/architecture/content';

const text: ArchitectureText = {
	partitions: {
		root: 'Root partition',
		win: 'Enlightened Windows child',
		linux: 'Enlightened Linux child',
		legacy: 'Unenlightened child',
		hypervisor: 'Hypervisor',
		hardware: 'Hardware'
	},
	modes: {
		user: 'User mode',
		kernel: 'Kernel mode',
		hypervisor: 'Hypervisor',
		hardware: 'Hardware'
	},
	components: {
		'root-vmwp': {
			label: 'VMWPs',
			description:
				"The Virtual Machine Worker Process (vmwp.exe) runs in user mode in the root partition, one per running VM. It holds that VM's configuration and runtime state and contains the emulated devices of its virtual motherboard. On the emulated path every trapped register access ends up here, probably handed over by VID. It also serves synthetic video and mouse and the integration services over VMBus (reported for later builds); synthetic disk and network traffic never passes through it."
		},
		'root-ide-emulator': {
			label: 'IDE (PIIX4)',
			description:
				"The emulated PIIX4 IDE controller inside the worker process, in root user mode: two controllers with two devices each; of the disk controllers, a generation 1 VM can boot only from IDE. Setting up one transfer takes seven port writes by a published count, each a round trip into the worker, which then reads or writes the VHD through the root's I/O stack. Once integration components load, IDE disk I/O goes over VMBus instead. Microsoft's figure does not draw it."
		},
		'root-nic-emulator': {
			label: 'NIC (21140)',
			description:
				"The legacy network adapter: an emulated DEC/Intel 21140 10/100 Ethernet card, modelled in the worker process in root user mode, and the only NIC a generation 1 VM can PXE-boot from. By our estimate each sent frame costs about four to five intercepts plus a copy by the worker into the virtual switch, where the synthetic NIC needs at most one signal per batch. Microsoft's figure does not draw it."
		},
		'root-video-emulator': {
			label: 'S3 video',
			description:
				"The emulated S3 graphics card (VESA 2.0) of a generation 1 VM, modelled in the worker process in root user mode. Virtual Server documented it as an S3 Trio 32/64 with 4 MB of video memory; Hyper-V probably uses the same model. Enlightened guests can use a synthetic video device over VMBus instead, and generation 2 VMs drop the S3 card. Microsoft's figure does not draw it."
		},
		'root-input-emulator': {
			label: 'i8042 (PS/2)',
			description:
				"The emulated i8042 keyboard controller with a PS/2 keyboard and mouse, part of the virtual motherboard in the worker process (root user mode). In Windows Server 2008 the keyboard probably always went through this emulation, as the synthetic keyboard came later; the integration components reportedly added a synthetic mouse over VMBus. Microsoft's figure does not draw it."
		},
		'root-pic-emulator': {
			label: '8259 PIC',
			description:
				"Two cascaded 8259 interrupt controllers, emulated in the worker process in root user mode with the rest of the generation 1 chipset. Completion interrupts of emulated devices reach the guest through this emulated PIC or the emulated I/O APIC, and by our estimate the guest's end-of-interrupt writes add one or two more intercepts per request. Microsoft's figure does not draw it."
		},
		'root-vmms': {
			label: 'VMMS',
			description:
				'The Virtual Machine Management Service (vmms.exe) runs in user mode in the root partition and tracks the state of every VM: create, start, stop, snapshot. It exposes the WMI management interface and starts one worker process for each running VM. It uses VID for partition services but takes no part in the I/O paths themselves.'
		},
		'root-wmi': {
			label: 'WMI',
			description:
				"The WMI provider, drawn inside the VMMS box, is Hyper-V's programmable management surface in root user mode; management tools and scripts drive VMs through it. In the 2008 and R2 era it was the root\\virtualization namespace, as Microsoft's reference of its classes shows; a v2 namespace reportedly arrived with Windows Server 2012. It plays no role in guest I/O."
		},
		'root-vsp': {
			label: 'VSPs',
			description:
				"Virtualization Service Providers run only in the root partition; the 2008 article wrongly placed them in the guest OS, where the VSCs live. This box is the kernel-mode ones: StorVSP for storage and the network VSP in the virtual switch, which take the guest's packet from the ring buffer and issue the I/O through the root's own I/O stack and drivers, with no step into the worker process. Synthetic video, mouse and the integration services are served from the worker process instead (reported for later builds)."
		},
		'root-vid': {
			label: 'VID',
			description:
				'The Virtualization Infrastructure Driver (vid.sys) runs in kernel mode in the root and provides partition, virtual-processor and memory services, between VMMS and the worker processes above and WinHv below. On the emulated path it probably receives the intercept messages from the hypervisor and wakes the worker process that owns the device; Microsoft has not published those internals.'
		},
		'root-io-stack': {
			label: 'I/O stack',
			description:
				"The root partition's ordinary Windows I/O stack in kernel mode: file systems, storage layers and networking. Both device paths end up here: a VSP turns a guest packet into a request against the VHD file or pass-through disk, and the worker process sends the real I/O of its emulated devices the same way. From here requests go down to the physical drivers."
		},
		'root-drivers': {
			label: 'Drivers',
			description:
				'Ordinary 64-bit Windows device drivers, third-party ones included, in kernel mode in the root. Keeping them here rather than in the hypervisor is what Microsoft calls a microkernelized design; they drive the physical disks and NICs for all partitions. The flip side, which the 2008 article glossed over: a failing driver can crash the root, and every child goes down with it.'
		},
		'root-winhv': {
			label: 'WinHv',
			description:
				"The Windows Hypervisor Interface Library (winhv.sys) runs in kernel mode in the root and wraps hypercalls in normal Windows calling conventions. VID presumably reaches the hypervisor through it, for work such as creating partitions, installing intercepts and resuming a suspended virtual processor. It is the solid line from the root down to the Hypercalls box in Microsoft's figure."
		},
		'root-vmbus': {
			label: 'VMBus',
			description:
				'The root side of VMBus, in kernel mode: it offers each synthetic device to a child as a channel and hands incoming packets to the right VSP, in the kernel or, for video, mouse and the integration services, up in the worker process. A channel is a pair of ring buffers in guest memory shared with the root, with SynIC events as doorbells. The 2008 article called VMBus an emulated environment, but it is shared memory and emulates nothing.'
		},

		'win-apps': {
			label: 'User applications',
			description:
				'Ordinary applications in user mode in an enlightened Windows guest. They need no changes: their file and network calls go down the guest kernel I/O stack as on a physical machine, and only the drivers below decide that the request travels over VMBus.'
		},
		'win-io-stack': {
			label: 'I/O stack',
			description:
				"The guest's own Windows I/O stack in kernel mode (file system, storage and network layers), drawn together with the drivers in Microsoft's figure. In an enlightened guest its requests end at a VSC rather than at a driver for emulated hardware. With the integration components loaded, a filter even sends I/O for IDE-attached disks over VMBus, so the emulated IDE controller is only used to boot."
		},
		'win-vsc': {
			label: 'VSCs/ICs',
			description:
				'Virtualization Service Clients and integration components in the enlightened Windows child. The VSCs are synthetic device drivers in kernel mode (storage, network, video, mouse) that pack requests into VMBus packets for their VSP in the root; a disk read carries the SCSI command plus the guest pages of its buffer. The 2008 integration services (shutdown, time sync, data exchange (KVP), heartbeat and VSS backup) run as user-mode Windows services (vmicheartbeat, vmicshutdown and so on, hosted by vmicsvc.exe) over the kernel-mode VMBus driver.'
		},
		'win-winhv': {
			label: 'WinHv',
			description:
				"The same Windows Hypervisor Interface Library as in the root, in kernel mode in an enlightened Windows guest, where it turns driver requests into hypercalls. The guest's signals to the root, such as the event that wakes a VSP once a packet lands in an empty ring, presumably go out through it. Microsoft's figure draws its link to the Hypercalls box dashed."
		},
		'win-vmbus': {
			label: 'VMBus',
			description:
				"The guest's VMBus driver, in kernel mode. It accepts the root's channel offers, and for each channel allocates the ring buffers in guest memory and shares them with the root as a list of guest page numbers (a GPADL). It signals the root only when an outgoing ring goes from empty to non-empty, and gets the root's replies as SynIC interrupts."
		},

		'linux-apps': {
			label: 'User applications',
			description:
				'Ordinary user-mode programs in an enlightened Linux guest. They run unchanged: their reads, writes and socket calls go through the Linux kernel, whose Hyper-V drivers carry them over VMBus to the root.'
		},
		'linux-io-stack': {
			label: 'I/O stack',
			description:
				"The Linux kernel's file system, block, SCSI and network layers, in kernel mode in the guest, drawn together with the drivers in Microsoft's figure. A disk read goes down through the SCSI layer to the storvsc driver; network packets go to netvsc."
		},
		'linux-vsc': {
			label: 'Linux VSCs/ICs',
			description:
				"Linux's Hyper-V drivers in the guest kernel: hv_storvsc for disks, hv_netvsc for networking (RNDIS over VMBus), hv_utils for heartbeat, time sync, shutdown, KVP and VSS, plus mouse and frame-buffer drivers. The first storage and network VSCs came in 2008 as the Linux Integration Components for SUSE Linux Enterprise Server 10; in 2009 Microsoft put them under the GPL and they entered Linux 2.6.32."
		},
		'linux-hv': {
			label: 'LinuxHv',
			description:
				"The figure's name for the guest kernel's hypercall layer (today arch/x86/hyperv and drivers/hv/hv.c), in kernel mode. It sets up the hypercall page and issues HvCallPostMessage and HvCallSignalEvent, the latter as a fast register-based call. The 2008 Linux ICs also had a hypercall adapter that translated a Xen-enabled kernel's calls; despite the 2008 article, it had nothing to do with Citrix XenServer."
		},
		'linux-vmbus': {
			label: 'VMBus',
			description:
				'The hv_vmbus driver in guest kernel mode, which models VMBus as a Linux bus (/sys/bus/vmbus) and binds drivers to channels by the class GUID of each offer. It sends control messages with HvCallPostMessage and receives traffic on SINT2. To notify the root it sets a bit in a shared monitor page, with no hypercall, or calls HvCallSignalEvent; current kernels no longer support 2008 hosts.'
		},

		'legacy-apps': {
			label: 'User applications',
			description:
				'User-mode applications in a guest without any Hyper-V awareness, for example an OS without integration components. They run unchanged and cannot tell that every device access below them is emulated.'
		},
		'legacy-kernel': {
			label: 'Kernel',
			description:
				"The unmodified kernel of an unenlightened guest, in kernel mode, drawn as one Kernel box with no VMBus, VSC or WinHv. It believes it runs on a real generation 1 PC (440BX chipset, PIIX4 IDE, S3 video, 21140 NIC), so all its device access is trapped by the hypervisor and emulated in the root's worker process."
		},
		'legacy-drivers': {
			label: 'Emulated-device drivers',
			description:
				"The guest's ordinary drivers for the emulated hardware (IDE, 21140 NIC, S3 video, PS/2, 8259 PIC), in the guest's kernel mode. Every I/O-port instruction or MMIO access they make to a device register leaves the guest as an intercept; one emulated IDE DMA read costs an estimated 10 to 13 of them. Microsoft's figure does not draw these drivers."
		},

		'hv-hypercalls': {
			label: 'Hypercalls',
			description:
				"The hypervisor's call interface, a system call for partitions. A guest kernel calls into a hypercall page the hypervisor maps for it, holding the vendor's instruction (presumably VMCALL on Intel, VMMCALL on AMD); RCX carries the call code, fast flag and rep count. On our paths: HvCallSignalEvent rings VMBus doorbells, HvCallInstallIntercept and HvCallSetVpRegisters drive emulation."
		},
		'hv-synic': {
			label: 'SynIC',
			description:
				"The hypervisor's synthetic interrupt controller: each virtual processor has 16 synthetic interrupt sources (SINT0 reserved for hypervisor messages), a message page and an event-flag page, set up through MSRs. VMBus rides on it: a signal sets a flag bit in the target's event page and raises its SINT, and a message carries up to 240 bytes. Microsoft's figure does not draw it."
		},
		'hv-msrs': {
			label: 'MSRs',
			description:
				'Synthetic model-specific registers in the 0x40000000 range, handled by the hypervisor. A guest writes its OS identity to 0x40000000 and its hypercall page address to 0x40000001; others hold the processor index, the reference clock and the SynIC setup. Enlightened guests reach APIC EOI, ICR and TPR via MSRs 0x40000070 to 72, a cheaper exit than an access to the APIC page that must be decoded.'
		},
		'hv-apic': {
			label: 'APIC',
			description:
				"Interrupt virtualization in the hypervisor. Partitions never take physical interrupts: the hypervisor fields them and routes them to the right partition, and even the root may not touch the local APIC's memory-mapped registers. Synthetic I/O completes with a SynIC interrupt, while an emulated device's completion goes to the guest's emulated interrupt controller."
		},
		'hv-scheduler': {
			label: 'Scheduler',
			description:
				"The hypervisor scheduler runs virtual processors on the physical logical processors. A guest that spins too long on a lock can say so with HvCallNotifyLongSpinWait, so the lock holder gets to run. On the emulated path only the intercepted virtual processor waits for the root to emulate the access; the guest's other virtual processors keep running."
		},
		'hv-address': {
			label: 'Address management',
			description:
				"Keeps partitions apart in memory. The root's guest-physical addresses map one-to-one onto real memory; a child sees only the pages its parent mapped for it, and an MMIO address with no memory behind it traps to the root. Windows Server 2008 had no SLAT, so the hypervisor kept shadow page tables; Microsoft said SLAT in R2 cut hypervisor CPU overhead from about 10% to about 2%."
		},
		'hv-partitions': {
			label: 'Partition manager',
			description:
				"Creates, initializes and deletes partitions and holds the privilege mask of each. Only a partition with the CreatePartitions privilege may create children, which in Windows Server 2008 meant only the root; it uses hypercalls such as HvCallCreatePartition and deposits memory for the hypervisor's own structures. The root itself is built by the hypervisor at boot."
		},
		'hv-intercepts': {
			label: 'Intercepts',
			description:
				"How the hypervisor catches device access it does not handle: the root installs intercepts on I/O ports, and emulated MMIO addresses are left unmapped. When a guest touches one, the processor exits to the hypervisor, which suspends that virtual processor and posts an intercept message to the root; the root resumes it after emulating the access. Microsoft's figure does not draw this block."
		},

		'hw-disk': {
			label: 'Disk',
			description:
				"The physical disk or LUN, driven only by the root partition's drivers. It holds the VMs' VHD files, or is given whole to one VM as a pass-through disk (offline in the root). Microsoft's figure does not draw it, because device access always goes through the root; we add it to end the I/O paths."
		},
		'hw-nic': {
			label: 'NIC',
			description:
				"The physical network adapter, driven only by the root partition's driver. Synthetic NICs reach it through the virtual switch in the root, and the emulated 21140 probably does too. Microsoft's figure does not draw it, because device access always goes through the root; we add it to end the I/O paths."
		},
		'hw-cpu': {
			label: 'Processors',
			description:
				"The physical x64 processors, which need hardware virtualization (Intel VT or AMD-V) and hardware DEP (Intel XD or AMD NX; the 2008 article wrote 'NS'). Guest code runs natively on these cores, but only the hypervisor controls them: it schedules every partition's virtual processors and fields the physical interrupts. The first Hyper-V release supported 16 logical processors, reportedly 24 after an update later in 2008."
		},
		'hw-memory': {
			label: 'Memory',
			description:
				"Physical memory, handed out by the hypervisor's address management. The root's guest-physical addresses equal the real ones; a child gets only the pages its parent maps for it, and the hypervisor builds its per-partition structures from memory the root deposits with it. The first release reportedly supported up to 1 TB of host memory, not the 2 TB the 2008 article gave."
		}
	},
	events: {
		'os.load': 'Windows loads',
		'hypervisor.launch': 'hypervisor launched',
		'hypervisor.takeMemory': 'takes over the memory',
		'vmbus.requestOffers': 'REQUESTOFFERS',
		'vmbus.versionResponse': 'VERSION_RESPONSE',
		'vmbus.offersDelivered': 'ALLOFFERS_DELIVERED',
		'guest.send': 'guest writes a packet',
		'host.receive': 'host reads the packet',
		'host.send': 'host writes a reply',
		'guest.receive': 'guest reads the reply',
		'gpadl.teardown': 'GPADL torn down',
		'host.rescind': 'offer rescinded',
		'hypercall.issue': 'hypercall made',
		'hv.dispatch': 'call code looked up',
		'hv.validate': 'input checked',
		'hv.authorize': 'privilege checked',
		'hv.checkAlignment': 'alignment checked',
		'hv.execute': 'call carried out',
		'hv.return': 'result in RAX',
		'op.start': 'operation starts',
		'op.finish': 'operation done',
		'vsc.request': 'request to the VSC',
		'vhd.locate': 'block located',
		'vhd.lookup': 'BAT looked up',
		'vhd.resolve': 'sector resolved',
		'vm.snapshot': 'snapshot taken',
		'vm.deleteSnapshot': 'snapshot deleted, its file waits to merge',
		'vm.pause': 'VM paused',
		'state.restore': 'state restored',
		migrate: 'migration starts',
		'precopy.pass': 'pre-copy pass'
	}
};

export default text;
