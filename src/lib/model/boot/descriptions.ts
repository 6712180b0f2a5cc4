/** What each state of the boot machine stands for, by state path: explore's statechart shows it beside the state. */
import type { StateDescriptions } from '../leg-descriptions';

export default {
	firmware:
		'The BIOS reads the boot sector through the emulated IDE controller in the worker process.',
	unenlightened:
		'A kernel without enlightenments boots as on real hardware, on the emulated devices.',
	'unenlightened.kernel':
		'A kernel that only knows real hardware: its drivers program the emulated devices.',
	'unenlightened.running':
		'The guest runs on emulated devices: every access to them traps to the worker process.',
	enlightened:
		'An enlightened kernel finds Hyper-V through CPUID, enables hypercalls and, with integration components, VMBus.',
	'enlightened.kernel':
		'The enlightened kernel starts on the same emulated devices and asks the processor what it runs on.',
	'enlightened.present': 'CPUID leaf 1: ECX bit 31 says a hypervisor is there.',
	'enlightened.vendor': 'Leaf 0x40000000: "Microsoft Hv".',
	'enlightened.interface':
		'Leaf 0x40000001: "Hv#1", the interface a guest should base its decisions on.',
	'enlightened.identified':
		'HV_X64_MSR_GUEST_OS_ID (0x40000000), which must be set before the hypercall page.',
	'enlightened.hypercallPage':
		'HV_X64_MSR_HYPERCALL (0x40000001): the hypervisor overlays the hypercall page.',
	'enlightened.contact': 'INITIATE_CONTACT (14), posted with HvCallPostMessage.',
	'enlightened.connected': 'VERSION_RESPONSE (15): Windows Server 2008 speaks VMBus protocol 0.13.',
	'enlightened.requested':
		'REQUESTOFFERS (3): the root answers with one OFFERCHANNEL (1) per device.',
	'enlightened.offered': 'ALLOFFERS_DELIVERED (4), after the offers.',
	'enlightened.runningSynthetic':
		'The VSCs bind to their offers and open their channels (GPADL, OPENCHANNEL); with the IDE filter even the boot disk now goes over VMBus.',
	'enlightened.runningEmulated':
		'A hypervisor-aware kernel without integration components: no VMBus, so emulated devices.'
} satisfies StateDescriptions;
