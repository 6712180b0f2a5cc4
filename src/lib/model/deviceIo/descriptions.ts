/** What each state of the device I/O machine stands for, by state path: explore's statechart shows it beside the state. */
import {
	emulatedDoneDescriptions,
	emulatedInterruptDescriptions,
	emulatedStartDescriptions,
	interceptRoundTripDescriptions,
	rootToGuestDescriptions,
	under,
	vmbusCompletionDescriptions,
	vmbusRequestDescriptions,
	type StateDescriptions
} from '../leg-descriptions';

/** A guest's request up to its VSC, then the VMBus request half (`guestToRoot`). */
const guestToRoot = {
	app: 'An application in the guest sends, draws or asks for the I/O.',
	stack: "The guest's stack passes the request to the device's VSC.",
	vsc: 'The VSC turns the request into a packet on its VMBus channel.',
	...vmbusRequestDescriptions
} satisfies StateDescriptions;

/** The frame from the application to the network VSP in the virtual switch (`toSwitch`). */
const toSwitch = {
	...guestToRoot,
	vsp: 'The network VSP in the virtual switch, a root kernel driver, takes the frame.'
} satisfies StateDescriptions;

/** The send's completion, from the VSP back to the application (`backToGuest`). */
const backToGuest = {
	vspDone: "The VSP writes the send's completion for the guest.",
	...vmbusCompletionDescriptions
} satisfies StateDescriptions;

const sendsFrame = "The physical NIC's driver in the root sends the frame.";
const onTheWire = 'The physical network adapter puts the frame on the wire.';

/** The synthetic path of one enlightened guest (`syntheticStates`), the same for Windows and Linux. */
const synthetic = {
	choose: 'A transient state: the device, and for a send the virtual network, pick the path.',
	network: 'A frame sent on an external network: through the virtual switch to the physical NIC.',
	...under('network', {
		...toSwitch,
		rootStack: "The switch hands the frame down through NDIS, not through the root's TCP/IP stack.",
		rootDriver: sendsFrame,
		nic: onTheWire,
		rootDriverDone: "The NIC's driver reports the send complete to the switch.",
		...backToGuest
	}),
	internalNetwork:
		"A frame sent on an internal network: the switch gives it to the root's own stack.",
	...under('internalNetwork', {
		...toSwitch,
		rootHost:
			"The switch delivers the frame to the root's own virtual adapter, up the root's TCP/IP stack.",
		...backToGuest
	}),
	privateNetwork:
		"A frame sent on a private network: the switch writes it into the other VM's ring.",
	...under('privateNetwork', {
		...toSwitch,
		...rootToGuestDescriptions('peer', 'the other VM', 'frame'),
		peerVsc: "The other VM's network VSC takes the frame.",
		peerStack: "The other VM's network stack has the frame."
	}),
	video: 'A screen update: the synthetic video driver reports the changed rectangle to the worker.',
	...under('video', {
		...guestToRoot,
		worker: 'The video device in the worker process redraws the changed rectangle.'
	}),
	input: "A mouse movement: the worker sends it over VMBus to the guest's mouse VSC.",
	...under('input', {
		vmconnect:
			'Mouse input reaches the worker from the VM Connection window; its synthetic mouse writes a packet.',
		...vmbusCompletionDescriptions
	})
} satisfies StateDescriptions;

export default {
	start: 'A transient state: the guest and its integration components alone decide the path.',
	windows:
		'The synthetic path of a guest with integration components: its VSC, VMBus and the server in the root.',
	...under('windows', synthetic),
	linux:
		'The synthetic path of a guest with integration components: its VSC, VMBus and the server in the root.',
	...under('linux', synthetic),
	emulated:
		'The emulated path: the guest programs a device the worker process emulates, and every register access traps.',
	...under('emulated', {
		choose: 'A transient state: mouse input starts in the worker, the rest in the guest.',
		...emulatedStartDescriptions('kernel'),
		driver:
			"The guest's driver programs the device it believes is real, one register at a time. The 21140 driver first writes the frame's descriptor into RAM, and the S3 driver draws into a frame buffer the emulator maps; neither traps.",
		...interceptRoundTripDescriptions(['emulateNic', 'emulateVideo', 'emulateInput', 'emulatePic']),
		emulatorSend:
			"The worker's 21140 reads the descriptor and copies the frame out of guest memory into the virtual switch: a copy the synthetic NIC does not make (facts \u00a75.3, [M]).",
		switch: "The worker hands the frame to the virtual switch in the root's kernel.",
		rootStack: "The switch sends it down through NDIS towards the physical NIC's driver.",
		rootDriver: sendsFrame,
		nic: onTheWire,
		emulatorDone: "The worker's 21140 has sent the frame and raises its interrupt.",
		vmconnect:
			'Mouse input reaches the worker from the VM Connection window; its i8042 queues the packet.',
		emulatorByte: "The worker's i8042 puts the next byte of the mouse packet in its output port.",
		...emulatedInterruptDescriptions,
		isr: 'The interrupt handler reads and acknowledges the device: more register accesses, more traps.',
		...emulatedDoneDescriptions('kernelDone')
	})
} satisfies StateDescriptions;
