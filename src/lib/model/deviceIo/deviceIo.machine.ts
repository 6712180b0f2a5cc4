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
import type { SourceKey } from '$lib/architecture/sources';
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
import {
	chain,
	counted,
	emulatedRequest,
	guestBoxes,
	links,
	noCounts,
	rootToGuestLegs,
	vmbusCompletion,
	vmbusRequest,
	rootDeviceLegs,
	toStateNamed,
	type GuestBoxes,
	type Leg,
	type PathCounter,
	type PathCounters,
	type EmulatedEvent,
	type VmbusEvent
} from '../legs';
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
	/**
	 * The virtual network the synthetic adapter is on (facts: S46). external (the default): bound to a physical
	 * NIC, the frame leaves the host; internal: the VMs and the root only, the frame goes up the root's own
	 * stack; private: the VMs only, the frame goes to another VM on the same switch.
	 */
	network?: VirtualNetwork;
}

export const virtualNetworks = ['external', 'internal', 'private'] as const;
export type VirtualNetwork = (typeof virtualNetworks)[number];

export interface DeviceIoContext extends PathCounters {
	device: Device;
	network: VirtualNetwork;
	/** The synthetic path of a Windows or Linux guest with integration components, or the emulated one. */
	path: 'windows' | 'linux' | 'emulated';
	/** Where the guest's driver is: programming the device, or in its interrupt handler. */
	phase: 'driver' | 'isr';
	accessesDone: number;
	/** Mouse bytes still to be delivered, one interrupt each. */
	bytesLeft: number;
}

/** The shared legs' events (legs.ts), and those of the device paths' own states. */
type DeviceIoEventType =
	| VmbusEvent
	| EmulatedEvent
	| 'input.event'
	| 'switch.forward'
	| 'nic.send'
	| 'nic.complete'
	| 'vsp.complete'
	| 'frame.update'
	| 'vmwp.send'
	| 'vmwp.complete'
	| 'pic.raise'
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

type Action = 'completeAccess' | 'enterIsr' | 'nextByte';

/** The other enlightened child on the figure: where a private network's frame goes. */
const peerOf = (guest: keyof typeof guestBoxes) =>
	guest === 'linux' ? guestBoxes.windows : guestBoxes.linux;

/** A guest's request up to its VSC, then the VMBus request half (legs.ts). */
function guestToRoot(g: GuestBoxes, vscSources: SourceKey[], carries?: PayloadKind): Leg<Action>[] {
	return [
		{
			name: 'app',
			meta: at(g.apps, 'guest-user', ['S1']),
			on: 'io.submit'
		},
		{
			name: 'stack',
			meta: at(g.stack, 'guest-kernel', ['S1', 'S5']),
			on: 'vsc.request'
		},
		{
			name: 'vsc',
			meta: at(g.vsc, 'guest-kernel', vscSources, { carries }),
			on: 'vmbus.write'
		},
		...vmbusRequest.legs(g, carries)
	];
}

function syntheticStates(guest: keyof typeof guestBoxes) {
	const g = guestBoxes[guest];
	const vscSources = guest === 'linux' ? (['S5', 'S21'] as const) : (['S1', 'S26'] as const);
	/** The frame from the application to the network VSP in the virtual switch, on any virtual network. */
	const toSwitch = (vspSources: SourceKey[]): Leg<Action>[] => [
		...guestToRoot(g, [...vscSources], 'rndisPacket'),
		{
			name: 'vsp',
			meta: at('root-vsp', 'root-kernel', vspSources),
			on: 'switch.forward'
		}
	];
	/** The send's completion, from the VSP back to the application, the same whichever way the frame went. */
	const backToGuest: Leg<Action>[] = [
		{
			name: 'vspDone',
			meta: at('root-vsp', 'root-kernel', ['S1', 'S5']),
			on: 'vmbus.write'
		},
		...vmbusCompletion.legs(g, at(g.vsc, 'guest-kernel', [...vscSources]))
	];
	return {
		initial: 'choose',
		states: {
			choose: {
				always: [
					{ guard: { type: 'onNetwork', params: 'internal' }, target: 'internalNetwork' },
					{ guard: { type: 'onNetwork', params: 'private' }, target: 'privateNetwork' },
					{ guard: 'isNetwork', target: 'network' },
					{ guard: 'isVideo', target: 'video' },
					{ target: 'input' }
				] as const
			},
			// NetVSC sends the frame as an RNDIS message over VMBus to the VSP in the virtual switch, which hands it
			// down through NDIS to the physical NIC's driver; the root's own TCP/IP stack plays no part (S5, S1).
			network: chain<Action>([
				...toSwitch(['S1', 'S5']),
				{
					name: 'rootStack',
					meta: at('root-io-stack', 'root-kernel', ['S1']),
					on: 'driver.start'
				},
				...rootDeviceLegs(
					{
						name: 'nic',
						box: 'hw-nic',
						sources: ['S1'],
						start: 'nic.send',
						complete: 'nic.complete'
					},
					['S1', 'S16'],
					'vsp.complete'
				),
				...backToGuest
			]),
			// An internal virtual network has no physical NIC: the switch delivers the frame to the root's own virtual
			// network adapter, up the root's TCP/IP stack, and completes the send as before (S46).
			internalNetwork: chain<Action>([
				...toSwitch(['S1', 'S46']),
				{
					name: 'rootHost',
					meta: at('root-io-stack', 'root-kernel', ['S46']),
					on: 'vsp.complete'
				},
				...backToGuest
			]),
			// A private virtual network connects VMs only: the switch (still a driver in the root) writes the frame
			// into the other VM's VMBus ring and the root signals that VM; the root's own stack never sees it (S46).
			// Shown up to the other VM's network stack; the sender's completion is the same as on any network.
			privateNetwork: chain<Action>([
				...toSwitch(['S1', 'S46']),
				...rootToGuestLegs({
					prefix: 'peer',
					vmbus: peerOf(guest).vmbus
				}),
				{
					name: 'peerVsc',
					meta: at(peerOf(guest).vsc, 'guest-kernel', ['S1', 'S5', 'S46']),
					on: 'io.complete'
				},
				{
					name: 'peerStack',
					meta: at(peerOf(guest).stack, 'guest-kernel', ['S1', 'S46'])
				}
			]),
			// The synthetic video driver draws into a frame buffer in shared memory, set up over VMBus, and reports
			// the changed rectangle in a message; no reply is needed (Linux hyperv_fb, S38). The root's VMBus
			// driver hands that message up to the video device in the VM's worker process, in user mode.
			video: chain<Action>([
				...guestToRoot(g, guest === 'linux' ? ['S38', 'S29'] : ['S1', 'S26']),
				{
					name: 'worker',
					meta: at('root-vmwp', 'root-user', ['S1', 'S38', 'U6', 'U39'], { estimate: true }),
					count: ['vmwpTrips']
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
				...vmbusCompletion.legs(
					g,
					at(g.vsc, 'guest-kernel', guest === 'linux' ? ['S21'] : ['S1', 'S26'])
				)
			])
		}
	};
}

/**
 * The emulated 21140's frame, copied out of guest memory by the worker, goes through the virtual switch and down
 * the root's stack to the physical NIC; the worker then raises the NIC's interrupt.
 */
const emulatedSend: Leg<Action>[] = [
	{
		name: 'emulatorSend',
		meta: at('root-nic-emulator', 'root-user', ['S14', 'S15b'], {
			estimate: true,
			work: 'data-copy'
		}),
		on: 'switch.forward',
		count: ['vmwpTrips']
	},
	{
		name: 'switch',
		meta: at('root-vsp', 'root-kernel', ['S1'], { estimate: true }),
		on: 'driver.start'
	},
	{ name: 'rootStack', meta: at('root-io-stack', 'root-kernel', ['S1']), on: 'nic.send' },
	{
		name: 'rootDriver',
		meta: at('root-drivers', 'root-kernel', ['S1', 'S16']),
		on: 'nic.complete'
	},
	{ name: 'nic', meta: at('hw-nic', 'hardware', ['S1']), on: 'vmwp.complete' },
	{
		name: 'emulatorDone',
		meta: at('root-nic-emulator', 'root-user', ['S14', 'S15b'], { estimate: true }),
		on: 'pic.raise',
		count: ['vmwpTrips']
	}
];

/**
 * The emulated path of a guest without integration components: its driver programs the emulated device one
 * trapped register access at a time (legs.ts, `emulatedRequest`); mouse input starts in the worker instead.
 */
function emulatedStates() {
	return {
		initial: 'choose',
		states: {
			choose: {
				always: [{ guard: 'isInput', target: 'vmconnect' }, { target: 'app' }] as const
			},
			...emulatedRequest({
				kernel: 'kernel',
				kernelDone: 'kernelDone',
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
				emulators: [
					{
						name: 'emulateNic',
						guard: { type: 'accessFor', params: 'nic' } as const,
						meta: at('root-nic-emulator', 'root-user', ['S9', 'S14', 'S15b'])
					},
					{
						name: 'emulateVideo',
						guard: { type: 'accessFor', params: 'video' } as const,
						meta: at('root-video-emulator', 'root-user', ['S9', 'S8', 'S25'], {
							estimate: true
						})
					},
					{
						name: 'emulateInput',
						guard: { type: 'accessFor', params: 'input' } as const,
						meta: at('root-input-emulator', 'root-user', ['S9'], { estimate: true })
					},
					{
						name: 'emulatePic',
						meta: at('root-pic-emulator', 'root-user', ['S9', 'S3'], { estimate: true })
					}
				],
				resume: [{ guard: 'inDriver', target: 'driver' }, { target: 'isr' }] as const,
				// The NIC's frame goes out (`emulatedSend`); mouse input starts in the worker. Either way the worker
				// then raises the device's interrupt.
				worker: {
					...links(emulatedSend, 'pic'),
					vmconnect: {
						meta: at('root-vmwp', 'root-user', ['S1', 'S14'], { estimate: true }),
						on: { 'input.event': 'emulatorByte' }
					},
					emulatorByte: {
						meta: at('root-input-emulator', 'root-user', ['S9'], { estimate: true }),
						on: { 'pic.raise': 'pic' }
					}
				},
				enterHandler: 'enterIsr',
				isr: {
					meta: at('legacy-drivers', 'guest-kernel', ['S3', 'S9'], { estimate: true }),
					on: {
						'cpu.trap': { guard: 'accessesLeft', target: 'trap' },
						'byte.next': { guard: 'moreBytes', target: 'emulatorByte', actions: 'nextByte' },
						'io.complete': { guard: 'isrDone', target: 'kernelDone' }
					}
				}
			})
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
		count: assign(({ context }, keys: readonly PathCounter[]) => counted(context, keys)),
		completeAccess: assign({ accessesDone: ({ context }) => context.accessesDone + 1 }),
		enterIsr: assign({ phase: 'isr' as const, accessesDone: 0 }),
		nextByte: assign({ bytesLeft: ({ context }) => context.bytesLeft - 1, accessesDone: 0 })
	},
	guards: {
		onPath: ({ context }, path: DeviceIoContext['path']) => context.path === path,
		isNetwork: ({ context }) => context.device === 'network',
		onNetwork: ({ context }, network: VirtualNetwork) =>
			context.device === 'network' && context.network === network,
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
		network: input.network ?? 'external',
		// With integration components the guest is never the unenlightened one (guests.ts).
		path: hasIntegrationComponents(input.guest, input.ics)
			? (input.guest as Exclude<DeviceGuest, 'unenlightened'>)
			: ('emulated' as const),
		phase: 'driver',
		accessesDone: 0,
		bytesLeft: input.device === 'input' ? mousePacketBytes : 0,
		...noCounts()
	}),
	initial: 'start',
	states: {
		start: {
			always: toStateNamed('onPath', ['windows', 'linux'], 'emulated')
		},
		windows: syntheticStates('windows'),
		linux: syntheticStates('linux'),
		emulated: emulatedStates()
	}
});
