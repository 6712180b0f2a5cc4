import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'A disk read without enlightenment',
	summary:
		'Follow one 4 KB read by a guest that has no integration components, as every register access it makes is trapped and emulated in the root.',
	objectives: [
		'Trace the intercept path: guest, hypervisor, VID, worker process and back.',
		'Explain why emulated I/O costs one round trip per device register access.',
		'Count the VM exits and user-mode trips one read needs.'
	],
	steps: {
		start: {
			title: 'An old guest wants 4 KB',
			text: 'This child partition runs an OS without integration components, so it only knows real PC hardware. An application asks it to read 4 KB from disk.'
		},
		kernel: {
			title: 'Into the guest kernel',
			text: "The read drops from user mode into the guest's kernel, which passes it to its disk driver, as it would on a physical PC."
		},
		driver: {
			title: 'A driver for hardware that is not there',
			text: "The driver believes it talks to an Intel PIIX4 IDE controller and programs it one I/O port at a time. A published count puts one transfer's setup at seven port writes; our estimated sequence has eight."
		},
		trap: {
			title: 'The first register write traps',
			text: "Its first OUT instruction, to the bus master's PRD table register, causes a VM exit. The root installed an intercept on these ports, so the hypervisor suspends this virtual processor."
		},
		message: {
			title: 'An intercept message to the root',
			text: 'The hypervisor posts an I/O-port intercept message (type 0x80010000) to the root, carrying the port, the access size, the value and the guest registers.'
		},
		vid: {
			title: 'VID picks it up',
			text: "In the root's kernel, the VID driver receives the message through WinHv and, probably, wakes the worker process that owns this VM. How VID does this inside is not public."
		},
		emulate: {
			title: 'Emulated in user mode',
			text: "The VMWP's IDE emulator, an ordinary user-mode process in the root, updates its model of the controller's registers. One register written, and the request has been through the hypervisor, the root kernel and root user mode."
		},
		resume: {
			title: 'Let the guest go on',
			text: 'Through VID and WinHv, presumably, the root makes a hypercall, HvCallSetVpRegisters (0x0051), that moves the guest past the instruction and clears its intercept-suspend state.'
		},
		'first-write-done': {
			title: 'One register done',
			text: 'The virtual processor resumes in the guest driver, which knows nothing of what happened. That was one register write; how many exits will the whole setup take?'
		},
		'seven-more': {
			title: 'Seven more times',
			text: 'The seven remaining writes, up to the READ DMA command and the bus-master start, each take the same trip. Eight VM exits and eight user-mode trips, and no data has moved yet.'
		},
		'vmwp-read': {
			title: 'The emulator reads the VHD',
			text: "The bus-master start tells the emulator to do the transfer. The worker process reads the virtual disk file through the root's normal I/O stack."
		},
		disk: {
			title: 'The real disk',
			text: "The root's own storage driver reads the physical disk. Drivers live in the root, not in the hypervisor: that is what Microsoft calls a microkernelized design."
		},
		'back-through-vmwp': {
			title: 'Back up through the worker process',
			text: 'The completion climbs the root I/O stack and returns to user mode once more, where the emulator finishes the transfer into guest memory.'
		},
		pic: {
			title: 'An interrupt on an emulated PIC',
			text: 'The emulated controller signals completion the way real hardware would: by raising its interrupt line on the emulated 8259 PIC, also inside the worker process.'
		},
		inject: {
			title: 'The hypervisor injects it',
			text: "The hypervisor delivers the virtual interrupt to the guest's virtual processor. Partitions never take physical interrupts themselves."
		},
		isr: {
			title: 'The guest handles the interrupt',
			text: "The guest's interrupt handler runs and, like any IDE driver, must now read and acknowledge the controller."
		},
		'isr-accesses': {
			title: 'Four more round trips',
			text: 'Reading bus-master status, clearing it, reading ATA status and the end-of-interrupt write to the emulated PIC each trap again. This part of our sequence is an estimate; the published count covers only the setup.'
		},
		'kernel-done': {
			title: 'The kernel completes the read',
			text: 'The driver completes the request and the kernel hands the 4 KB to the waiting application.'
		},
		done: {
			title: 'About twelve exits for 4 KB',
			text: 'About twelve VM exits, each with a trip to the worker process in user mode, for one read in our estimated sequence. The next lesson sends the same read through VMBus.'
		}
	}
};

export default narration;
