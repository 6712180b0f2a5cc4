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
import type { SourceKey } from '$lib/architecture/sources';
import {
	counted,
	emulatedRequest,
	guestBoxes,
	links,
	noCounts,
	vmbusCompletion,
	vmbusRequest,
	rootDeviceLegs,
	type Leg,
	type PathCounter,
	type PathCounters,
	type EmulatedEvent,
	type VmbusEvent,
	doneAt
} from '../legs';
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
export type DiskReadCounters = PathCounters;

export interface DiskReadContext extends DiskReadCounters {
	guest: GuestKind;
	controller: 'ide' | 'scsi';
	/** The emulated path's driver phase: programming the controller, or handling its interrupt. */
	phase: 'setup' | 'interrupt';
	/** How many port accesses of the current phase have been emulated. */
	accessesDone: number;
}

/** The shared legs' events (legs.ts), and those of the disk read's own states. */
export type DiskReadEvent = {
	type:
		| VmbusEvent
		| EmulatedEvent
		| 'io.issue'
		| 'disk.read'
		| 'disk.complete'
		| 'vsp.complete'
		| 'vmwp.read'
		| 'vmwp.complete'
		| 'pic.raise'
		| 'filter.redirect';
};

export type DiskReadEventType = DiskReadEvent['type'];

/**
 * The root reads the disk, for StorVSP or for the worker's emulator: its driver, the disk, and the completion
 * back up the root's stack, which `handBack` returns to whoever asked.
 */
function rootDiskLegs(
	driver: SourceKey[],
	disk: SourceKey[],
	handBack: 'vsp.complete' | 'vmwp.complete'
): Leg[] {
	return [
		...rootDeviceLegs(
			{
				name: 'disk',
				box: 'hw-disk',
				sources: disk,
				start: 'disk.read',
				complete: 'disk.complete'
			},
			driver,
			'io.complete'
		),
		{
			name: 'rootStackDone',
			meta: at('root-io-stack', 'root-kernel', ['S14']),
			on: handBack
		}
	];
}

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
		count: assign(({ context }, keys: readonly PathCounter[]) => counted(context, keys)),
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
		...noCounts()
	}),
	initial: 'start',
	states: {
		start: {
			always: [
				{ guard: 'noDriverForDisk', target: 'noDisk' },
				{ guard: 'isEnlightened', target: 'synthetic' },
				{ target: 'emulated' }
			]
		},
		noDisk: doneAt(at('legacy-kernel', 'guest-kernel', ['S15', 'S13'])),
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
				ideFilter: {
					meta: at('win-vsc', 'guest-kernel', ['S13']),
					on: { 'vsc.request': 'storvsc' }
				},
				storvsc: {
					meta: at('win-vsc', 'guest-kernel', ['S5', 'S6'], { carries: 'vstorRequest' }),
					on: { 'vmbus.write': 'requestRing' }
				},
				...links(vmbusRequest.legs(guestBoxes.windows, 'vstorRequest'), 'storvsp'),
				storvsp: {
					meta: at('root-vsp', 'root-kernel', ['S5', 'S14']),
					on: { 'io.issue': 'rootStack' }
				},
				rootStack: {
					meta: at('root-io-stack', 'root-kernel', ['S14']),
					on: { 'driver.start': 'rootDriver' }
				},
				...links(rootDiskLegs(['S1', 'S16'], ['S5'], 'vsp.complete'), 'storvspDone'),
				storvspDone: {
					meta: at('root-vsp', 'root-kernel', ['S14', 'S6'], { carries: 'vstorCompletion' }),
					on: { 'vmbus.write': 'completionRing' }
				},
				...links(
					vmbusCompletion.legs(
						guestBoxes.windows,
						at('win-vsc', 'guest-kernel', ['S5']),
						'vstorCompletion'
					)
				)
			}
		},
		emulated: {
			initial: 'app',
			states: {
				...emulatedRequest({
					kernel: 'guestKernel',
					kernelDone: 'guestKernelDone',
					driver: {
						meta: at('legacy-drivers', 'guest-kernel', ['S9', 'S13']),
						on: {
							'cpu.trap': { guard: 'accessesLeft', target: 'trap' },
							'vmwp.read': { guard: not('accessesLeft'), target: 'vmwpRead' }
						}
					},
					emulators: [
						// The end-of-interrupt write goes to the emulated 8259, not to the IDE controller.
						{
							name: 'emulatePic',
							guard: 'accessIsForPic' as const,
							meta: at('root-pic-emulator', 'root-user', ['S9', 'S3'], { estimate: true })
						},
						{ name: 'emulate', meta: at('root-ide-emulator', 'root-user', ['S14', 'S13']) }
					],
					resume: [{ guard: 'inSetup', target: 'driver' }, { target: 'isr' }] as const,
					// With the controller programmed, the worker's emulator reads the disk through the root, then
					// raises the controller's interrupt.
					worker: links(
						[
							{
								name: 'vmwpRead',
								meta: at('root-io-stack', 'root-kernel', ['S14']),
								on: 'driver.start'
							},
							...rootDiskLegs(['S1'], ['S1'], 'vmwp.complete'),
							{
								name: 'emulatorDone',
								meta: at('root-ide-emulator', 'root-user', ['S14']),
								on: 'pic.raise',
								count: ['vmwpTrips']
							}
						],
						'pic'
					),
					enterHandler: 'enterInterruptPhase',
					isr: {
						meta: at('legacy-drivers', 'guest-kernel', ['S3'], { estimate: true }),
						on: {
							'cpu.trap': { guard: 'accessesLeft', target: 'trap' },
							'io.complete': { guard: not('accessesLeft'), target: 'guestKernelDone' }
						}
					}
				})
			}
		}
	}
});
