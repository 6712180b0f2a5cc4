/** What each state of the hostBoot machine stands for, by state path: explore's statechart shows it beside the state. */
import type { StateDescriptions } from '../leg-descriptions';

export default {
	firmware:
		'Power on: the BIOS sets up the processor. VT and XD/NX are BIOS switches; nothing checks them yet.',
	noX64:
		'Hyper-V ships only in the x64 editions; a processor without 64-bit mode cannot run them at all.',
	loader:
		'Windows Server 2008 x64 loads its kernel and boot drivers, hvboot.sys among them when the Hyper-V role is on. This Windows is not a partition yet; it is the one that will become the root.',
	cpuCheck:
		'hvboot.sys asks the processor whether hardware virtualization (and, by our estimate, DEP) is usable.',
	noVt: 'hvboot.sys does not launch the hypervisor: Windows runs on as an ordinary OS, with no partitions.',
	noDep:
		'hvboot.sys does not launch the hypervisor without hardware DEP: Windows runs on as an ordinary OS.',
	launched:
		'hvix64.exe or hvax64.exe starts below Windows and takes the processors: from now on it schedules every virtual processor and fields the physical interrupts.',
	memory:
		"Address management: the hypervisor controls how every partition's addresses map to real memory (in WS2008 without SLAT, through shadow page tables).",
	root: 'The running Windows becomes the root partition: identity-mapped memory (GPA = SPA), the devices, and every privilege, CreatePartitions among them.',
	rootRunning:
		'Windows carries on, now above the hypervisor; WinHv lets its drivers make hypercalls.',
	ready:
		"The Virtual Machine Management Service starts in the root's user mode: ready to create child partitions."
} satisfies StateDescriptions;
