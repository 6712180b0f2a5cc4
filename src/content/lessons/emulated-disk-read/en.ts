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
			text: 'This child runs an OS without integration components, so all it knows is real PC hardware. An application asks it for 4 KB from disk.',
			notes:
				'Point at the unenlightened child on the right: no VMBus, no VSC, no WinHv. Ask the class what hardware this guest believes it is running on.'
		},
		kernel: {
			title: 'Into the guest kernel',
			text: 'The read drops from user mode into the guest kernel, which hands it to its disk driver just as on a physical PC.',
			notes:
				'Nothing virtual has happened yet: this is how any OS reads a file. Show the VM exits counter, still at zero.'
		},
		driver: {
			title: 'A driver for hardware that is not there',
			text: 'The driver thinks it drives an Intel PIIX4 IDE controller and programs it one I/O port at a time. A published count is seven port writes per transfer; our estimated sequence has eight.',
			notes:
				"The Emulated-device drivers box is our addition to Microsoft's figure. Ask what should happen when a guest writes to a port of a controller that does not exist."
		},
		trap: {
			title: 'The first register write traps',
			text: "Its first OUT, to the bus master's PRD table register, causes a VM exit. The root has installed an intercept on these ports, so the hypervisor suspends this virtual processor.",
			notes:
				'Only this one virtual processor stops; the others of the VM keep running. The root set the intercept up earlier with HvCallInstallIntercept (0x004D).'
		},
		message: {
			title: 'An intercept message to the root',
			text: "The hypervisor posts an I/O-port intercept message (type 0x80010000) to the root. It carries the port, the access size, the value and the guest's registers.",
			notes:
				'The SINT it arrives on is implicit in the TLFS, presumably SINT0; that detail is our estimate. Point out that the guest has no idea any of this is happening.'
		},
		vid: {
			title: 'VID picks it up',
			text: "In the root kernel, VID takes the message through WinHv and, by our estimate, wakes this VM's worker process. How VID does that inside is not public.",
			notes:
				"There is one worker process (vmwp.exe) per running VM, and it owns that VM's emulated devices. Ask why the message has to go to that process in particular."
		},
		emulate: {
			title: 'Emulated in user mode',
			text: 'The IDE emulator in the worker process, an ordinary user-mode program in the root, updates its model of the controller. One register written, and the request has crossed the hypervisor, the root kernel and root user mode.',
			notes:
				'Count the boundaries with the class: guest to hypervisor, hypervisor to root kernel, kernel to user mode. Every register access pays them all, there and back.'
		},
		resume: {
			title: 'Let the guest go on',
			text: 'By our estimate through VID and WinHv, the root makes a hypercall: HvCallSetVpRegisters (0x0051). It moves the guest past the OUT instruction and clears its intercept-suspend state.',
			notes:
				"The hypervisor left the guest's registers as they were before the instruction, so the root must advance them itself. Even letting the guest go costs a hypercall."
		},
		'first-write-done': {
			title: 'One register done',
			text: 'The virtual processor runs on in the guest driver, which noticed nothing. That was one register; how many exits will the whole setup cost?',
			notes:
				'Let the class guess before you move on. The next step answers it: eight by our sequence, seven in the published count.'
		},
		'seven-more': {
			title: 'Seven more times',
			text: 'The other seven writes, up to READ DMA and the bus-master start, each make the same round trip. Eight VM exits and eight trips to user mode, and not one byte of data has moved.',
			notes:
				'Watch the counters jump from one to eight. Savill publishes seven port writes; which registers they are is our reasoned estimate.'
		},
		'vmwp-read': {
			title: 'The emulator reads the VHD',
			text: "The bus-master start tells the emulator to do the transfer. The worker process reads the virtual disk file through the root's normal I/O stack.",
			notes:
				'This is real I/O from a user-mode process, like any program reading a file. Ask where the VHD file lives: on a disk the root owns.'
		},
		disk: {
			title: 'The real disk',
			text: "The root's own storage driver reads the physical disk. Drivers live in the root, not in the hypervisor: Microsoft calls that a microkernelized design.",
			correction:
				'The 2008 article says that, because the hypervisor holds no drivers, a driver failure cannot bring down all partitions. That is true only of the hypervisor itself: a driver that crashes the root takes every child partition down with it.',
			notes:
				'Contrast with classic VMware ESX, where the drivers sat in the hypervisor layer. Point at the Drivers box in the root column.'
		},
		'back-through-vmwp': {
			title: 'Back up through the worker process',
			text: 'The completion climbs the root I/O stack and returns to user mode once more. There the emulator finishes the transfer into guest memory.',
			notes:
				'This was a prediction: many learners expect the data to go straight to the guest. On the emulated path the completion always passes through the worker process.'
		},
		pic: {
			title: 'An interrupt on an emulated PIC',
			text: 'The emulated controller reports completion as real hardware would, by raising its interrupt line on the emulated 8259 PIC. That PIC lives in the worker process too.',
			notes:
				'A generation 1 VM has two cascaded emulated 8259 PICs and an I/O APIC. The PIC box inside the worker process is our addition to the figure.'
		},
		inject: {
			title: 'The hypervisor injects it',
			text: "The hypervisor delivers the virtual interrupt to the guest's virtual processor. Partitions never take physical interrupts themselves.",
			notes:
				'Ask before revealing: who can put an interrupt into a guest? Only the hypervisor fields processor interrupts and routes them to partitions.'
		},
		isr: {
			title: 'The guest handles the interrupt',
			text: "The guest's interrupt handler runs and, like any IDE driver, must now read and acknowledge the controller.",
			notes:
				'The guest behaves exactly as on real hardware. That is the whole point of emulation, and also its cost.'
		},
		'isr-accesses': {
			title: 'Four more round trips',
			text: 'Reading and clearing the bus-master status, reading the ATA status and the end of interrupt to the PIC each trap again. This part of our sequence is an estimate; the published count covers only the setup.',
			notes:
				'The exits counter goes from eight to twelve. The fact sheet estimates three to five accesses here; we show four, with the end of interrupt going to the emulated 8259 PIC. A guest with an APIC HAL ends it at its local APIC instead, which the hypervisor handles without a worker-process trip.'
		},
		'kernel-done': {
			title: 'The kernel completes the read',
			text: 'The driver completes the request, and the kernel hands the 4 KB to the waiting application.',
			notes:
				'To the guest this was an ordinary disk read. Ask the class what the application noticed: only that it waited longer.'
		},
		done: {
			title: 'About twelve exits for 4 KB',
			text: 'By our estimate about twelve VM exits for one 4 KB read, each with a trip to the worker process in user mode. Beside it, the same read through VMBus plays in lockstep; the next lesson follows it hop by hop.',
			notes:
				'Point at the two diagrams and both sets of counters side by side: the ratio column says how many times the emulated read costs what the synthetic one does. In WS2008, without SLAT, shadow page tables added further overhead on top of this.',
			compare: { a: 'Synthetic (VMBus)', b: 'Emulated IDE' }
		}
	},
	questions: {
		'where-emulated': {
			prompt:
				"VID has the intercept message for the guest's OUT instruction. Where is that register write emulated? Click the box.",
			explanation:
				"In the IDE emulator inside the VM's worker process (VMWP), in the root's user mode. Emulated devices live there, not in the hypervisor."
		},
		'after-setup': {
			prompt:
				'All eight port writes are emulated and the bus master has been started. Where does the request go next to fetch the data? Click the box.',
			explanation:
				"The worker process reads the VHD file through the root's ordinary I/O stack, like any program reading a file."
		},
		'why-slow': {
			prompt: 'Why is each device register access of an unenlightened guest so expensive?',
			options: {
				'round-trip':
					'It traps to the hypervisor and goes through the root kernel to the worker process in user mode and back',
				'hypervisor-emulates': 'The hypervisor has to emulate the whole IDE controller itself',
				'slow-disk': 'Each register access waits for the physical disk',
				'extra-copy': 'Each register access copies the data buffer once more'
			},
			explanation:
				'Every IN or OUT causes a VM exit, an intercept message to the root, a trip up to the emulator in user mode and a hypercall to resume. The hypervisor itself emulates no devices.'
		},
		'exit-count': {
			prompt: 'About how many VM exits does one 4 KB emulated IDE read take, by our estimate?',
			options: {
				one: 'One',
				'about-four': 'About four',
				'about-twelve': 'About twelve',
				'over-a-hundred': 'Over a hundred'
			},
			explanation:
				'About eight to set up the transfer (the published count is seven) and about four in the interrupt handler: roughly twelve. The part after the interrupt is an estimate.'
		},
		'resume-how': {
			prompt:
				'The emulator has done its work. How does the suspended guest processor get going again?',
			options: {
				'set-vp-registers':
					'The root calls HvCallSetVpRegisters to move it past the instruction and clear its intercept-suspend state',
				'guest-retries': 'The guest retries the instruction until it succeeds',
				'timer-interrupt': 'A timer interrupt wakes it up after a fixed delay'
			},
			explanation:
				'The processor stays suspended until the root clears its intercept-suspend register with HvCallSetVpRegisters (0x0051), after setting the results of the instruction.'
		},
		'driver-where': {
			prompt: 'Where does the driver that reads the physical disk run?',
			options: {
				'root-kernel': "In the root partition's kernel",
				hypervisor: 'In the hypervisor',
				'guest-kernel': "In the guest's kernel",
				'worker-process': 'In the worker process'
			},
			explanation:
				'Hyper-V keeps device drivers out of the hypervisor: ordinary Windows drivers in the root serve the hardware. That is what Microsoft calls microkernelized.'
		}
	}
};

export default narration;
