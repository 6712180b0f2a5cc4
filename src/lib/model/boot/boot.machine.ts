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
import { links, type Leg, doneAt } from '../legs';

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

type BootAction = 'cpuid' | 'msr' | 'message' | 'offers' | 'openChannels';

/**
 * The three CPUID leaves the kernel asks, in order (S2b), each answered by the hypervisor: the state, what the
 * guest executes, and the event that moves on (the next leaf, or the first MSR write).
 */
const cpuidLegs: Leg<BootAction>[] = (
	[
		['present', 'CPUID 0x1', 'cpuid.vendor', 'cpuid'],
		['vendor', 'CPUID 0x40000000', 'cpuid.interface', 'cpuid'],
		['interface', 'CPUID 0x40000001', 'msr.guestOsId', 'msr']
	] as const
).map(([name, act, on, actions]) => ({
	name,
	meta: at('hv-partitions', 'hypervisor', ['S2b'], { places: { boot: 'cpuid' }, act }),
	on,
	actions
}));

/**
 * VMBus contact with integration components (S5, S6): the guest initiates contact, the root answers, the guest
 * asks for the offers and the root delivers one per device; each event counts the control messages it takes.
 */
const vmbusContactLegs: Leg<BootAction>[] = [
	{
		name: 'contact',
		meta: at('win-vmbus', 'guest-kernel', ['S5', 'S6'], { places: { boot: 'contact' } }),
		on: 'vmbus.versionResponse',
		actions: 'message'
	},
	{
		name: 'connected',
		meta: at('root-vmbus', 'root-kernel', ['S6'], { places: { boot: 'contact' } }),
		on: 'vmbus.requestOffers',
		actions: 'offers'
	},
	{
		name: 'requested',
		meta: at('root-vmbus', 'root-kernel', ['S5', 'S6'], { places: { boot: 'offers' } }),
		on: 'vmbus.offersDelivered',
		actions: 'message'
	},
	{
		name: 'offered',
		meta: at('win-vmbus', 'guest-kernel', ['S5', 'S6'], { places: { boot: 'offers' } }),
		on: 'vsc.bind',
		actions: 'openChannels'
	}
];

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
			initial: 'kernel',
			states: {
				kernel: {
					meta: at('legacy-kernel', 'guest-kernel', ['S1'], { places: { boot: 'child-kernel' } }),
					on: { 'devices.emulated': 'running' }
				},
				running: doneAt(
					at('legacy-drivers', 'guest-kernel', ['S1', 'S9'], { places: { boot: 'drivers' } }),
					'emulated'
				)
			}
		},
		enlightened: {
			initial: 'kernel',
			states: {
				...links<BootAction>(
					[
						{
							name: 'kernel',
							meta: at('win-winhv', 'guest-kernel', ['S1', 'S2b'], {
								places: { boot: 'child-kernel' }
							}),
							on: 'cpuid.features',
							actions: 'cpuid'
						},
						...cpuidLegs,
						{
							name: 'identified',
							meta: at('hv-msrs', 'hypervisor', ['S2a'], {
								places: { boot: 'msrs' },
								act: 'WRMSR 0x40000000'
							}),
							on: 'msr.hypercallPage',
							actions: 'msr'
						}
					],
					'hypercallPage'
				),
				hypercallPage: {
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
				...links<BootAction>(vmbusContactLegs, 'runningSynthetic'),
				runningSynthetic: doneAt(
					at('win-vsc', 'guest-kernel', ['S5', 'S13'], { places: { boot: 'drivers' } }),
					'synthetic'
				),
				runningEmulated: doneAt(
					at('win-io-stack', 'guest-kernel', ['S1'], {
						places: { boot: 'drivers' },
						estimate: true
					}),
					'emulated'
				)
			}
		}
	}
});
