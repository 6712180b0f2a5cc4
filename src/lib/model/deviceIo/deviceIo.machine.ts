/**
 * One network send, one screen update or one mouse movement, on the synthetic path (VSC, VMBus ring, signal,
 * the device's server in the root) or the emulated one (register traps emulated in the worker process). Storage has its
 * own machine with the IDE fast path and controllers (../diskRead/diskRead.machine.ts); this one covers the other three
 * device classes of a WS2008 guest (facts §3, §5.2).
 *
 * The guest and whether it has integration components pick the path. Without them a guest, enlightened kernel
 * or not, has only the emulated 21140 NIC, S3 video and i8042 mouse, so its path is drawn in the diagram's
 * unenlightened child, which stands for every guest without them.
 *
 * Documented: the synthetic NIC talks RNDIS over VMBus to the VSP in the virtual switch, a root kernel driver
 * (S5, S1, S14); the legacy NIC, video and PS/2 devices are emulated in the worker process (S9, S14). Estimates
 * ([M], flagged on the hops): the register sequences (port-sequences.ts), and where synthetic video and mouse
 * are served: in the VM's worker process, in user mode, as documented for 2016-era builds (U6, U39) and not
 * verified for WS2008 (facts §2 and the 2016 sheet's correction 1). So the screen update ends in the worker, a
 * trip to user mode the synthetic NIC and disk never make, and mouse input starts there.
 */
import { assign, setup } from 'xstate';
import { at, type HopMeta } from '../hop';
import type { PayloadKind } from '../payloads';
import {
	mouseByteAccesses,
	mousePacketBytes,
	nicInterruptAccesses,
	nicSendAccesses,
	videoCursorAccesses,
	type DeviceAccess,
	type EmulatedDevice
} from './port-sequences';
import { chain, type Leg } from './chain';
import { hasIntegrationComponents } from '../guests';

export const deviceGuests = ['windows', 'linux', 'unenlightened'] as const;
export type DeviceGuest = (typeof deviceGuests)[number];
export const devices = ['network', 'video', 'input'] as const;
export type Device = (typeof devices)[number];

export interface DeviceIoInput {
	guest: DeviceGuest;
	/** network: send one frame; video: update the screen; input: move the mouse. */
	device: Device;
	/** Integration components installed. Default: yes for Windows and Linux, never for an unenlightened guest. */
	ics?: boolean;
}

export interface DeviceIoContext {
	device: Device;
	/** The synthetic path of a Windows or Linux guest with integration components, or the emulated one. */
	path: 'windows' | 'linux' | 'emulated';
	/** Where the guest's driver is: programming the device, or in its interrupt handler. */
	phase: 'driver' | 'isr';
	accessesDone: number;
	/** Mouse bytes still to be delivered, one interrupt each. */
	bytesLeft: number;
	vmExits: number;
	/** Hypercalls the guest made (only the synthetic path's guest can). */
	guestHypercalls: number;
	/** Hypercalls the root made for it: signals to the guest, resuming it after an intercept. */
	rootHypercalls: number;
	vmwpTrips: number;
	ringWrites: number;
	/** Virtual interrupts delivered to the guest. */
	interrupts: number;
	/** Intercept messages the hypervisor sent the root, one per trapped access. */
	interceptMessages: number;
}

type DeviceIoEventType =
	| 'io.submit'
	| 'input.event'
	| 'vsc.request'
	| 'vmbus.write'
	| 'vmbus.signal'
	| 'hv.hypercall'
	| 'synic.signal'
	| 'synic.interrupt'
	| 'vsp.read'
	| 'switch.forward'
	| 'driver.start'
	| 'nic.send'
	| 'nic.complete'
	| 'vsp.complete'
	| 'vsc.complete'
	| 'apic.eoi'
	| 'io.complete'
	| 'app.complete'
	| 'frame.update'
	| 'cpu.trap'
	| 'hv.message'
	| 'vid.dispatch'
	| 'vmwp.emulate'
	| 'vmwp.done'
	| 'vp.resume'
	| 'vmwp.send'
	| 'vmwp.complete'
	| 'pic.raise'
	| 'hv.inject'
	| 'isr.start'
	| 'byte.next';
export type DeviceIoEvent = { type: DeviceIoEventType };

/** The register accesses of the current driver phase, per device. */
export function accessesFor(
	device: Device,
	phase: DeviceIoContext['phase']
): readonly DeviceAccess[] {
	if (device === 'network') return phase === 'driver' ? nicSendAccesses : nicInterruptAccesses;
	if (device === 'video') return phase === 'driver' ? videoCursorAccesses : [];
	return phase === 'driver' ? [] : mouseByteAccesses;
}

const nextAccess = (c: DeviceIoContext) => accessesFor(c.device, c.phase)[c.accessesDone];

/** The boxes of an enlightened guest in the diagram. */
const guestBoxes = {
	windows: {
		apps: 'win-apps',
		stack: 'win-io-stack',
		vsc: 'win-vsc',
		vmbus: 'win-vmbus',
		hv: 'win-winhv'
	},
	linux: {
		apps: 'linux-apps',
		stack: 'linux-io-stack',
		vsc: 'linux-vsc',
		vmbus: 'linux-vmbus',
		hv: 'linux-hv'
	}
} as const;

type Action =
	| 'countExit'
	| 'countGuestHypercall'
	| 'countRootHypercall'
	| 'countVmwpTrip'
	| 'countRingWrite'
	| 'countInterrupt';

/** Guest → VMBus → root: the request half every synthetic send shares (facts §4.3). */
function guestToRoot(
	g: (typeof guestBoxes)[keyof typeof guestBoxes],
	vscSources: HopMeta['hop']['sources'],
	carries?: PayloadKind
): Leg<Action>[] {
	return [
		{ name: 'app', meta: at(g.apps, 'guest-user', ['S1']), on: 'io.submit' },
		{ name: 'stack', meta: at(g.stack, 'guest-kernel', ['S1', 'S5']), on: 'vsc.request' },
		{ name: 'vsc', meta: at(g.vsc, 'guest-kernel', vscSources, { carries }), on: 'vmbus.write' },
		{
			name: 'ring',
			meta: at(g.vmbus, 'guest-kernel', ['S5'], { work: 'ring-write', carries }),
			on: 'vmbus.signal',
			entry: ['countRingWrite']
		},
		{
			name: 'hvLibrary',
			meta: at(g.hv, 'guest-kernel', ['S1', 'S6'], { estimate: true }),
			on: 'hv.hypercall'
		},
		{
			name: 'signal',
			meta: at('hv-hypercalls', 'hypervisor', ['S2d', 'S6'], { carries: 'signalEvent' }),
			on: 'synic.signal',
			entry: ['countExit', 'countGuestHypercall']
		},
		{ name: 'synicToRoot', meta: at('hv-synic', 'hypervisor', ['S2c']), on: 'synic.interrupt' },
		{
			name: 'rootVmbus',
			meta: at('root-vmbus', 'root-kernel', ['S2c', 'S5']),
			// The root's VMBus driver takes the SynIC interrupt: the root's, not the guest's, so not counted.
			on: 'vsp.read'
		}
	];
}

/** Root → VMBus → guest: a packet for the guest, its signal, the guest's interrupt and end of interrupt. */
function rootToGuest(
	g: (typeof guestBoxes)[keyof typeof guestBoxes],
	vscMeta: HopMeta,
	after: 'stack' | 'apps'
): Leg<Action>[] {
	return [
		{
			name: 'outRing',
			meta: at('root-vmbus', 'root-kernel', ['S5', 'S6'], { work: 'ring-write' }),
			on: 'vmbus.signal',
			entry: ['countRingWrite']
		},
		{
			name: 'rootWinHv',
			meta: at('root-winhv', 'root-kernel', ['S1', 'S2c'], { estimate: true }),
			on: 'hv.hypercall'
		},
		{
			name: 'rootSignal',
			meta: at('hv-hypercalls', 'hypervisor', ['S2c', 'S6'], { carries: 'signalEvent' }),
			on: 'synic.signal',
			entry: ['countRootHypercall']
		},
		{ name: 'synicToGuest', meta: at('hv-synic', 'hypervisor', ['S2c']), on: 'synic.interrupt' },
		{
			name: 'guestVmbus',
			meta: at(g.vmbus, 'guest-kernel', ['S5', 'S2c']),
			on: 'vsc.complete',
			entry: ['countInterrupt']
		},
		{ name: 'vscDone', meta: vscMeta, on: 'apic.eoi' },
		// The EOI MSR is an enlightenment: one cheap MSR write instead of emulated APIC accesses.
		{
			name: 'eoi',
			meta: at('hv-msrs', 'hypervisor', ['S2b', 'S4'], { act: 'WRMSR 0x40000070' }),
			on: 'io.complete',
			entry: ['countExit']
		},
		...(after === 'stack'
			? [
					{
						name: 'stackDone',
						meta: at(g.stack, 'guest-kernel', ['S1']),
						on: 'app.complete'
					} as Leg<Action>
				]
			: []),
		{ name: 'done', meta: at(g.apps, 'guest-user', ['S1']) }
	];
}

function syntheticStates(guest: keyof typeof guestBoxes) {
	const g = guestBoxes[guest];
	const vscSources = guest === 'linux' ? (['S5', 'S21'] as const) : (['S1', 'S26'] as const);
	return {
		initial: 'choose',
		states: {
			choose: {
				always: [
					{ guard: 'isNetwork', target: 'network' },
					{ guard: 'isVideo', target: 'video' },
					{ target: 'input' }
				] as const
			},
			// NetVSC sends the frame as an RNDIS message over VMBus to the VSP in the virtual switch, which hands it
			// down through NDIS to the physical NIC's driver; the root's own TCP/IP stack plays no part (S5, S1).
			network: chain<Action>([
				...guestToRoot(g, [...vscSources], 'rndisPacket'),
				{ name: 'vsp', meta: at('root-vsp', 'root-kernel', ['S1', 'S5']), on: 'switch.forward' },
				{ name: 'rootStack', meta: at('root-io-stack', 'root-kernel', ['S1']), on: 'driver.start' },
				{
					name: 'rootDriver',
					meta: at('root-drivers', 'root-kernel', ['S1', 'S16']),
					on: 'nic.send'
				},
				{ name: 'nic', meta: at('hw-nic', 'hardware', ['S1']), on: 'nic.complete' },
				{
					name: 'rootDriverDone',
					meta: at('root-drivers', 'root-kernel', ['S1']),
					on: 'vsp.complete'
				},
				{ name: 'vspDone', meta: at('root-vsp', 'root-kernel', ['S1', 'S5']), on: 'vmbus.write' },
				...rootToGuest(g, at(g.vsc, 'guest-kernel', [...vscSources]), 'stack')
			]),
			// The synthetic video driver draws into a frame buffer in shared memory, set up over VMBus, and reports
			// the changed rectangle in a message; no reply is needed (Linux hyperv_fb, S38). The root's VMBus
			// driver hands that message up to the video device in the VM's worker process, in user mode.
			video: chain<Action>([
				...guestToRoot(g, guest === 'linux' ? ['S38', 'S29'] : ['S1', 'S26']),
				{
					name: 'worker',
					meta: at('root-vmwp', 'root-user', ['S1', 'S38', 'U6', 'U39'], { estimate: true }),
					entry: ['countVmwpTrip']
				}
			]),
			// Input comes from the VM Connection window to the worker process, whose synthetic mouse device writes
			// it as a packet on the channel to the guest's mouse VSC (Linux hid-hyperv, S21), through the root's
			// VMBus driver. No kernel VSP takes part.
			input: chain<Action>([
				{
					name: 'vmconnect',
					meta: at('root-vmwp', 'root-user', ['S1', 'S14', 'U6', 'U39'], { estimate: true }),
					on: 'vmbus.write'
				},
				...rootToGuest(
					g,
					at(g.vsc, 'guest-kernel', guest === 'linux' ? ['S21'] : ['S1', 'S26']),
					'stack'
				)
			])
		}
	};
}

export const deviceIoMachine = setup({
	types: {
		context: {} as DeviceIoContext,
		events: {} as DeviceIoEvent,
		input: {} as DeviceIoInput,
		meta: {} as HopMeta,
		tags: {} as 'completed'
	},
	actions: {
		countExit: assign({ vmExits: ({ context }) => context.vmExits + 1 }),
		countGuestHypercall: assign({
			guestHypercalls: ({ context }) => context.guestHypercalls + 1
		}),
		countRootHypercall: assign({ rootHypercalls: ({ context }) => context.rootHypercalls + 1 }),
		countInterceptMessage: assign({
			interceptMessages: ({ context }) => context.interceptMessages + 1
		}),
		countVmwpTrip: assign({ vmwpTrips: ({ context }) => context.vmwpTrips + 1 }),
		countRingWrite: assign({ ringWrites: ({ context }) => context.ringWrites + 1 }),
		countInterrupt: assign({ interrupts: ({ context }) => context.interrupts + 1 }),
		completeAccess: assign({ accessesDone: ({ context }) => context.accessesDone + 1 }),
		enterIsr: assign({ phase: 'isr' as const, accessesDone: 0 }),
		nextByte: assign({ bytesLeft: ({ context }) => context.bytesLeft - 1, accessesDone: 0 })
	},
	guards: {
		onPath: ({ context }, path: DeviceIoContext['path']) => context.path === path,
		isNetwork: ({ context }) => context.device === 'network',
		isVideo: ({ context }) => context.device === 'video',
		isInput: ({ context }) => context.device === 'input',
		accessesLeft: ({ context }) => nextAccess(context) !== undefined,
		accessFor: ({ context }, device: EmulatedDevice) => nextAccess(context)?.device === device,
		inDriver: ({ context }) => context.phase === 'driver',
		driverDoneFor: ({ context }, device: Device) =>
			context.device === device && nextAccess(context) === undefined,
		moreBytes: ({ context }) => nextAccess(context) === undefined && context.bytesLeft > 1,
		isrDone: ({ context }) =>
			nextAccess(context) === undefined && (context.device !== 'input' || context.bytesLeft <= 1)
	}
}).createMachine({
	id: 'deviceIo',
	context: ({ input }) => ({
		device: input.device,
		// With integration components the guest is never the unenlightened one (guests.ts).
		path: hasIntegrationComponents(input.guest, input.ics)
			? (input.guest as Exclude<DeviceGuest, 'unenlightened'>)
			: ('emulated' as const),
		phase: 'driver',
		accessesDone: 0,
		bytesLeft: input.device === 'input' ? mousePacketBytes : 0,
		vmExits: 0,
		guestHypercalls: 0,
		rootHypercalls: 0,
		vmwpTrips: 0,
		ringWrites: 0,
		interrupts: 0,
		interceptMessages: 0
	}),
	initial: 'start',
	states: {
		// A transient state: the guest and its integration components alone decide the path.
		start: {
			always: [
				{ guard: { type: 'onPath', params: 'windows' }, target: 'windows' },
				{ guard: { type: 'onPath', params: 'linux' }, target: 'linux' },
				{ target: 'emulated' }
			]
		},
		windows: syntheticStates('windows'),
		linux: syntheticStates('linux'),
		emulated: {
			initial: 'choose',
			states: {
				choose: {
					always: [{ guard: 'isInput', target: 'vmconnect' }, { target: 'app' }]
				},
				app: {
					meta: at('legacy-apps', 'guest-user', ['S1']),
					on: { 'io.submit': 'kernel' }
				},
				kernel: {
					meta: at('legacy-kernel', 'guest-kernel', ['S1']),
					on: { 'driver.start': 'driver' }
				},
				// The guest's driver programs the device it believes is real, one register at a time. The 21140
				// driver first writes the frame's descriptor into RAM, and the S3 driver draws into a frame buffer
				// the emulator maps; neither traps.
				driver: {
					meta: at('legacy-drivers', 'guest-kernel', ['S9', 'S15b'], { estimate: true }),
					on: {
						'cpu.trap': { guard: 'accessesLeft', target: 'trap' },
						'vmwp.send': {
							guard: { type: 'driverDoneFor', params: 'network' },
							target: 'emulatorSend'
						},
						'io.complete': {
							guard: { type: 'driverDoneFor', params: 'video' },
							target: 'kernelDone'
						}
					}
				},
				trap: {
					entry: 'countExit',
					meta: at('hv-intercepts', 'hypervisor', ['S3']),
					on: { 'hv.message': 'rootWinHv' }
				},
				rootWinHv: {
					entry: 'countInterceptMessage',
					meta: at('root-winhv', 'root-kernel', ['S3', 'S4'], {
						estimate: true,
						carries: 'ioPortIntercept'
					}),
					on: { 'vid.dispatch': 'vid' }
				},
				vid: {
					meta: at('root-vid', 'root-kernel', ['S1', 'S14'], { estimate: true }),
					on: {
						'vmwp.emulate': [
							{ guard: { type: 'accessFor', params: 'nic' }, target: 'emulateNic' },
							{ guard: { type: 'accessFor', params: 'video' }, target: 'emulateVideo' },
							{ guard: { type: 'accessFor', params: 'input' }, target: 'emulateInput' },
							{ target: 'emulatePic' }
						]
					}
				},
				emulateNic: {
					entry: ['countVmwpTrip', 'completeAccess'],
					meta: at('root-nic-emulator', 'root-user', ['S9', 'S14', 'S15b']),
					on: { 'vmwp.done': 'resume' }
				},
				emulateVideo: {
					entry: ['countVmwpTrip', 'completeAccess'],
					meta: at('root-video-emulator', 'root-user', ['S9', 'S8', 'S25'], { estimate: true }),
					on: { 'vmwp.done': 'resume' }
				},
				emulateInput: {
					entry: ['countVmwpTrip', 'completeAccess'],
					meta: at('root-input-emulator', 'root-user', ['S9'], { estimate: true }),
					on: { 'vmwp.done': 'resume' }
				},
				emulatePic: {
					entry: ['countVmwpTrip', 'completeAccess'],
					meta: at('root-pic-emulator', 'root-user', ['S9', 'S3'], { estimate: true }),
					on: { 'vmwp.done': 'resume' }
				},
				// The worker, through VID and WinHv, writes back the registers and clears the intercept suspend.
				resume: {
					entry: 'countRootHypercall',
					meta: at('hv-hypercalls', 'hypervisor', ['S3'], { carries: 'setVpRegisters' }),
					on: { 'vp.resume': [{ guard: 'inDriver', target: 'driver' }, { target: 'isr' }] }
				},
				// The worker's 21140 reads the descriptor and copies the frame out of guest memory into the
				// virtual switch: a copy the synthetic NIC does not make (facts §5.3, [M]).
				emulatorSend: {
					entry: 'countVmwpTrip',
					meta: at('root-nic-emulator', 'root-user', ['S14', 'S15b'], {
						estimate: true,
						work: 'data-copy'
					}),
					on: { 'switch.forward': 'switch' }
				},
				switch: {
					meta: at('root-vsp', 'root-kernel', ['S1'], { estimate: true }),
					on: { 'driver.start': 'rootStack' }
				},
				rootStack: {
					meta: at('root-io-stack', 'root-kernel', ['S1']),
					on: { 'nic.send': 'rootDriver' }
				},
				rootDriver: {
					meta: at('root-drivers', 'root-kernel', ['S1', 'S16']),
					on: { 'nic.complete': 'nic' }
				},
				nic: {
					meta: at('hw-nic', 'hardware', ['S1']),
					on: { 'vmwp.complete': 'emulatorDone' }
				},
				emulatorDone: {
					entry: 'countVmwpTrip',
					meta: at('root-nic-emulator', 'root-user', ['S14', 'S15b'], { estimate: true }),
					on: { 'pic.raise': 'pic' }
				},
				// Mouse input reaches the worker from the VM Connection window; its i8042 queues the packet.
				vmconnect: {
					meta: at('root-vmwp', 'root-user', ['S1', 'S14'], { estimate: true }),
					on: { 'input.event': 'emulatorByte' }
				},
				emulatorByte: {
					meta: at('root-input-emulator', 'root-user', ['S9'], { estimate: true }),
					on: { 'pic.raise': 'pic' }
				},
				pic: {
					meta: at('root-pic-emulator', 'root-user', ['S3', 'S9']),
					on: { 'hv.inject': 'inject' }
				},
				inject: {
					entry: ['countInterrupt', 'enterIsr'],
					meta: at('hv-apic', 'hypervisor', ['S1', 'S3']),
					on: { 'isr.start': 'isr' }
				},
				// The interrupt handler reads and acknowledges the device: more register accesses, more traps.
				isr: {
					meta: at('legacy-drivers', 'guest-kernel', ['S3', 'S9'], { estimate: true }),
					on: {
						'cpu.trap': { guard: 'accessesLeft', target: 'trap' },
						'byte.next': { guard: 'moreBytes', target: 'emulatorByte', actions: 'nextByte' },
						'io.complete': { guard: 'isrDone', target: 'kernelDone' }
					}
				},
				kernelDone: {
					meta: at('legacy-kernel', 'guest-kernel', ['S1']),
					on: { 'app.complete': 'done' }
				},
				done: {
					type: 'final',
					tags: ['completed'],
					meta: at('legacy-apps', 'guest-user', ['S1'])
				}
			}
		}
	}
});
