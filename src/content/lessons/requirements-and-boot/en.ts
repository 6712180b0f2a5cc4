import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Requirements and boot: how Hyper-V starts',
	summary:
		'Switch on a Windows Server 2008 host and watch Hyper-V slide in underneath Windows: what the processor must offer, how hvboot.sys launches the hypervisor, how the Windows that was booting becomes the root partition, and what a host without VT, DEP or x64 does. Then boot a child partition on top.',
	objectives: [
		'Name the host requirements of the first Hyper-V: an x64 processor with Intel VT or AMD-V and hardware DEP (Intel XD or AMD NX), both switched on in the BIOS.',
		'Describe how hvboot.sys launches the hypervisor and how the running Windows becomes the root partition.',
		'Say what happens on a host that lacks VT, DEP or x64, and how a child partition finds the hypervisor when it boots.'
	],
	steps: {
		'power-on': {
			title: 'Power on',
			text: 'A server starts. For Hyper-V its processor must be x64 with hardware virtualization (Intel VT or AMD-V) and hardware DEP (Intel XD or AMD NX), both switched on in the BIOS.',
			correction:
				'The 2008 article calls the AMD bit "No eXecute (NS)". The bit is called NX (No eXecute); Intel calls its version XD (Execute Disable).',
			notes:
				'Point at the CPU box: nothing checks anything yet, the BIOS only holds the switches. Ask who has ever had to switch VT on in a BIOS.'
		},
		'windows-loads': {
			title: 'Windows Server 2008 x64 loads',
			text: 'Windows Server 2008 x64 loads its kernel and boot drivers, like on any server. With the Hyper-V role on, the loader also loads hvboot.sys; this boot sequence comes from one secondary source, so it is our estimate.',
			correction:
				'The 2008 article says Hyper-V comes in the 32-bit and 64-bit editions. In fact only the x64 editions (Standard, Enterprise, Datacenter) have it; only the management tools also run on 32-bit Windows.',
			notes:
				'There is no hypervisor and no partition yet: this is plain Windows booting. The Windows in this drivers box is the one that will become the root.'
		},
		'cpu-check': {
			title: 'hvboot.sys asks the processor',
			text: 'Before it launches anything, hvboot.sys checks that the processor offers usable hardware virtualization. By our estimate it checks hardware DEP at this point too.',
			notes:
				'Ask: what if someone forgot to switch VT on in the BIOS? We try exactly that after the normal boot.'
		},
		'hypervisor-starts': {
			title: 'The hypervisor takes the processors',
			text: 'By our estimate from one secondary source, hvboot.sys now launches the hypervisor image: hvix64.exe on Intel, hvax64.exe on AMD, under 1 MB. From here on the hypervisor owns the processors and fields every interrupt.',
			notes:
				'The 2008 article says the hypervisor is less than 1 MB; measured R2 images are about 0.65 to 0.7 MB, so that holds. Point at the line from the scheduler down to the CPU.',
			correction:
				'The 2008 article gives 16 logical processors per host. That was right at release, but an update in late 2008 (KB956710) reportedly raised the limit to 24 for six-core processors, and R2 raised it to 64.'
		},
		memory: {
			title: 'And the memory',
			text: "The hypervisor's address management now decides how every partition's addresses map onto real memory. The first Hyper-V had no SLAT, so it kept shadow page tables for its guests; SLAT arrived with R2.",
			correction:
				'The 2008 article says a host can have 2 TB of memory. The first Hyper-V release reportedly supported up to 1 TB (Standard edition stopped at 32 GB, an OS limit); 2 TB appears to be the limit of the larger Windows editions, not of Hyper-V.',
			notes:
				"SLAT reportedly cut the hypervisor's CPU overhead from about 10% to about 2%, a figure found only in secondary sources. That is why the memory enlightenments mattered so much in 2008."
		},
		'root-partition': {
			title: 'Windows becomes the root partition',
			text: 'The partition manager turns the Windows that was booting into the root partition. Its memory is mapped one to one (guest physical equals system physical), it keeps the devices and it holds every privilege.',
			correction:
				'The 2008 article calls the parent partition "one VM" that runs "in basic mode". In fact the hypervisor builds the root at boot from the Windows instance that loaded it; the root owns the devices and is not an ordinary VM.',
			notes:
				'Watch the partition counter go from 0 to 1. Ask the class: is the root a virtual machine?'
		},
		'root-resumes': {
			title: 'Windows carries on, on top',
			text: 'Windows continues where it was, now running above the hypervisor. Its WinHv driver lets root drivers make hypercalls; exactly when WinHv loads is our estimate.',
			notes:
				'Nothing moved: the disk and network drivers stay in Windows, now the root. Only the hypervisor slid in underneath.'
		},
		vmms: {
			title: 'VMMS: ready for child partitions',
			text: "The Virtual Machine Management Service (vmms.exe) starts in the root's user mode. The root holds the CreatePartitions privilege, so it can now create child partitions.",
			notes:
				'That is the end of a normal host boot. Next we switch VT off in the BIOS and start the same server again.'
		},
		'no-vt': {
			title: 'Same server, VT switched off',
			text: 'Now VT is off in the BIOS. Windows still boots, but the hypervisor cannot start without hardware virtualization: no root partition, so no VM can start (that hvboot.sys is where it stops is reported by one secondary source).',
			notes:
				'A classic first-day support call, and the fix is in the BIOS, not in Windows. Point at the partition counter: it stays at 0, because without the hypervisor there is no root partition.'
		},
		'no-dep': {
			title: 'Same server, DEP switched off',
			text: 'With VT on but hardware DEP (XD or NX) off, the boot ends in the same place: Windows runs, the hypervisor does not. Where exactly this check happens is our estimate.',
			notes:
				'Same box as the previous step, another missing requirement. Ask: which BIOS switch now?'
		},
		'no-x64': {
			title: 'A processor without x64',
			text: 'A processor without x64 support cannot run the x64 edition of Windows Server 2008 at all, and no 32-bit edition has Hyper-V. The boot ends before Windows runs.',
			notes:
				'This is why x64 is the first requirement: without it, VT and DEP never come into play.'
		},
		'child-firmware': {
			title: 'A child partition boots',
			text: 'Back on a healthy host, VMMS starts a VM. Its BIOS reads the boot disk through the emulated IDE controller in the worker process, as a generation 1 VM always does.',
			notes:
				'This child runs on the hypervisor the host just launched. Point at the IDE emulator inside the VMWP box.'
		},
		'child-kernel': {
			title: 'The child kernel loads',
			text: 'The Windows kernel in the child loads. It is hypervisor-aware, so it looks for a hypervisor before it trusts its hardware.',
			notes:
				'By our estimate, older kernels such as that of Windows Server 2003 are not hypervisor-aware: they got synthetic drivers only from a separate integration components package. Without it they keep emulated devices.'
		},
		'child-cpuid': {
			title: 'Is there a hypervisor?',
			text: 'Three CPUID instructions, each answered by the hypervisor: leaf 1 says a hypervisor is present, leaf 0x40000000 says "Microsoft Hv" and leaf 0x40000001 gives the interface "Hv#1".',
			notes:
				'Watch the CPUID counter reach three: each one is an exit into the hypervisor. The guest should base its decisions on "Hv#1", not on the vendor name.'
		},
		'child-hypercalls': {
			title: 'Hypercalls switched on',
			text: 'The guest writes its identity to the guest OS ID MSR (0x40000000), then enables the hypercall page through MSR 0x40000001. The order matters: without an identity the page stays off.',
			notes:
				'The hypercall page hides the difference between Intel and AMD: the guest just calls into the page.'
		},
		'child-vmbus': {
			title: 'Contact over VMBus',
			text: "With integration components installed, the guest's VMBus driver opens contact with the root: it posts an INITIATE_CONTACT message.",
			notes:
				'Without integration components the guest would stop here and keep its emulated devices.'
		},
		'child-running': {
			title: 'On synthetic devices',
			text: 'The root answers with protocol version 0.13, the Windows Server 2008 one, and offers one channel per synthetic device. The VSCs bind to their offers; even the IDE boot disk now goes over VMBus.',
			notes:
				'Count the control messages: four for the handshake, one offer per synthetic device, and four more for every channel a VSC opens (GPADL_HEADER, GPADL_CREATED, OPENCHANNEL, OPENCHANNEL_RESULT). For this VM with nine synthetic devices that makes 49. The next lessons follow one disk read down the emulated and the synthetic path.'
		}
	},
	questions: {
		'amd-dep-bit': {
			prompt: 'Which processor feature must be switched on for hardware DEP on an AMD server?',
			options: {
				nx: 'The NX (No eXecute) bit',
				ns: 'The NS (No eXecute) bit',
				'vt-only': 'None: on AMD, AMD-V alone is enough'
			},
			explanation:
				'Hyper-V needs hardware DEP switched on: NX on AMD, XD on Intel. The "NS" in the 2008 article is a slip for NX.'
		},
		editions: {
			prompt: 'Which editions of Windows Server 2008 can run the Hyper-V role?',
			options: {
				'x64-only': 'Only the x64 editions',
				'x86-and-x64': 'Both the 32-bit and the 64-bit editions',
				'x86-with-pae': 'The 32-bit editions too, with PAE switched on'
			},
			explanation:
				'Hyper-V exists only in the x64 editions (Standard, Enterprise, Datacenter). Only the management tools also run on 32-bit Windows.'
		},
		'vt-off-result': {
			prompt:
				'A host has the Hyper-V role, but VT is switched off in the BIOS. What happens at boot?',
			options: {
				'no-hypervisor': 'Windows boots, but the hypervisor does not start and no VM can run',
				'no-windows': 'Windows itself refuses to boot',
				'software-emulation': 'Hyper-V falls back to software emulation, only slower'
			},
			explanation:
				'Hyper-V needs hardware virtualization and has no software fallback: without VT the hypervisor does not start, while Windows boots as usual. That hvboot.sys is the driver that sees it is reported by one secondary source.'
		},
		'no-vt-next': {
			prompt:
				'VT is off in the BIOS and hvboot.sys has just asked the processor. Click where the boot ends.',
			explanation:
				'The boot ends at hvboot.sys in the drivers: the hypervisor does not start without VT, and Windows runs on without one. That the failure shows at hvboot.sys is reported by one secondary source.'
		},
		'who-builds-root': {
			prompt:
				'The hypervisor has taken the processors and the memory. Click the part of the hypervisor that makes the running Windows the root partition.',
			explanation:
				'The partition manager: the root is a partition the hypervisor builds at boot, with its memory mapped one to one.'
		},
		'root-is': {
			prompt: 'What is the root partition?',
			options: {
				'booting-windows': 'The Windows instance that loaded the hypervisor, carrying on above it',
				'first-child': 'The first virtual machine VMMS creates',
				'inside-hypervisor': 'A part of the hypervisor that holds the device drivers'
			},
			explanation:
				'The Windows that booted and loaded the hypervisor becomes the root. It keeps the devices and drivers, and it is not an ordinary VM.'
		},
		'child-cpuid': {
			prompt:
				"The child's kernel has loaded and executes CPUID. Click where the answer comes from.",
			explanation:
				'CPUID in a child is an exit into the hypervisor, which answers; leaf 1 has bit 31 of ECX set: a hypervisor is present.'
		}
	}
};

export default narration;
