/** What each state of the disk read machine stands for, by state path: explore's statechart shows it beside the state. */
import {
	emulatedDoneDescriptions,
	emulatedInterruptDescriptions,
	emulatedStartDescriptions,
	interceptRoundTripDescriptions,
	under,
	vmbusCompletionDescriptions,
	vmbusRequestDescriptions,
	type StateDescriptions
} from '../leg-descriptions';

/** The root reads the disk (`rootDiskLegs`), for StorVSP or for the worker's emulator. */
const rootDisk = {
	rootDriver: "The root's own storage driver starts the read on the physical disk.",
	disk: 'The physical disk reads the data.',
	rootDriverDone: "The root's driver takes the disk's completion.",
	rootStackDone: "The root's I/O stack completes the read to whoever asked for it."
} satisfies StateDescriptions;

export default {
	start: 'A transient state: the guest kind alone decides which path the read takes.',
	noDisk:
		'A synthetic SCSI disk is offered over VMBus; without integration components nothing claims it.',
	synthetic:
		'The synthetic path: StorVSC sends the request over VMBus to StorVSP in the root, which reads the disk.',
	...under('synthetic', {
		app: 'An application in the enlightened guest asks to read 4 KB.',
		guestStack: "The guest's I/O stack passes the read to the disk's driver.",
		ideFilter:
			"The IDE fast path: the integration components' filter takes the IDE request off the emulated controller and gives it to StorVSC, so it goes over VMBus like a SCSI request.",
		storvsc: 'StorVSC, the storage VSC, turns the read into a VMBus packet for StorVSP.',
		...vmbusRequestDescriptions,
		storvsp: "StorVSP, the storage VSP in the root's kernel, takes the request.",
		rootStack: "StorVSP issues the read into the root's own I/O stack.",
		...rootDisk,
		storvspDone: 'StorVSP writes the completion for the guest.',
		...vmbusCompletionDescriptions
	}),
	emulated:
		'The emulated path: every access to the IDE controller traps and is emulated in the worker process.',
	...under('emulated', {
		...emulatedStartDescriptions('guestKernel'),
		driver: 'The IDE driver programs what it believes is a PIIX4 controller, one port at a time.',
		...interceptRoundTripDescriptions(['emulatePic', 'emulate']),
		vmwpRead:
			"With the controller programmed, the worker's IDE emulator reads the disk through the root's I/O stack.",
		...rootDisk,
		emulatorDone: "The worker's IDE emulator has the data and completes the guest's DMA transfer.",
		...emulatedInterruptDescriptions,
		isr: "The guest's interrupt handler reads and acknowledges the controller: more port accesses, more traps.",
		...emulatedDoneDescriptions('guestKernelDone')
	})
} satisfies StateDescriptions;
