import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Paravirtualization and enlightenment',
	summary:
		'Xen paravirtualization builds the guest kernel around the hypervisor; Hyper-V enlightenment lets an ordinary kernel find the hypervisor and take shortcuts. Follow a Xen-enabled SLES 10 call through the 2008 hypercall adapter, then watch an enlightened Windows kernel.',
	objectives: [
		'Tell Xen-style paravirtualization apart from Hyper-V enlightenment.',
		'Explain what the Xen hypercall adapter translated, and where it ran.',
		'Show how an enlightened kernel detects Hyper-V and uses hints and synthetic drivers.',
		'Correct what the 2008 article said about XenServer, the adapter and Domain 0.'
	],
	steps: {
		'xen-kernel': {
			title: 'A kernel built for Xen',
			text: 'This SLES 10 guest runs a Xen-enabled kernel, made for paravirtualization: for some work a normal kernel does with privileged instructions, it calls the Xen hypervisor instead. On Xen, domain 0 plays the part that Hyper-V gives its root partition.',
			correction:
				'The 2008 article calls Domain 0 the parent partition of Citrix XenServer. Domain 0 belongs to Xen in general, not only to the XenServer product; comparing it with the Hyper-V root is fair, and Microsoft engineers make that comparison themselves.',
			notes:
				'Ask: what would happen if you booted this kernel on a hypervisor that does not speak Xen?'
		},
		'xen-call': {
			title: 'A Xen call on Hyper-V',
			text: "But this guest runs on Hyper-V, which does not speak Xen. The call is caught inside the guest by the hypercall adapter, part of Microsoft's 2008 Linux integration components.",
			notes:
				'Many learners expect the hypervisor here. The point of the adapter is that the translation happens in the guest, before the hypervisor sees anything.'
		},
		translate: {
			title: 'Translated into a Hyper-V hypercall',
			text: 'The adapter makes the Hyper-V hypercall that does the same work, through the hypercall page. Which Xen call became which Hyper-V call is not documented in our sources, so we name none.',
			correction:
				'The 2008 article says the adapter translates functions of Citrix XenServer and helps in mixed Hyper-V and XenServer environments. In fact it translated the Xen paravirtual calls of a Xen-enabled Linux guest kernel, inside that guest on Hyper-V; no XenServer host played any part.',
			notes:
				'The adapter came out of the July 2006 interoperability agreement between Microsoft and XenSource, the company behind Xen at the time.'
		},
		execute: {
			title: 'Back to the adapter',
			text: 'The hypervisor does the work and returns to the adapter, which hands the result back in the form the Xen kernel expects.',
			notes:
				'Point at the trail: guest kernel, adapter, hypervisor, adapter. The root is not involved.'
		},
		'xen-return': {
			title: 'The Xen kernel carries on',
			text: "The kernel never notices it is not on Xen, so SLES 10 ran enlightened on Hyper-V with the kernel it already had. By our estimate the adapter fell out of use once Microsoft's own Linux drivers entered the kernel in Linux 2.6.32.",
			correction:
				'The 2008 article says enlightened Linux versions from Citrix XenServer and Novell were planned. The 2008 Linux integration components supported only Novell’s SUSE Linux Enterprise Server 10; Red Hat followed with version 2.0 in late 2009.',
			notes:
				'Those native drivers are the ancestors of hv_vmbus, hv_storvsc and hv_netvsc in today’s kernels.'
		},
		unmodified: {
			title: 'Hyper-V also runs unmodified kernels',
			text: 'Hyper-V requires hardware virtualization (Intel VT or AMD-V), so a kernel that knows nothing about it still runs unchanged. It just sees emulated devices, and every device access is trapped.',
			notes:
				'This is the unenlightened child of the diagram. On Hyper-V cooperation from the guest is never required, only faster.'
		},
		detect: {
			title: 'An ordinary kernel looks around',
			text: 'An enlightened Windows Server 2008 guest runs the same kind of Windows kernel that boots a physical server. At boot it asks CPUID whether a hypervisor is present, and hears "Microsoft Hv" and interface "Hv#1".',
			notes:
				'Contrast with the Xen kernel: that one was built for its hypervisor; this one finds out at boot where it runs.'
		},
		'opt-in': {
			title: 'Opting in',
			text: 'Having found Hyper-V, the kernel identifies itself in the guest OS ID MSR and enables the hypercall page. CPUID leaf 0x40000004 then tells it which shortcuts the hypervisor recommends.',
			notes: 'The hypercalls lesson shows these two MSR writes step by step.'
		},
		vmbus: {
			title: 'Synthetic drivers join in',
			text: 'With the integration components installed, the VMBus driver contacts the root and receives one offer per synthetic device. These are added drivers, not changes to the core of the kernel.',
			notes:
				'Ask: which of the two halves of enlightenment could you install into an older Windows later?'
		},
		vsc: {
			title: 'VSCs take over the devices',
			text: "The VSCs bind to their offers, and disk and network traffic now goes over VMBus instead of through emulated hardware. By our analogy they are Hyper-V's counterpart of Xen's front-end drivers, with the VSPs in the root as the back ends.",
			notes:
				'In Xen terms: netfront and blkfront in the guest, netback and blkback in domain 0. The analogy is ours, not a specification.'
		},
		'flush-hint': {
			title: 'A hint in action',
			text: 'For a remote TLB flush the kernel follows a hint: one flush hypercall instead of an IPI that interrupts every other processor. That looks like paravirtualization, but the kernel does it only where Hyper-V recommends it.',
			notes:
				'Point at the trail: from the guest kernel straight to the hypercall handler, with no APIC box on the way. The enlightenments lesson compares this flush with and without the hint.'
		},
		'two-ways': {
			title: 'Two ways to cooperate',
			text: "Paravirtualization builds the kernel around the hypervisor's calls; enlightenment keeps an ordinary kernel that detects Hyper-V and takes the shortcuts it is offered. The 2008 adapter bridged the two by letting a Xen kernel's calls land on Hyper-V.",
			correction:
				'The 2008 article calls enlightenment simply Microsoft’s name for paravirtualization, and says Xen’s paravirtualized drivers gain their speed through emulated drivers. The drivers part is garbled: paravirtual and synthetic drivers are fast because they replace emulated devices. And an enlightened Hyper-V kernel relies on hardware virtualization, using its shortcuts only where Hyper-V offers them.',
			notes:
				'Ask the class to name one thing both approaches share (hypercalls, split drivers) and one that differs (whether the kernel can run without the hypervisor’s help).'
		}
	},
	questions: {
		'adapter-hop': {
			prompt: 'The adapter has caught the Xen call. Where does the request go next?',
			explanation:
				"To the hypervisor's hypercall handler: the adapter makes the matching Hyper-V hypercall through the hypercall page, then translates the result back for the Xen kernel."
		},
		'adapter-what': {
			prompt: 'What did the hypercall adapter of the 2008 Linux integration components translate?',
			options: {
				'xen-guest-calls':
					'Xen paravirtual calls made by a Xen-enabled Linux guest kernel, into Hyper-V hypercalls',
				'xenserver-functions':
					'Functions of Citrix XenServer hosts, for mixed Hyper-V and XenServer sites',
				'vmware-calls': 'VMware Tools calls, into VMBus messages',
				'windows-api': 'Windows API calls made by Linux programs'
			},
			explanation:
				'It ran inside the Linux guest on Hyper-V and translated the Xen calls of that guest’s kernel. Despite the 2008 article, XenServer hosts had nothing to do with it.'
		},
		'lic-2008-distro': {
			prompt:
				'Which Linux did the 2008 Linux integration components, with the hypercall adapter, support?',
			options: {
				sles10: 'SUSE Linux Enterprise Server 10 (SP1 and SP2)',
				'xenserver-linux': 'Linux versions from Citrix XenServer',
				'any-distro': 'Any distribution with a 2.6 kernel'
			},
			explanation:
				'Only SLES 10. Red Hat support came with version 2.0 in late 2009, and no Citrix XenServer Linux was ever involved.'
		},
		'unmodified-kernel': {
			prompt:
				'A guest kernel that knows nothing about Hyper-V boots in a child partition. What happens?',
			options: {
				'runs-emulated': 'It runs unchanged, on hardware virtualization and emulated devices',
				'refuses-boot': 'It cannot boot: Hyper-V needs a paravirtualized kernel',
				'needs-adapter': 'It needs the hypercall adapter to boot',
				'runs-enlightened': 'The hypervisor enlightens it automatically'
			},
			explanation:
				'Hyper-V requires Intel VT or AMD-V, so any supported x86 kernel runs unchanged. Without enlightenments and synthetic drivers it is just slower, because every device access is trapped and emulated.'
		},
		'detect-how': {
			prompt: 'How does an enlightened kernel find out that it runs on Hyper-V?',
			options: {
				cpuid: 'With CPUID: the hypervisor-present bit, then leaves 0x40000000 and 0x40000001',
				'xen-call': 'By making a Xen call and checking the answer',
				'boot-parameter': 'From a boot parameter that the root sets',
				'vmbus-offer': 'From the first VMBus offer'
			},
			explanation:
				'CPUID leaf 1 says a hypervisor is present, leaf 0x40000000 names it "Microsoft Hv" and leaf 0x40000001 gives the interface "Hv#1". VMBus only comes after hypercalls are enabled.'
		},
		dom0: {
			prompt: "Which part of Hyper-V plays the role of Xen's domain 0?",
			options: {
				root: 'The root partition',
				hypervisor: 'The hypervisor',
				vmwp: 'The worker process (VMWP)',
				child: 'The first child partition'
			},
			explanation:
				'Both hold the physical device drivers and serve the other guests. A Microsoft engineer told people to think of the root partition as Xen’s Dom0.'
		},
		'vsc-hop': {
			prompt:
				'The guest’s VMBus driver has received all device offers. Where does the request go when the guest binds its drivers to them?',
			explanation:
				'To the VSCs: the synthetic device drivers bind to their offers, and from then on disk and network go over VMBus.'
		}
	}
};

export default narration;
