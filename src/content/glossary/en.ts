import type { TermText } from '$lib/glossary/types';
import type { TermId } from './terms';

const glossary: Record<TermId, TermText> = {
	vmms: {
		definition:
			'The Virtual Machine Management Service (vmms.exe), a user-mode service in the root partition that keeps track of every virtual machine. It creates, starts, stops and snapshots them, offers the WMI management interface and starts one worker process for each running VM.'
	},
	wmi: {
		definition:
			"Windows Management Instrumentation: Windows' programmable management interface. VMMS publishes Hyper-V's management functions through it, so consoles and scripts use WMI to create and control virtual machines."
	},
	vmwp: {
		aliases: ['worker process', 'worker processes'],
		definition:
			"The Virtual Machine Worker Process (vmwp.exe): a user-mode process in the root partition, one for each running VM. It holds that VM's state and runs its emulated devices, so every access to an emulated device ends up here."
	},
	vid: {
		definition:
			'The Virtualization Infrastructure Driver (vid.sys) in the root kernel. It manages partitions, virtual processors and memory on behalf of VMMS and the worker processes, and passes their requests down to the hypervisor through WinHv.'
	},
	winhv: {
		definition:
			'The Windows Hypervisor Interface Library (winhv.sys), a kernel driver that lets other Windows drivers talk to the hypervisor with ordinary function calls and turns those calls into hypercalls. It runs in the root partition and in enlightened Windows children.'
	},
	vsp: {
		definition:
			"A Virtualization Service Provider: the part of the root partition that serves one kind of synthetic device to the children, taking requests from the matching VSC over VMBus. The storage and network VSPs are kernel drivers that hand requests to the root's own I/O stack; synthetic video, mouse and the integration services are served from the VM's worker process in user mode (documented for later builds, not verified for 2008)."
	},
	storvsp: {
		definition:
			"The storage VSP in the root kernel. It reads the disk requests StorVSC places on the channel, carries them out on the VHD file or pass-through disk through the root's storage stack, and writes the completion back, without any step through the worker process."
	},
	'virtual-switch': {
		term: 'virtual switch',
		aliases: ['virtual switches'],
		definition:
			"Software in the root partition that connects the virtual machines' network adapters to each other and to the physical network. The network VSP that synthetic network adapters talk to is part of it."
	},
	'virtual-network': {
		term: 'virtual network',
		aliases: [
			'virtual networks',
			'external virtual network',
			'internal virtual network',
			'private virtual network'
		],
		definition:
			"A virtual switch as Hyper-V Manager's Virtual Network Manager creates it in WS2008, of one of three kinds. External: bound to a physical NIC, it connects the VMs, the root and the outside; internal: the VMs and the root only; private: the VMs only."
	},
	'vlan-id': {
		term: 'VLAN ID',
		aliases: ['VLAN IDs'],
		definition:
			"The number of an 802.1Q virtual LAN. In Hyper-V it is set on each VM's network adapter, and, on an external virtual network, for the root's own connection (the management operating system); the physical NIC must support VLAN tagging."
	},
	vsc: {
		definition:
			"A Virtualization Service Client: a synthetic device driver in a child partition's kernel. Instead of programming emulated hardware, it sends the guest's requests over VMBus to the matching VSP in the root."
	},
	storvsc: {
		definition:
			'The storage VSC in the guest. It packs each disk request, a SCSI command plus the guest-physical addresses of the data buffer, into a VMBus packet for StorVSP; in Linux it is the hv_storvsc module.'
	},
	netvsc: {
		definition:
			"The network VSC: the guest's driver for the synthetic network adapter. It exchanges network packets over VMBus with the network VSP in the root's virtual switch; in Linux it is the hv_netvsc module."
	},
	'integration-components': {
		definition:
			'The drivers and services installed in a guest so that it works with Hyper-V instead of only with emulated hardware: the VMBus driver and the VSCs, plus, in 2008, services for shutdown, time synchronization, data exchange, heartbeat and backup. Later versions call them integration services.'
	},
	'ide-fast-path': {
		definition:
			'A filter in the integration components that, once the guest has booted, sends disk I/O for IDE-attached virtual disks over VMBus to the storage VSP instead of through the emulated IDE controller. Emulated IDE is then only needed to boot, and an IDE disk performs like a synthetic SCSI disk.'
	},
	linuxhv: {
		definition:
			"The box in Microsoft's architecture figure for Linux's own hypercall layer, the counterpart of WinHv in an enlightened Linux child. In the upstream kernel this code lives under arch/x86/hyperv and drivers/hv."
	},
	'xen-hypercall-adapter': {
		term: 'Xen hypercall adapter',
		definition:
			'A thin layer in the 2008 Linux integration components that translated the Xen hypercalls of a Xen-enabled SUSE Linux Enterprise Server 10 kernel into Hyper-V hypercalls, so that kernel ran enlightened on Hyper-V. It ran inside the Linux guest and had nothing to do with the XenServer host product.'
	},
	vmbus: {
		definition:
			'The channel mechanism between the root and its enlightened children. The root offers synthetic devices over it, each device gets a channel made of two ring buffers in shared memory, and the two sides signal each other through the SynIC.'
	},
	'ring-buffer': {
		term: 'ring buffer',
		definition:
			'A circular buffer in memory that the guest allocates and shares with the root. Every VMBus channel has two, one for each direction, and a writer only signals the other side when a ring goes from empty to non-empty.'
	},
	gpadl: {
		definition:
			"A Guest Physical Address Descriptor List: the list of guest page numbers that make up a buffer the guest shares with the root, such as a channel's ring buffers. The guest sends it over the VMBus control path and opens the channel once the host has confirmed it."
	},
	synic: {
		definition:
			'The synthetic interrupt controller the hypervisor gives every virtual processor. It has 16 interrupt sources and two shared pages, one for messages and one for event flags, through which partitions signal each other.'
	},
	'monitor-page': {
		term: 'monitor page',
		definition:
			'A shared page of trigger bits. Instead of making a hypercall, a sender sets its bit there; the hypervisor checks the page at intervals and delivers the signal for it, which saves VM exits at the cost of a little latency.'
	},
	hypervisor: {
		definition:
			'The thin layer that runs directly on the processors, below all partitions. It schedules virtual processors, keeps the partitions apart in memory, routes interrupts and answers hypercalls, and it contains no device drivers.'
	},
	partition: {
		term: 'partition',
		definition:
			'The unit of isolation the hypervisor maintains: memory and virtual processors in which one operating system runs. Hyper-V has exactly one root partition and any number of child partitions.'
	},
	'root-partition': {
		term: 'root partition',
		aliases: ['root partitions'],
		definition:
			'The partition the hypervisor builds at boot from the Windows installation that started it. It owns the physical devices and their drivers, runs the management stack and the VSPs, and creates the child partitions, so if it fails every child goes down with it.'
	},
	'child-partition': {
		term: 'child partition',
		aliases: ['child partitions'],
		definition:
			'A partition the root creates to run a guest operating system. It has no direct access to physical memory or devices: it sees virtual devices, reached over VMBus or through the hypervisor.'
	},
	hypercall: {
		definition:
			"A call from a partition's kernel into the hypervisor, much as a program makes a system call into its operating system. The caller puts a call code and its parameters in registers or memory and calls the hypercall page, which costs one VM exit."
	},
	'hypercall-page': {
		term: 'hypercall page',
		aliases: ['hypercall pages'],
		definition:
			'A page the hypervisor places in guest memory once the guest has identified itself and asked for it through an MSR. Calling into it executes the right instruction for an Intel or an AMD processor, so the guest does not need to know which one it runs on.'
	},
	msr: {
		definition:
			'A model-specific register: a processor register read and written with special instructions. Hyper-V adds synthetic MSRs, numbered from 0x40000000, through which a guest sets up hypercalls, the SynIC, timers and a cheap end-of-interrupt.'
	},
	intercept: {
		definition:
			'A guest action that the hypervisor stops and reports to the root instead of letting it run, for example an access to an I/O port of an emulated device. The root installs the intercepts it wants, and the guest virtual processor waits until the root has handled the access.'
	},
	'vm-exit': {
		definition:
			'The switch from running guest code to running the hypervisor, caused by something the hypervisor must handle, such as a hypercall or an intercepted port access. Every exit and the return to the guest cost processor time, which is why enlightened guests avoid them where they can.'
	},
	'virtual-processor': {
		term: 'virtual processor',
		aliases: ['virtual processors'],
		definition:
			'A processor as a partition sees it. The hypervisor schedules virtual processors onto the physical ones; in Windows Server 2008 a virtual machine could have up to four.'
	},
	slat: {
		definition:
			'Second Level Address Translation: processor support (Intel EPT, AMD RVI) for translating guest memory addresses to host memory in hardware. Hyper-V uses it from Windows Server 2008 R2 on; before that it kept shadow page tables in software. SLAT reportedly cut the processor overhead of the hypervisor from about 10% to about 2%, a figure found only in secondary sources.'
	},
	enlightenment: {
		definition:
			'A change that makes a guest operating system aware that it runs on Hyper-V, so it asks the hypervisor directly for something that would otherwise be trapped and emulated. Examples are a hypercall that flushes the TLB on many processors at once, or an MSR write to acknowledge an interrupt.'
	},
	paravirtualization: {
		term: 'paravirtualization',
		aliases: ['paravirtualized', 'paravirtual'],
		definition:
			"Adapting a guest kernel so that it calls the hypervisor for privileged work instead of running as if on real hardware; Xen's Linux guests were built this way. Hyper-V's enlightenments apply the same idea to selected operations."
	},
	microkernelized: {
		definition:
			"Microsoft's word for Hyper-V's design: device drivers stay in the root partition's Windows kernel instead of in the hypervisor, which keeps the hypervisor small. That protects the hypervisor, not the guests: if the root fails, all of them stop."
	},
	'emulated-device': {
		term: 'emulated device',
		aliases: ['emulated hardware', 'device emulation'],
		definition:
			"A software model of a real piece of PC hardware, such as the PIIX4 IDE controller or the DEC 21140 network card, run inside the VM's worker process. Any guest can use it with its usual drivers, but every register access is an intercept, which makes it slow."
	},
	'generation-1': {
		term: 'generation 1',
		aliases: ['Generation 1', 'generation 1 VM', 'generation 1 VMs'],
		definition:
			'The name Windows Server 2012 R2 gave the original kind of Hyper-V VM, with a BIOS, emulated legacy devices and boot from IDE, when it introduced generation 2 (UEFI, synthetic devices only). In 2008 every VM was of this kind and the term did not exist yet; the lessons use it for clarity.'
	},
	'synthetic-device': {
		term: 'synthetic device',
		definition:
			'A virtual device designed for virtual machines, with no physical counterpart: the guest reaches it through a VSC over VMBus, and a VSP in the root serves it (storage and network in the root kernel, video and mouse from the worker process). It needs integration components in the guest and avoids the intercepts of emulated hardware.'
	},
	vhd: {
		aliases: ['virtual hard disk', 'virtual hard disks'],
		definition:
			"A virtual hard disk: a file on the host holding a virtual machine's disk, with a 512-byte footer at its end. It is fixed (full size from the start), dynamically expanding (growing as blocks are written) or differencing; in 2008 one could hold up to 2040 GB."
	},
	bat: {
		definition:
			'The Block Allocation Table of a dynamic or differencing VHD: one entry per block (2 MB by default) that says where in the file the block is stored, or that it has not been written yet.'
	},
	'differencing-disk': {
		term: 'differencing disk',
		aliases: ['differencing disks', 'differencing VHD', 'differencing VHDs'],
		definition:
			'A VHD that stores only the sectors changed relative to a parent disk named in its header. A sector is read from the differencing disk if it was written there, and otherwise from the parent.'
	},
	avhd: {
		definition:
			'The file (.avhd) in which a Hyper-V snapshot keeps the changes made to a disk after the snapshot was taken. It is a differencing disk whose parent is the disk as it was at that moment.'
	},
	snapshot: {
		definition:
			'A saved point in the life of a virtual machine that you can return to later, stored as an AVHD file plus the saved configuration and state. Windows Server 2008 allowed up to 50 per VM; since Windows Server 2012 R2 they are called checkpoints.'
	},
	'pass-through-disk': {
		term: 'pass-through disk',
		aliases: ['pass-through disks'],
		definition:
			'A physical disk or LUN that is taken offline in the root and given to one virtual machine for its sole use. There is no VHD file in between, so VHD features such as snapshots are not available.'
	},
	'quick-migration': {
		definition:
			'The Windows Server 2008 way to move a virtual machine between nodes of a failover cluster: save its memory and state to shared storage, hand the disk to the other node and restore the VM there. The VM is paused the whole time: from about 15 seconds to a few minutes, depending mostly on its memory size.'
	},
	'live-migration': {
		definition:
			'The Windows Server 2008 R2 way to move a running virtual machine to another cluster node. Its memory is copied while it keeps running, pages written in the meantime are sent again in further passes, and only the small remainder moves during a pause of milliseconds.'
	},
	'sector-bitmap': {
		term: 'sector bitmap',
		aliases: ['sector bitmaps'],
		definition:
			'The bitmap at the start of every allocated block of a dynamic or differencing VHD: one bit per 512-byte sector, 512 bytes for a 2 MB block. In a differencing disk a set bit means the sector is stored in this file; a clear bit sends the read on to the parent.'
	},
	'vhd-footer': {
		term: 'VHD footer',
		aliases: ['VHD footers'],
		definition:
			'The 512 bytes at the end of every VHD file, starting with the cookie "conectix": the disk type (fixed, dynamic or differencing), its size and geometry, a checksum and a UUID. A dynamic or differencing VHD also keeps a copy at the start of the file, and writes the footer again at the new end whenever the file grows.'
	},
	lun: {
		definition:
			'A logical unit number: a disk that shared storage (Fibre Channel, iSCSI or SAS) presents to the nodes of a cluster. In Windows Server 2008 one node owns a LUN at a time, so Quick Migration moves the ownership of the LUN along with the VM.'
	},
	csv: {
		aliases: ['CSVs'],
		definition:
			'A Windows Server 2008 R2 volume on shared storage that every node of a failover cluster reads and writes at the same time. VMs on one CSV can move one by one, and Live Migration need not dismount and mount the LUN.'
	},
	'failover-cluster': {
		term: 'failover cluster',
		aliases: ['failover clusters', 'cluster node', 'cluster nodes'],
		definition:
			"A group of Windows Server hosts (nodes) with shared storage that take over each other's workloads, such as virtual machines. In Windows Server 2008 a cluster has at most 16 nodes; Quick Migration and Live Migration move VMs between them."
	},
	'monolithic-hypervisor': {
		term: 'monolithic hypervisor',
		aliases: ['monolithic hypervisors'],
		definition:
			'A hypervisor that holds the device drivers itself, with the storage and network stacks, so the hardware it runs on needs drivers written for it. Classic VMware ESX, with its VMkernel, is the usual example; Hyper-V is microkernelized instead.'
	},
	dom0: {
		definition:
			"Xen's privileged first domain: a Linux system that holds the device drivers and serves virtual devices to the other domains. It plays roughly the part of Hyper-V's root partition."
	},
	blkback: {
		definition:
			"Xen's back-end drivers in dom0: blkback serves virtual disks and netback virtual network cards to the front-end drivers (blkfront, netfront) in the other domains. As an analogy, not a specification: they are to Xen what VSPs are to Hyper-V."
	},
	hvboot: {
		definition:
			'The boot driver the Windows loader loads when the Hyper-V role is enabled. As reported by a secondary source (not Microsoft documentation), it checks that the processor has hardware virtualization and launches the hypervisor image for its vendor; the Windows that was booting goes on as the root partition.'
	},
	hvix64: {
		definition:
			'The Hyper-V hypervisor image for Intel processors; hvax64.exe is the one for AMD. In Windows Server 2008 R2 each is about 0.7 MB, as measured by a secondary source.'
	},
	'memory-overhead': {
		term: 'memory overhead',
		aliases: ['VM overhead'],
		definition:
			"The memory a host spends on a running VM beyond the VM's own RAM, such as the hypervisor's structures for its partition, which the root deposits with the hypervisor. An often-quoted planning rule, an estimate without a Microsoft source, is about 32 MB for the first GB plus 8 MB for each further GB."
	},
	'hypercall-input-value': {
		term: 'hypercall input value',
		definition:
			"The 64-bit value a caller puts in RCX to make a hypercall: the call code, whether it is a fast call, and a rep call's count and start index. For a memory-based call, RDX and R8 hold the guest physical addresses of the input and output blocks."
	},
	'hypercall-result-value': {
		term: 'hypercall result value',
		definition:
			'The 64-bit value the hypervisor returns in RAX when a hypercall ends: the status (HV_STATUS, 0 for success) in bits 15 to 0 and, for a rep call, the number of reps completed in bits 43 to 32.'
	}
};

export default glossary;
