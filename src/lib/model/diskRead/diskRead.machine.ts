/**
 * One 4 KB disk read by a guest, hop by hop. The guest's kind picks the path:
 * - enlightened (Windows child with integration components): the synthetic path through VMBus (facts §4.3);
 * - unenlightened: the emulated path, where every IDE register access traps to the hypervisor and is emulated
 *   in the root's worker process (facts §5.1, §5.3).
 * Each state's `meta.hop` says where the request is; the context counts what the path costs. A read ends in a
 * leaf tagged `completed`, where the data is back with the application, so that last hop still has a place.
 */
import { assign, not, setup } from 'xstate';
import { defaultController } from '../guests';
import { at, type HopMeta } from '../hop';
import { ideInterruptAccesses, ideSetupAccesses, portAccessEvents } from '../ide-sequence';

export { portAccessEvents };

export type GuestKind = 'enlightened' | 'unenlightened';

export interface DiskReadInput {
	guest: GuestKind;
	/**
	 * The virtual controller the disk hangs on. Default: SCSI for an enlightened guest, IDE otherwise. The SCSI
	 * controller is a VMBus device, so a guest without integration components cannot see its disks at all;
	 * an enlightened guest's IDE disk goes over VMBus too, through the IDE filter ("fast path", S13).
	 */
	controller?: 'ide' | 'scsi';
}

/** What one read costs so far. Every counter is bumped by the state whose hop causes it. */
export interface DiskReadCounters {
	/** Exits from the requesting guest into the hypervisor. */
	vmExits: number;
	/** Hypercalls the requesting guest made (only an enlightened guest can). */
	guestHypercalls: number;
	/** Hypercalls the root made for it: signals back to the guest, resuming it after an intercept. */
	rootHypercalls: number;
	/** Trips into the root's user mode (the VMWP). */
	vmwpTrips: number;
	/** Packets written into a VMBus ring buffer. */
	ringWrites: number;
	/** Virtual interrupts delivered to the guest. */
	interrupts: number;
	/** Intercept messages the hypervisor sent the root, one per trapped access of the guest. */
	interceptMessages: number;
}

export interface DiskReadContext extends DiskReadCounters {
	guest: GuestKind;
	controller: 'ide' | 'scsi';
	/** The emulated path's driver phase: programming the controller, or handling its interrupt. */
	phase: 'setup' | 'interrupt';
	/** How many port accesses of the current phase have been emulated. */
	accessesDone: number;
}

export type DiskReadEvent = {
	type:
		| 'io.submit'
		| 'vsc.request'
		| 'vmbus.write'
		| 'vmbus.signal'
		| 'hv.hypercall'
		| 'synic.signal'
		| 'synic.interrupt'
		| 'vsp.read'
		| 'io.issue'
		| 'driver.start'
		| 'disk.read'
		| 'disk.complete'
		| 'io.complete'
		| 'vsp.complete'
		| 'vsc.complete'
		| 'apic.eoi'
		| 'app.complete'
		| 'cpu.trap'
		| 'hv.message'
		| 'vid.dispatch'
		| 'vmwp.emulate'
		| 'vmwp.done'
		| 'vp.resume'
		| 'vmwp.read'
		| 'vmwp.complete'
		| 'pic.raise'
		| 'hv.inject'
		| 'isr.start'
		| 'filter.redirect';
};

export type DiskReadEventType = DiskReadEvent['type'];

const accessesOf = (phase: DiskReadContext['phase']) =>
	phase === 'setup' ? ideSetupAccesses : ideInterruptAccesses;

export const diskReadMachine = setup({
	types: {
		context: {} as DiskReadContext,
		events: {} as DiskReadEvent,
		input: {} as DiskReadInput,
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
		enterInterruptPhase: assign({ phase: 'interrupt' as const, accessesDone: 0 })
	},
	guards: {
		isEnlightened: ({ context }) => context.guest === 'enlightened',
		noDriverForDisk: ({ context }) =>
			context.guest === 'unenlightened' && context.controller === 'scsi',
		onIde: ({ context }) => context.controller === 'ide',
		accessesLeft: ({ context }) => context.accessesDone < accessesOf(context.phase).length,
		inSetup: ({ context }) => context.phase === 'setup',
		accessIsForPic: ({ context }) =>
			accessesOf(context.phase)[context.accessesDone]?.device === 'pic'
	}
}).createMachine({
	id: 'diskRead',
	context: ({ input }) => ({
		guest: input.guest,
		controller: input.controller ?? defaultController(input.guest === 'enlightened'),
		phase: 'setup',
		accessesDone: 0,
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
		// A transient state: the guest kind alone decides which path the read takes.
		start: {
			always: [
				{ guard: 'noDriverForDisk', target: 'noDisk' },
				{ guard: 'isEnlightened', target: 'synthetic' },
				{ target: 'emulated' }
			]
		},
		// A synthetic SCSI disk is offered over VMBus; without integration components nothing claims it.
		noDisk: {
			type: 'final',
			tags: ['completed'],
			meta: at('legacy-kernel', 'guest-kernel', ['S15', 'S13'])
		},
		synthetic: {
			initial: 'app',
			states: {
				app: {
					meta: at('win-apps', 'guest-user', ['S5']),
					on: { 'io.submit': 'guestStack' }
				},
				guestStack: {
					meta: at('win-io-stack', 'guest-kernel', ['S5']),
					on: {
						'vsc.request': { guard: not('onIde'), target: 'storvsc' },
						'filter.redirect': { guard: 'onIde', target: 'ideFilter' }
					}
				},
				// The IDE fast path: the integration components' filter takes the IDE request off the emulated
				// controller and gives it to StorVSC, so it goes over VMBus like a SCSI request.
				ideFilter: {
					meta: at('win-vsc', 'guest-kernel', ['S13']),
					on: { 'vsc.request': 'storvsc' }
				},
				storvsc: {
					meta: at('win-vsc', 'guest-kernel', ['S5', 'S6'], { carries: 'vstorRequest' }),
					on: { 'vmbus.write': 'requestRing' }
				},
				requestRing: {
					entry: 'countRingWrite',
					meta: at('win-vmbus', 'guest-kernel', ['S5'], {
						work: 'ring-write',
						carries: 'vstorRequest'
					}),
					on: { 'vmbus.signal': 'guestWinHv' }
				},
				guestWinHv: {
					meta: at('win-winhv', 'guest-kernel', ['S1', 'S2c'], { estimate: true }),
					on: { 'hv.hypercall': 'guestHypercall' }
				},
				guestHypercall: {
					entry: ['countExit', 'countGuestHypercall'],
					meta: at('hv-hypercalls', 'hypervisor', ['S2a', 'S6'], { carries: 'signalEvent' }),
					on: { 'synic.signal': 'synicToRoot' }
				},
				synicToRoot: {
					meta: at('hv-synic', 'hypervisor', ['S2c']),
					on: { 'synic.interrupt': 'rootVmbus' }
				},
				// The root's VMBus driver takes a SynIC interrupt: the root's, not the guest's, so not counted.
				rootVmbus: {
					meta: at('root-vmbus', 'root-kernel', ['S2c', 'S5']),
					on: { 'vsp.read': 'storvsp' }
				},
				storvsp: {
					meta: at('root-vsp', 'root-kernel', ['S5', 'S14']),
					on: { 'io.issue': 'rootStack' }
				},
				rootStack: {
					meta: at('root-io-stack', 'root-kernel', ['S14']),
					on: { 'driver.start': 'rootDriver' }
				},
				rootDriver: {
					meta: at('root-drivers', 'root-kernel', ['S1', 'S16']),
					on: { 'disk.read': 'disk' }
				},
				disk: {
					meta: at('hw-disk', 'hardware', ['S5']),
					on: { 'disk.complete': 'rootDriverDone' }
				},
				rootDriverDone: {
					meta: at('root-drivers', 'root-kernel', ['S1']),
					on: { 'io.complete': 'rootStackDone' }
				},
				rootStackDone: {
					meta: at('root-io-stack', 'root-kernel', ['S14']),
					on: { 'vsp.complete': 'storvspDone' }
				},
				storvspDone: {
					meta: at('root-vsp', 'root-kernel', ['S14', 'S6'], { carries: 'vstorCompletion' }),
					on: { 'vmbus.write': 'completionRing' }
				},
				completionRing: {
					entry: 'countRingWrite',
					meta: at('root-vmbus', 'root-kernel', ['S5', 'S6'], {
						work: 'ring-write',
						carries: 'vstorCompletion'
					}),
					on: { 'vmbus.signal': 'rootWinHv' }
				},
				rootWinHv: {
					meta: at('root-winhv', 'root-kernel', ['S1', 'S2c'], { estimate: true }),
					on: { 'hv.hypercall': 'rootHypercall' }
				},
				rootHypercall: {
					entry: 'countRootHypercall',
					meta: at('hv-hypercalls', 'hypervisor', ['S2c', 'S6'], { carries: 'signalEvent' }),
					on: { 'synic.signal': 'synicToGuest' }
				},
				synicToGuest: {
					meta: at('hv-synic', 'hypervisor', ['S2c']),
					on: { 'synic.interrupt': 'guestVmbus' }
				},
				guestVmbus: {
					entry: 'countInterrupt',
					meta: at('win-vmbus', 'guest-kernel', ['S5', 'S2c']),
					on: { 'vsc.complete': 'storvscDone' }
				},
				storvscDone: {
					meta: at('win-vsc', 'guest-kernel', ['S5']),
					on: { 'apic.eoi': 'eoi' }
				},
				// The EOI MSR is an enlightenment: one cheap MSR write instead of emulated APIC accesses.
				eoi: {
					entry: 'countExit',
					meta: at('hv-msrs', 'hypervisor', ['S2b', 'S4'], { act: 'WRMSR 0x40000070' }),
					on: { 'io.complete': 'guestStackDone' }
				},
				guestStackDone: {
					meta: at('win-io-stack', 'guest-kernel', ['S5']),
					on: { 'app.complete': 'done' }
				},
				done: {
					type: 'final',
					tags: ['completed'],
					meta: at('win-apps', 'guest-user', ['S5'])
				}
			}
		},
		emulated: {
			initial: 'app',
			states: {
				app: {
					meta: at('legacy-apps', 'guest-user', ['S1']),
					on: { 'io.submit': 'guestKernel' }
				},
				guestKernel: {
					meta: at('legacy-kernel', 'guest-kernel', ['S1']),
					on: { 'driver.start': 'driver' }
				},
				// The IDE driver programs what it believes is a PIIX4 controller, one port at a time.
				driver: {
					meta: at('legacy-drivers', 'guest-kernel', ['S9', 'S13']),
					on: {
						'cpu.trap': { guard: 'accessesLeft', target: 'trap' },
						'vmwp.read': { guard: not('accessesLeft'), target: 'vmwpRead' }
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
							{ guard: 'accessIsForPic', target: 'emulatePic' },
							{ target: 'emulate' }
						]
					}
				},
				emulate: {
					entry: ['countVmwpTrip', 'completeAccess'],
					meta: at('root-ide-emulator', 'root-user', ['S14', 'S13']),
					on: { 'vmwp.done': 'resume' }
				},
				// The end-of-interrupt write goes to the emulated 8259, not to the IDE controller.
				emulatePic: {
					entry: ['countVmwpTrip', 'completeAccess'],
					meta: at('root-pic-emulator', 'root-user', ['S9', 'S3'], { estimate: true }),
					on: { 'vmwp.done': 'resume' }
				},
				// VMWP, through VID and WinHv, clears the intercept-suspend register with HvCallSetVpRegisters.
				resume: {
					entry: 'countRootHypercall',
					meta: at('hv-hypercalls', 'hypervisor', ['S3'], { carries: 'setVpRegisters' }),
					on: {
						'vp.resume': [{ guard: 'inSetup', target: 'driver' }, { target: 'isr' }]
					}
				},
				vmwpRead: {
					meta: at('root-io-stack', 'root-kernel', ['S14']),
					on: { 'driver.start': 'rootDriver' }
				},
				rootDriver: {
					meta: at('root-drivers', 'root-kernel', ['S1']),
					on: { 'disk.read': 'disk' }
				},
				disk: {
					meta: at('hw-disk', 'hardware', ['S1']),
					on: { 'disk.complete': 'rootDriverDone' }
				},
				rootDriverDone: {
					meta: at('root-drivers', 'root-kernel', ['S1']),
					on: { 'io.complete': 'rootStackDone' }
				},
				rootStackDone: {
					meta: at('root-io-stack', 'root-kernel', ['S14']),
					on: { 'vmwp.complete': 'emulatorDone' }
				},
				emulatorDone: {
					entry: 'countVmwpTrip',
					meta: at('root-ide-emulator', 'root-user', ['S14']),
					on: { 'pic.raise': 'pic' }
				},
				pic: {
					meta: at('root-pic-emulator', 'root-user', ['S3', 'S9']),
					on: { 'hv.inject': 'inject' }
				},
				inject: {
					entry: ['countInterrupt', 'enterInterruptPhase'],
					meta: at('hv-apic', 'hypervisor', ['S1', 'S3']),
					on: { 'isr.start': 'isr' }
				},
				// The guest's interrupt handler reads and acknowledges the controller: more port accesses, more traps.
				isr: {
					meta: at('legacy-drivers', 'guest-kernel', ['S3'], { estimate: true }),
					on: {
						'cpu.trap': { guard: 'accessesLeft', target: 'trap' },
						'io.complete': { guard: not('accessesLeft'), target: 'guestKernelDone' }
					}
				},
				guestKernelDone: {
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
