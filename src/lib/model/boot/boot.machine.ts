/**
 * A child partition boots and, if it can, becomes enlightened (facts §5.2, §6.1, §6.2, §4.2, §3.1):
 * the BIOS loads the boot disk through the emulated IDE controller (a generation 1 VM boots from IDE, never
 * from the synthetic SCSI controller), the kernel starts, and a hypervisor-aware kernel discovers Hyper-V
 * through CPUID, identifies itself in the guest OS ID MSR, enables the hypercall page, and with integration
 * components connects to VMBus, takes the device offers and switches to synthetic devices. An
 * unenlightened guest stays on emulated devices for good.
 */
import { assign, setup } from 'xstate';
import { at, type HopMeta } from '../hop';

export interface BootInput {
	guest: 'enlightened' | 'unenlightened';
	/** Integration components installed: VMBus and the VSCs. Without them even an enlightened kernel keeps emulated devices. */
	ics?: boolean;
}

export interface BootContext {
	guest: BootInput['guest'];
	ics: boolean;
	/** CPUID instructions, each an exit the hypervisor answers. */
	cpuidExits: number;
	/** Writes to the hypervisor's synthetic MSRs (guest OS ID, hypercall page). */
	msrWrites: number;
	/**
	 * VMBus control messages, both directions: the four of the handshake, one offer per synthetic device, and
	 * four for each channel a driver opens (GPADL_HEADER, GPADL_CREATED, OPENCHANNEL, OPENCHANNEL_RESULT), so
	 * offer and opening make the five per channel the channel machine counts.
	 */
	controlMessages: number;
}

export type BootEvent = {
	type:
		| 'kernel.load'
		| 'cpuid.features'
		| 'cpuid.vendor'
		| 'cpuid.interface'
		| 'msr.guestOsId'
		| 'msr.hypercallPage'
		| 'vmbus.initiateContact'
		| 'vmbus.versionResponse'
		| 'vmbus.requestOffers'
		| 'vmbus.offersDelivered'
		| 'vsc.bind'
		| 'devices.emulated';
};

/** What CPUID returns on Hyper-V (S2b): the present bit, the vendor string, the interface signature. */
export const cpuidAnswers = {
	features: { leaf: '0x00000001', answer: 'ECX bit 31 = 1: a hypervisor is present' },
	vendor: { leaf: '0x40000000', answer: 'EBX, ECX, EDX = "Micr" "osof" "t Hv"' },
	interface: { leaf: '0x40000001', answer: 'EAX = "Hv#1" (0x31237648)' }
} as const;

/**
 * The synthetic devices the host offers this VM, one VMBus channel each (S5: one offer per device): a disk
 * controller, a network adapter, video and mouse (S1, §3.1), and the five integration services of WS2008,
 * each served by a device of its own in the parent (S26). A VM with more disks or NICs gets more offers.
 */
export const bootOffers = [
	'storage',
	'network',
	'video',
	'mouse',
	'shutdown',
	'time synchronization',
	'data exchange (KVP)',
	'heartbeat',
	'backup (VSS)'
] as const;

/** Control messages that open one offered channel after its offer (the channel machine's setup, S5, S6). */
export const openMessagesPerChannel = 4;

/** The synthetic MSRs the guest writes (S2a, S4). */
export const bootMsrs = { guestOsId: 0x40000000, hypercall: 0x40000001 } as const;

export const bootMachine = setup({
	types: {
		context: {} as BootContext,
		events: {} as BootEvent,
		input: {} as BootInput,
		meta: {} as HopMeta,
		tags: {} as 'completed' | 'synthetic' | 'emulated'
	},
	actions: {
		cpuid: assign({ cpuidExits: ({ context }) => context.cpuidExits + 1 }),
		msr: assign({ msrWrites: ({ context }) => context.msrWrites + 1 }),
		message: assign({ controlMessages: ({ context }) => context.controlMessages + 1 }),
		// REQUESTOFFERS, answered by one OFFERCHANNEL per device.
		offers: assign({
			controlMessages: ({ context }) => context.controlMessages + bootOffers.length + 1
		}),
		// Every VSC that binds shares its rings through a GPADL and opens its channel.
		openChannels: assign({
			controlMessages: ({ context }) =>
				context.controlMessages + bootOffers.length * openMessagesPerChannel
		})
	},
	guards: {
		enlightened: ({ context }) => context.guest === 'enlightened',
		withIcs: ({ context }) => context.ics,
		withoutIcs: ({ context }) => !context.ics
	}
}).createMachine({
	id: 'boot',
	context: ({ input }) => ({
		guest: input.guest,
		ics: input.guest === 'enlightened' && (input.ics ?? true),
		cpuidExits: 0,
		msrWrites: 0,
		controlMessages: 0
	}),
	initial: 'firmware',
	states: {
		firmware: {
			description:
				'The BIOS reads the boot sector through the emulated IDE controller in the worker process.',
			meta: at('root-ide-emulator', 'root-user', ['S15', 'S9'], {
				places: { boot: 'child-firmware' }
			}),
			on: {
				'kernel.load': [
					{ guard: 'enlightened', target: 'enlightened' },
					{ target: 'unenlightened' }
				]
			}
		},
		unenlightened: {
			description:
				'A kernel without enlightenments boots as on real hardware, on the emulated devices.',
			initial: 'kernel',
			states: {
				kernel: {
					description:
						'A kernel that only knows real hardware: its drivers program the emulated devices.',
					meta: at('legacy-kernel', 'guest-kernel', ['S1'], { places: { boot: 'child-kernel' } }),
					on: { 'devices.emulated': 'running' }
				},
				running: {
					description:
						'The guest runs on emulated devices: every access to them traps to the worker process.',
					type: 'final',
					tags: ['completed', 'emulated'],
					meta: at('legacy-drivers', 'guest-kernel', ['S1', 'S9'], { places: { boot: 'drivers' } })
				}
			}
		},
		enlightened: {
			description:
				'An enlightened kernel finds Hyper-V through CPUID, enables hypercalls and, with integration components, VMBus.',
			initial: 'kernel',
			states: {
				kernel: {
					description:
						'The enlightened kernel starts on the same emulated devices and asks the processor what it runs on.',
					meta: at('win-winhv', 'guest-kernel', ['S1', 'S2b'], {
						places: { boot: 'child-kernel' }
					}),
					on: { 'cpuid.features': { target: 'present', actions: 'cpuid' } }
				},
				present: {
					description: 'CPUID leaf 1: ECX bit 31 says a hypervisor is there.',
					meta: at('hv-partitions', 'hypervisor', ['S2b'], {
						places: { boot: 'cpuid' },
						act: 'CPUID 0x1'
					}),
					on: { 'cpuid.vendor': { target: 'vendor', actions: 'cpuid' } }
				},
				vendor: {
					description: 'Leaf 0x40000000: "Microsoft Hv".',
					meta: at('hv-partitions', 'hypervisor', ['S2b'], {
						places: { boot: 'cpuid' },
						act: 'CPUID 0x40000000'
					}),
					on: { 'cpuid.interface': { target: 'interface', actions: 'cpuid' } }
				},
				interface: {
					description:
						'Leaf 0x40000001: "Hv#1", the interface a guest should base its decisions on.',
					meta: at('hv-partitions', 'hypervisor', ['S2b'], {
						places: { boot: 'cpuid' },
						act: 'CPUID 0x40000001'
					}),
					on: { 'msr.guestOsId': { target: 'identified', actions: 'msr' } }
				},
				identified: {
					description:
						'HV_X64_MSR_GUEST_OS_ID (0x40000000), which must be set before the hypercall page.',
					meta: at('hv-msrs', 'hypervisor', ['S2a'], {
						places: { boot: 'msrs' },
						act: 'WRMSR 0x40000000'
					}),
					on: { 'msr.hypercallPage': { target: 'hypercallPage', actions: 'msr' } }
				},
				hypercallPage: {
					description:
						'HV_X64_MSR_HYPERCALL (0x40000001): the hypervisor overlays the hypercall page.',
					meta: at('hv-msrs', 'hypervisor', ['S2a'], {
						places: { boot: 'msrs' },
						act: 'WRMSR 0x40000001'
					}),
					on: {
						'vmbus.initiateContact': {
							guard: 'withIcs',
							target: 'contact',
							actions: 'message'
						},
						'devices.emulated': { guard: 'withoutIcs', target: 'runningEmulated' }
					}
				},
				contact: {
					description: 'INITIATE_CONTACT (14), posted with HvCallPostMessage.',
					meta: at('win-vmbus', 'guest-kernel', ['S5', 'S6'], { places: { boot: 'contact' } }),
					on: { 'vmbus.versionResponse': { target: 'connected', actions: 'message' } }
				},
				connected: {
					description: 'VERSION_RESPONSE (15): Windows Server 2008 speaks VMBus protocol 0.13.',
					meta: at('root-vmbus', 'root-kernel', ['S6'], { places: { boot: 'contact' } }),
					on: { 'vmbus.requestOffers': { target: 'requested', actions: 'offers' } }
				},
				requested: {
					description: 'REQUESTOFFERS (3): the root answers with one OFFERCHANNEL (1) per device.',
					meta: at('root-vmbus', 'root-kernel', ['S5', 'S6'], { places: { boot: 'offers' } }),
					on: { 'vmbus.offersDelivered': { target: 'offered', actions: 'message' } }
				},
				offered: {
					description: 'ALLOFFERS_DELIVERED (4), after the offers.',
					meta: at('win-vmbus', 'guest-kernel', ['S5', 'S6'], { places: { boot: 'offers' } }),
					on: { 'vsc.bind': { target: 'runningSynthetic', actions: 'openChannels' } }
				},
				runningSynthetic: {
					description:
						'The VSCs bind to their offers and open their channels (GPADL, OPENCHANNEL); with the IDE filter even the boot disk now goes over VMBus.',
					type: 'final',
					tags: ['completed', 'synthetic'],
					meta: at('win-vsc', 'guest-kernel', ['S5', 'S13'], { places: { boot: 'drivers' } })
				},
				runningEmulated: {
					description:
						'A hypervisor-aware kernel without integration components: no VMBus, so emulated devices.',
					type: 'final',
					tags: ['completed', 'emulated'],
					meta: at('win-io-stack', 'guest-kernel', ['S1'], {
						places: { boot: 'drivers' },
						estimate: true
					})
				}
			}
		}
	}
});
