import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Linux on Hyper-V',
	summary:
		'From the 2008 Linux Integration Components for SLES 10, with their Xen hypercall adapter, to the GPL drivers that went through staging into the kernel we use today.',
	objectives: [
		'Explain what the Xen hypercall adapter did, and where it ran.',
		'Place Linux Integration Components 1.0 and 2.0 and the 2009 staging drivers on a timeline.',
		"Name today's upstream Hyper-V drivers and what each one serves."
	],
	steps: {
		sles10: {
			title: '2008: SUSE Linux Enterprise Server 10',
			text: "In 2008 Microsoft's Linux Integration Components supported one distribution: SLES 10 SP1 and SP2, x86 and x64, with its Xen-enabled kernel. The package held a VMBus driver, storage and network VSCs, a fast-path boot driver and a hypercall adapter.",
			correction:
				'The 2008 article says enlightened Linux versions from Citrix XenServer and Novell were planned. In fact the 2008 Linux components supported only SUSE Linux Enterprise Server 10 from Novell; Red Hat support came with version 2.0 in 2009.',
			notes:
				'The package was a beta in early 2008, was pulled, and was late for the Hyper-V release; the delay was reported in August 2008.'
		},
		'xen-call': {
			title: 'A Xen call, caught in the guest',
			text: 'The SLES 10 kernel was built for Xen, so for privileged work it makes a Xen paravirtual call. On Hyper-V the hypercall adapter, a thin layer inside the guest, catches that call.',
			correction:
				'The 2008 article says the adapter translates functions of Citrix XenServer and helps mixed Hyper-V and XenServer setups. In fact it translated the Xen paravirtual calls of a Xen-enabled Linux kernel, inside the guest on Hyper-V; XenServer, a host product, played no part.',
			notes:
				'Our sources do not say which Xen call maps to which Hyper-V call, so the model names none. Ask: why not simply rebuild the kernel?'
		},
		translate: {
			title: 'Translated into a hypercall',
			text: 'The adapter makes the Hyper-V hypercall that does the same work, through the hypercall page. So an unmodified Xen kernel runs enlightened on Hyper-V.',
			notes: 'Let the class predict: the adapter never leaves the guest, only its hypercall does.'
		},
		result: {
			title: 'Back to the adapter',
			text: 'The hypervisor does the work and returns to the adapter. The adapter hands the result back in the form a Xen call would have returned it.',
			notes: 'Point out that the root partition plays no part in this path.'
		},
		unaware: {
			title: 'The kernel never knew',
			text: 'The kernel carries on as if it ran on Xen. The idea came from a 2006 agreement between Microsoft and XenSource, so that Xen-enabled Linux guests could move between Xen and Windows Server virtualization.',
			notes:
				'In the same deal XenSource promised to write the translation layer and licensed the VHD format. XenSource was the company behind Xen; the deal was about letting Linux guests move between the two hypervisors.'
		},
		gpl: {
			title: '2009: native drivers under the GPL',
			text: 'In July 2009 Microsoft put its own Linux drivers under the GPLv2, and Linux 2.6.32 carried them in drivers/staging/hv. Follow such a guest booting; the model draws it in the Windows child’s boxes, because the steps are the same.',
			notes:
				'Like every generation 1 VM, the Linux guest starts from the emulated IDE controller. Read WinHv as LinuxHv and VSCs as the Linux drivers for the rest of the lesson.'
		},
		'native-discovery': {
			title: 'The kernel finds Hyper-V itself',
			text: 'The kernel checks CPUID for Hyper-V, with no Xen layer in between. With native drivers, Linux IC 2.0 (October 2009) added Red Hat Enterprise Linux 5.2 to 5.4, still with one virtual CPU; by our estimate the adapter had dropped out by then.',
			notes:
				'The adapter dropping out in 2.0 is our reading: the 2.0 readme was not checked. Watch the CPUID counter.'
		},
		'guest-id': {
			title: 'An open-source guest identity',
			text: "It writes its identity to the guest OS ID MSR, with bit 63 set for open source, and enables the hypercall page. This code, in arch/x86/hyperv and drivers/hv today, is what Microsoft's figure calls LinuxHv.",
			notes: 'Ask: why would the hypervisor want to know the guest OS at all?'
		},
		'hv-vmbus': {
			title: 'hv_vmbus makes contact',
			text: 'The hv_vmbus driver posts INITIATE_CONTACT, proposing a VMBus protocol version. In staging the code was rough: in September 2009 Greg Kroah-Hartman threatened to drop it for lack of maintenance, and Microsoft resumed work.',
			notes:
				'The staging story is a good moment to explain what drivers/staging is: code in the kernel, but not yet up to its standards.'
		},
		version: {
			title: 'No more 2008 hosts',
			text: 'The root answers with VERSION_RESPONSE. A Windows Server 2008 host only speaks 0.13, and today’s kernels no longer support 2008 or 2008 R2 hosts: the oldest they support is Windows Server 2012.',
			notes:
				'So the history in this lesson cannot be replayed with a current distribution on a 2008 host.'
		},
		offers: {
			title: 'Out of staging',
			text: 'The root sends one offer per device, each with a class GUID. Between late 2011 and mid 2012, by our estimate, the drivers left staging: VMBus core and utilities to drivers/hv, netvsc to drivers/net/hyperv, storvsc to drivers/scsi, the mouse to HID.',
			notes:
				'The exact kernel release per driver is not checked here (roughly 3.2 to 3.4); do not put version numbers on a slide without checking.'
		},
		drivers: {
			title: "Today's drivers",
			text: 'hv_vmbus matches each offer to a driver by class GUID: hv_storvsc for disks, hv_netvsc for the network, hv_utils for heartbeat, time sync and shutdown, hid_hyperv for the mouse and hyperv_fb for the screen.',
			notes:
				'hyperv_fb was posted in February 2013; it does up to 1600×1200 at 16 bits on 2008 R2 and older hosts. Its successor hyperv_drm came later.'
		},
		bound: {
			title: 'Running on synthetic devices',
			text: 'The drivers bind and open their channels, and the guest runs on synthetic devices. hv_utils also carries the kernel side of KVP and VSS, helped by the hv_kvp_daemon and hv_vss_daemon user programs; the VSS driver was posted in 2013.',
			notes:
				'Compare with the 2008 package: storage and network only, for one distribution. Ask which of these drivers the class has seen in lsmod.'
		}
	},
	questions: {
		'adapter-where': {
			prompt: 'Where did the Xen hypercall adapter of the 2008 Linux components run?',
			options: {
				'in-guest': 'Inside the Linux guest on Hyper-V',
				'xenserver-host': 'On a Citrix XenServer host',
				hypervisor: 'Inside the Hyper-V hypervisor',
				root: 'In the root partition'
			},
			explanation:
				'It was a thin layer in the SLES 10 guest that turned the Xen calls of its kernel into Hyper-V hypercalls. No XenServer host was involved.'
		},
		'adapter-back': {
			prompt: 'The hypervisor has done the work of the translated call. Which box gets the result?',
			explanation:
				'The adapter, drawn as LinuxHv, gets it and hands it back to the kernel as the result of a Xen call.'
		},
		'lic1-distro': {
			prompt: 'Which Linux distribution did the 2008 Linux Integration Components support?',
			explanation:
				'Only SLES 10 (SP1 and SP2), in x86 and x64. Red Hat Enterprise Linux 5.2 to 5.4 came with version 2.0 in 2009; XenServer is a hypervisor, not a guest distribution.'
		},
		upstream: {
			prompt: "When did Microsoft's Hyper-V drivers first ship with the Linux kernel?",
			options: {
				'staging-2-6-32': 'Linux 2.6.32 (December 2009), in drivers/staging/hv',
				never: 'Never: they are still a separate download'
			},
			explanation:
				'Microsoft released them under the GPLv2 in July 2009 and they entered the staging tree for 2.6.32. They left staging over the following years.'
		},
		'offers-hop': {
			prompt: 'The root has sent one offer per device. Which box matches the offers to drivers?',
			explanation:
				"The guest's VMBus driver, hv_vmbus in Linux, matches each offer's class GUID to a driver. The model draws it in the Windows child's VMBus box."
		},
		utils: {
			prompt: 'Which Linux module answers the heartbeat, time sync and shutdown services?',
			explanation:
				'hv_utils handles heartbeat, time sync and shutdown, and the kernel side of KVP and VSS. hv_vmbus is the bus itself, hv_netvsc the network card, hid_hyperv the mouse.'
		},
		'old-host': {
			prompt: "Can today's Linux kernel run enlightened on a Windows Server 2008 host?",
			options: {
				'not-supported': 'No: the oldest host it supports is Windows Server 2012',
				'fully-supported': 'Yes: every VMBus version is still supported',
				'with-adapter': 'Only through the Xen hypercall adapter'
			},
			explanation:
				'Current kernels dropped Windows Server 2008 and 2008 R2 hosts. The adapter is long gone; it only ever served Xen-enabled SLES 10 kernels.'
		}
	}
};

export default narration;
