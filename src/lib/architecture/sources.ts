/**
 * The sources every fact in Enlighten cites. Keys match `shared/reference/hyperv-facts.md`, so a reviewer can
 * check any on-screen claim against the fact sheet, and the fact sheet against the original.
 */
export const sources = {
	S1: {
		title: 'Microsoft: Hyper-V Architecture',
		url: 'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/reference/hyper-v-architecture'
	},
	S2a: {
		title: 'Hyper-V TLFS: Hypercall interface',
		url: 'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/hypercall-interface'
	},
	S2b: {
		title: 'Hyper-V TLFS: Feature and interface discovery',
		url: 'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/feature-discovery'
	},
	S2c: {
		title: 'Hyper-V TLFS: Inter-partition communication',
		url: 'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/inter-partition-communication'
	},
	S2d: {
		title: 'Hyper-V TLFS: Hypercall reference',
		url: 'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/hypercalls/overview'
	},
	S2e: {
		title: 'Hyper-V TLFS: HV_PARTITION_PRIVILEGE_MASK',
		url: 'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/datatypes/hv_partition_privilege_mask'
	},
	S2g: {
		title: 'Hyper-V TLFS: Virtualization host (partition creation, memory deposit)',
		url: 'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/virtualization-host'
	},
	S3: {
		title: 'Hypervisor Top-Level Functional Specification v2.0A (Windows Server 2008 R2)',
		url: 'https://github.com/MicrosoftDocs/Virtualization-Documentation/blob/main/tlfs/Hypervisor%20Top%20Level%20Functional%20Specification%20v2.0.pdf'
	},
	S4: {
		title: 'Linux: hyperv-tlfs.h (include/asm-generic and arch/x86)',
		url: 'https://github.com/torvalds/linux/blob/master/arch/x86/include/asm/hyperv-tlfs.h'
	},
	S5: {
		title: 'Linux kernel docs: Hyper-V (overview, VMBus)',
		url: 'https://docs.kernel.org/virt/hyperv/index.html'
	},
	S6: {
		title: 'Linux: drivers/hv, drivers/scsi/storvsc_drv.c, include/linux/hyperv.h',
		url: 'https://github.com/torvalds/linux/tree/master/drivers/hv'
	},
	S7: {
		title: 'Microsoft: Hyper-V integration services',
		url: 'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/reference/integration-services'
	},
	S8: {
		title: 'Microsoft: Should I create a generation 1 or 2 virtual machine?',
		url: 'https://learn.microsoft.com/en-us/windows-server/virtualization/hyper-v/plan/should-i-create-a-generation-1-or-2-virtual-machine-in-hyper-v'
	},
	S9: {
		title: 'Microsoft: Virtual machine specifications for Hyper-V (Windows Server 2012 R2)',
		url: 'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-R2-and-2012/dn592184(v=ws.11)'
	},
	S10: {
		title: 'Microsoft TechNet: Hardware considerations for Hyper-V in Windows Server 2008',
		url: 'http://technet.microsoft.com/en-us/library/cc816844(WS.10).aspx'
	},
	S11: {
		title: 'Microsoft Virtualization blog: Tech Ed, Windows Server 2008 R2 Hyper-V news (2009)',
		url: 'https://techcommunity.microsoft.com/t5/virtualization/tech-ed-windows-server-2008-r2-hyper-v-news/ba-p/381610'
	},
	S13: {
		title: 'John Savill: Mastering Windows Server 2016 Hyper-V',
		url: 'https://issuhub.com/view/index/6089?pageIndex=85'
	},
	S14: {
		title: 'Tony Voellm (Microsoft): Which is better, IDE or SCSI?',
		url: 'http://blogs.msdn.com/b/tvoellm/archive/2007/12/12/which-is-better-ide-or-scsi-windows-server-virtualization-08-code-name-viridian-controller-performance.aspx'
	},
	S15: {
		title: 'Ben Armstrong (Microsoft): Why Hyper-V cannot boot off of SCSI disks',
		url: 'https://blogs.msdn.microsoft.com/virtual_pc_guy/2009/12/01/why-hyper-v-cannot-boot-off-of-scsi-disks-and-why-you-should-not-care/'
	},
	S15b: {
		title: "Ben Armstrong (Microsoft): The real 'legacy' network adapter",
		url: 'https://blogs.msdn.microsoft.com/virtual_pc_guy/2011/04/18/the-real-legacy-network-adapter/'
	},
	S16: {
		title: 'John Savill: Monolithic vs. microkernelized hypervisors',
		url: 'https://itprotoday.com/hyper-v/q-what-s-the-difference-between-monolithic-and-microkernelized-hypervisors-'
	},
	S18: {
		title: 'Linux Integration Components for Windows Server 2008 Hyper-V',
		url: 'https://itsolutionsdirect.com/linux-integration-components-for-windows-server-2008-hyper-v/222/'
	},
	S12: {
		title: 'Microsoft KB288778: Maximum number of nodes in a failover cluster',
		url: 'http://support.microsoft.com/kb/288778'
	},
	S19: {
		title: 'John Savill (Windows IT Pro): How does Live Migration work in Windows Server 2008 R2?',
		url: 'http://windowsitpro.com/print/virtualization/q-how-does-live-migration-work-windows-server-2008-r2'
	},
	S20: {
		title: 'QEMU: block/vpc.c (the VHD format: footer, dynamic header, BAT, sector bitmaps)',
		url: 'https://github.com/qemu/qemu/blob/master/block/vpc.c'
	},
	S21: {
		title: 'Linux Magazine: Kroah-Hartman, remove Hyper-V driver from kernel? (2009)',
		url: 'https://www.linux-magazine.com/Online/News/Kroah-Hartman-Remove-Hyper-V-Driver-from-Kernel'
	},
	S22: {
		title: 'How big is the Hyper-V hypervisor? (2010)',
		url: 'http://petrunic.com/blog/2010/02/22/how-big-is-hyper-v/'
	},
	S23: {
		title: 'TechGenix: Second Level Address Translation benefits in Hyper-V R2',
		url: 'https://techgenix.com/second-level-address-translation-benefits-hyper-v-r2/'
	},
	S25: {
		title: 'Microsoft: Virtual Server 2005 emulated hardware',
		url: 'https://learn.microsoft.com/en-us/previous-versions/tn-archive/cc720375(v=ws.10)'
	},
	S26: {
		title: 'Windows Server 2008 Hyper-V Integration Services (2008)',
		url: 'https://techgenix.com/windows-server-2008-hyper-v-integration-services/'
	},
	S28: {
		title: 'Microsoft Hyper-V Server 2008 requirements summary (secondary)',
		url: 'http://vtxsoft.com/server/hyperv.html'
	},
	S31: {
		title: 'Ruben Spruijt: Windows Server 2008 Hyper-V solution overview (2008)',
		url: 'https://www.brianmadden.com/opinion/Microsoft-Windows-Server-2008-Hyper-V-solution-overview'
	},
	S34: {
		title: 'ServerWatch: Monolithic hypervisor design',
		url: 'https://www.serverwatch.com/guides/monolithic-hypervisor-design-page-2/'
	},
	S2f: {
		title: 'Hyper-V TLFS: Timers',
		url: 'https://learn.microsoft.com/en-us/virtualization/hyper-v-on-windows/tlfs/timers'
	},
	S12b: {
		title: 'Dell: Solutions Guide for Microsoft Hyper-V (clustering, storage)',
		url: 'http://38.142.81.21:8001/manual/dell/solutions-guides-for-microsoft-hyper-v/'
	},
	S17: {
		title:
			'The Register (via editorials360): Microsoft submits Linux patches for a root partition on Hyper-V (2020)',
		url: 'https://www.editorials360.com/2020/09/16/microsoft-submits-linux-kernel-patches-for-a-full-virtualization-stack-with-linux-and-hyper-v/'
	},
	S18b: {
		title: 'virtualization.info: Linux Integration Components 2.0',
		url: 'https://virtualization.info/?p=154'
	},
	S18c: {
		title: 'Directions on Microsoft: XenSource partnership deepens (2006)',
		url: 'http://www.directionsonmicrosoft.com/sample/DOMIS/update/2006/09sep/0906xpd.htm'
	},
	S19b: {
		title: 'Clark et al.: Live Migration of Virtual Machines (NSDI 2005)',
		url: 'https://vdocuments.net/2005-migration-nsdi-pre.html'
	},
	S24: {
		title: 'Virtuatopia: System Center Virtual Machine Manager 2008',
		url: 'https://www.virtuatopia.com/index.php?title=Special:MobileDiff/1500'
	},
	S27: {
		title: 'Wikipedia: Hyper-V (Kiwix copy, 2022)',
		url: 'https://iiab.me/kiwix/content/wikipedia_en_top_maxi_2022-11/A/Hyper-V'
	},
	S29: {
		title: 'Phoronix: Microsoft publishes Linux frame-buffer driver (2013)',
		url: 'https://www.phoronix.com/news/MTMwMzg'
	},
	S32: {
		title: 'Packt: Windows Server 2012 Hyper-V Cookbook, architecture components',
		url: 'https://packtpub.com/en-de/product/windows-server-2012-hyper-v-cookbook-9781849684422/'
	},
	S33: {
		title: 'TechTarget: Monolithic vs. microkernel hypervisor architecture',
		url: 'https://www.techtarget.com/searchvmware/tip/Key-differences-in-monolithic-vs-microkernel-architecture'
	},
	S35: {
		title: 'Kristian Nese: The Integration Services (Hyper-V architecture part 3)',
		url: 'http://kristiannese.blogspot.com/2011/01/integration-services-hyper-v.html'
	},
	S36: {
		title: "Tom's Hardware: Windows Server 2008 virtualization features",
		url: 'https://www.tomshardware.co.uk/Windows-Server-2008,review-29693-12.html'
	},
	S37: {
		title: 'K. Y. Srinivasan: Linux driver for host-initiated backup (2013)',
		url: 'https://lists.openwall.net/linux-kernel/2013/03/15/29'
	},
	S38: {
		title: 'Linux: drivers/video/fbdev/hyperv_fb.c',
		url: 'https://github.com/torvalds/linux/blob/master/drivers/video/fbdev/hyperv_fb.c'
	},
	S39: {
		title: 'John Howard (Microsoft): Boot from SCSI in Virtual Server vs. boot from IDE in Hyper-V',
		url: 'https://docs.microsoft.com/en-us/archive/blogs/jhoward/boot-from-scsi-in-virtual-server-vs-boot-from-ide-in-windows-server-virtualization-hyper-v'
	},
	S40: {
		title: 'Microsoft: Plan for Hyper-V scalability (checkpoints per VM)',
		url: 'https://technet.microsoft.com/de-de/windows-server-docs/compute/hyper-v/plan/plan-for-hyper-v-scalability-in-windows-server-2016'
	},
	S41: {
		title: 'Hyper-V 2.0 guest vCPU support per OS',
		url: 'http://www.putise.com/server-virtualization/microsoft-hyper-v2/hyper-v-2-0-support-gest-os'
	},
	S42: {
		title: 'Aidan Finn: Hyper-V RAM requirements (2008)',
		url: 'https://aidanfinn.com/?p=9086'
	},
	// The fact sheet (§3.1) rests the Server Core install command on Microsoft's WS2008 deployment guidance
	// without a key of its own; this is the August 2008 guide that gives it.
	S43: {
		title:
			'Microsoft: Hyper-V Planning and Deployment Guide (August 2008; Server Core installation)',
		url: 'https://fdocuments.net/document/downloaddoc-5584aefd84e57.html'
	},
	// Not in the fact sheets, which leave licensing unchecked (§11): secondary reports from 2008, so the
	// lessons say "reported".
	S44: {
		title: 'TechRepublic: A virtualization-friendly inclusion in Windows Server 2008 licensing',
		url: 'https://www.techrepublic.com/article/a-virtualization-friendly-inclusion-in-windows-server-2008-licensing/'
	},
	S45: {
		title: 'Baeke (March 2008): virtual instances per Windows Server 2008 edition',
		url: 'http://blog.baeke.info/blog/_archives/2008/3/13/3578811.html'
	},
	// Not in the fact sheets (virtual networks and P2V/V2V, issue 21): S46, S48 and S49 are Microsoft's own
	// documentation of WS2008 and VMM 2008 ([H]); S47 is a Microsoft engineer's blog post ([M]: the lessons
	// keep to what S46 also says, and name the rest as reported).
	S46: {
		title: 'Microsoft TechNet: Configuring Virtual Networks (Windows Server 2008 Hyper-V; VLANs)',
		url: 'https://technet.microsoft.com/en-us/library/cc816585(v=ws.10).aspx'
	},
	S47: {
		title: 'Adam Fazio (Microsoft, November 2008): Understanding Hyper-V VLANs',
		url: 'https://blogs.msdn.microsoft.com/adamfazio/2008/11/14/understanding-hyper-v-vlans/'
	},
	S48: {
		title: 'Microsoft: P2V, converting physical computers to virtual machines in VMM (VMM 2008)',
		url: 'https://learn.microsoft.com/en-us/previous-versions/system-center/virtual-machine-manager-2008-r2/cc764232(v=technet.10)'
	},
	// S49 is the VMM 2007 page (its V2V made Virtual Server VMs), which is what the 2008 article describes; it
	// gives the mechanism (.vmx and .vmdk files from the library, .vmdk converted to .vhd). S52 is a secondary
	// 2008-era book excerpt for VMM 2008's V2V into Hyper-V with the VMware VM turned off ([M]: "reported").
	S49: {
		title:
			'Microsoft TechNet: About virtual-to-virtual machine conversions (VMM 2007: VMware to Virtual Server)',
		url: 'http://technet.microsoft.com/en-us/library/bb740813.aspx'
	},
	// Not in the fact sheets (VHD tooling, issue 21): Microsoft's reference of the WS2008 WMI namespace
	// (root\virtualization) and of the virtual disk API; both [H].
	S50: {
		title:
			'Microsoft: Msvm_ImageManagementService class, Hyper-V WMI v1 (compact, convert, expand, merge, mount)',
		url: 'https://learn.microsoft.com/en-us/previous-versions/windows/desktop/virtual/msvm-imagemanagementservice'
	},
	S51: {
		title:
			'Microsoft: virtdisk.h, ATTACH_VIRTUAL_DISK_VERSION (minimum Windows 7 / Windows Server 2008 R2)',
		url: 'https://learn.microsoft.com/en-us/windows/win32/api/virtdisk/ne-virtdisk-attach_virtual_disk_version'
	},
	S52: {
		title: 'Windows Server 2008 book excerpt: P2V and V2V with VMM 2008 (chapter 10, 2008)',
		url: 'https://tailieuxanh.com/vn/tlID398919_kham-pha-windowns-server-2008-p-34.html'
	},
	// Keys from hyperv-facts-2008r2-2012r2.md, for the later releases a 2008 lesson looks ahead to.
	T22: {
		title: 'Microsoft: Windows Server 2008 R2 Hyper-V Live Migration whitepaper (December 2008)',
		url: 'https://fdocuments.net/document/windows-server-2008-r2-hyper-v-live-windows-server-2008-r2-hyperv.html'
	},
	T19: {
		title:
			'John Savill: Mastering Windows Server 2016 Hyper-V (excerpts; time synchronization, p. 86)',
		url: 'https://issuhub.com/view/index/6089?pageIndex=86'
	},
	T29: {
		title:
			'Russinovich, Solomon, Ionescu: Windows Internals, 6th ed., Part 1 (2012), Hyper-V and Dynamic Memory',
		url: 'https://user.bibliboba.online/books/windows-r-internals-sixth-edition-part-1/p/145'
	},
	// Keys from hyperv-facts-2016-2025.md: where the worker process serves VMBus devices (its correction 1).
	U6: {
		title:
			'Allievi, Ionescu, Solomon, Russinovich: Windows Internals, 7th ed., Part 2 (2021), ch. 9 Virtualization',
		url: 'https://www.microsoftpressstore.com/store/windows-internals-part-2-9780135462409'
	},
	U39: {
		title: 'Behrooz Abbassi: VmwpMonitor (the device classes the worker process hosts)',
		url: 'https://github.com/BehroozAbbassi/VmwpMonitor'
	},
	U44: {
		title: 'Ben Armstrong (Microsoft): Live snapshot merging! [Windows Server 8] (2 March 2012)',
		url: 'https://blogs.msdn.microsoft.com/virtual_pc_guy/2012/03/02/live-snapshot-merging-windows-server-8/'
	}
} as const satisfies Record<string, { title: string; url: string }>;

export type SourceKey = keyof typeof sources;

export function isSourceKey(key: string): key is SourceKey {
	return Object.hasOwn(sources, key);
}
