import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import {
	diskReadMachine,
	portAccessEvents,
	type DiskReadEventType,
	type GuestKind
} from './diskRead.machine';
import { hopOf } from '../hop';
import { ideInterruptAccesses, ideSetupAccesses } from '../ide-sequence';
import { times, vmbusCompletion, vmbusRequest } from '../legs';
import { replay } from '../run';
import { rootRead } from './sequences';

type Snapshot = SnapshotFrom<typeof diskReadMachine>;

const run = (guest: GuestKind, events: readonly DiskReadEventType[]): Snapshot =>
	replay(diskReadMachine, { guest }, events);

const portAccess = portAccessEvents;
const syntheticRead: DiskReadEventType[] = [
	...vmbusRequest.fromApp,
	'vsp.read',
	...rootRead,
	...vmbusCompletion.events
];

const emulatedRead: DiskReadEventType[] = [
	'io.submit',
	'driver.start',
	...times(ideSetupAccesses.length, portAccess),
	'vmwp.read',
	'driver.start',
	'disk.read',
	'disk.complete',
	'io.complete',
	'vmwp.complete',
	'pic.raise',
	'hv.inject',
	'isr.start',
	...times(ideInterruptAccesses.length, portAccess),
	'io.complete',
	'app.complete'
];

describe('disk read, enlightened guest (synthetic path)', () => {
	it('starts at the application in the Windows child, nothing spent', () => {
		const snapshot = run('enlightened', []);
		expect(snapshot.value).toEqual({ synthetic: 'app' });
		expect(hopOf(snapshot)).toMatchObject({ node: 'win-apps', privilege: 'guest-user' });
		expect(snapshot.context).toMatchObject({ vmExits: 0, guestHypercalls: 0, ringWrites: 0 });
	});

	it('writes the ring without leaving the guest, and exits only to signal', () => {
		const written = run('enlightened', ['io.submit', 'vsc.request', 'vmbus.write']);
		expect(hopOf(written)?.node).toBe('win-vmbus');
		expect(written.context).toMatchObject({ ringWrites: 1, vmExits: 0, guestHypercalls: 0 });

		const signalled = run('enlightened', syntheticRead.slice(0, 5));
		expect(hopOf(signalled)).toMatchObject({ node: 'hv-hypercalls', privilege: 'hypervisor' });
		expect(signalled.context).toMatchObject({ vmExits: 1, guestHypercalls: 1, rootHypercalls: 0 });
	});

	it('is served by StorVSP in the root kernel, never by the worker process', () => {
		const atVsp = run('enlightened', syntheticRead.slice(0, 8));
		expect(hopOf(atVsp)).toMatchObject({ node: 'root-vsp', privilege: 'root-kernel' });
		const done = run('enlightened', syntheticRead);
		expect(done.context.vmwpTrips).toBe(0);
	});

	it('completes with two exits, a hypercall each way, two ring writes and one interrupt in the guest', () => {
		const done = run('enlightened', syntheticRead);
		expect(done.hasTag('completed')).toBe(true);
		expect(hopOf(done)?.node).toBe('win-apps');
		expect(done.context).toMatchObject({
			vmExits: 2,
			guestHypercalls: 1,
			rootHypercalls: 1,
			vmwpTrips: 0,
			ringWrites: 2,
			// The root's VMBus interrupt is the root's: the guest takes one, for the completion.
			interrupts: 1,
			interceptMessages: 0
		});
	});

	it('ignores events of the emulated path', () => {
		const [snapshot] = initialTransition(diskReadMachine, { guest: 'enlightened' });
		expect(snapshot.can({ type: 'cpu.trap' })).toBe(false);
		expect(snapshot.can({ type: 'driver.start' })).toBe(false);
	});
});

describe('disk read, unenlightened guest (emulated path)', () => {
	it('starts at the application in the unenlightened child', () => {
		const snapshot = run('unenlightened', []);
		expect(snapshot.value).toEqual({ emulated: 'app' });
		expect(hopOf(snapshot)?.node).toBe('legacy-apps');
	});

	it('takes one exit and one user-mode trip per register write', () => {
		const oneWrite = run('unenlightened', ['io.submit', 'driver.start', ...portAccess]);
		expect(hopOf(oneWrite)?.node).toBe('legacy-drivers');
		expect(oneWrite.context).toMatchObject({
			vmExits: 1,
			vmwpTrips: 1,
			interceptMessages: 1,
			rootHypercalls: 1,
			guestHypercalls: 0,
			accessesDone: 1
		});
		const atEmulator = run('unenlightened', [
			'io.submit',
			'driver.start',
			...portAccess.slice(0, 4)
		]);
		expect(hopOf(atEmulator)).toMatchObject({
			node: 'root-ide-emulator',
			privilege: 'root-user'
		});
	});

	it('cannot start the transfer before all setup writes are done, nor trap once they are', () => {
		const early = run('unenlightened', ['io.submit', 'driver.start', ...portAccess]);
		expect(early.can({ type: 'vmwp.read' })).toBe(false);
		const programmed = run('unenlightened', [
			'io.submit',
			'driver.start',
			...times(ideSetupAccesses.length, portAccess)
		]);
		expect(programmed.can({ type: 'cpu.trap' })).toBe(false);
		expect(programmed.can({ type: 'vmwp.read' })).toBe(true);
		expect(programmed.context.vmExits).toBe(ideSetupAccesses.length);
	});

	it('emulates the end-of-interrupt write in the emulated PIC, the other accesses in the IDE controller', () => {
		const beforeIsr: DiskReadEventType[] = emulatedRead.slice(
			0,
			emulatedRead.indexOf('isr.start') + 1
		);
		const ideHops = new Set<string>();
		let snapshot = run('unenlightened', beforeIsr);
		for (const access of ideInterruptAccesses) {
			for (const type of portAccess) {
				[snapshot] = transition(diskReadMachine, snapshot, { type });
				if (type === 'vmwp.emulate') ideHops.add(`${access.device}:${hopOf(snapshot)?.node}`);
			}
		}
		expect([...ideHops].sort()).toEqual(['ide:root-ide-emulator', 'pic:root-pic-emulator']);
	});

	it('completes with an exit per port access and one more user-mode trip for the completion', () => {
		const done = run('unenlightened', emulatedRead);
		const accesses = ideSetupAccesses.length + ideInterruptAccesses.length;
		expect(done.hasTag('completed')).toBe(true);
		expect(hopOf(done)?.node).toBe('legacy-apps');
		expect(done.context).toMatchObject({
			vmExits: accesses,
			// A guest without enlightenment makes no hypercall: each one here is the root resuming it.
			guestHypercalls: 0,
			rootHypercalls: accesses,
			vmwpTrips: accesses + 1,
			ringWrites: 0,
			// One interrupt reaches the guest (the disk's); each trap is an intercept message to the root.
			interrupts: 1,
			interceptMessages: accesses
		});
	});

	it('costs several times the synthetic path in exits', () => {
		const emulated = run('unenlightened', emulatedRead).context;
		const synthetic = run('enlightened', syntheticRead).context;
		expect(emulated.vmExits).toBeGreaterThanOrEqual(5 * synthetic.vmExits);
	});
});

describe('disk read by controller', () => {
	it('sends an enlightened guest’s IDE disk over VMBus through the IDE filter (the fast path)', () => {
		let [snapshot] = initialTransition(diskReadMachine, {
			guest: 'enlightened',
			controller: 'ide'
		});
		const places: string[] = [];
		for (const type of ['io.submit', 'filter.redirect', 'vsc.request', 'vmbus.write'] as const) {
			expect(snapshot.can({ type }), type).toBe(true);
			[snapshot] = transition(diskReadMachine, snapshot, { type });
			places.push(hopOf(snapshot)!.node);
		}
		expect(places).toEqual(['win-io-stack', 'win-vsc', 'win-vsc', 'win-vmbus']);
		expect(snapshot.context.ringWrites).toBe(1);
	});

	it('gives a guest without integration components no way to reach a SCSI disk', () => {
		const [snapshot] = initialTransition(diskReadMachine, {
			guest: 'unenlightened',
			controller: 'scsi'
		});
		expect(snapshot.status).toBe('done');
		expect(snapshot.value).toBe('noDisk');
	});

	it('keeps the lessons’ defaults: SCSI when enlightened, IDE when not', () => {
		expect(initialTransition(diskReadMachine, { guest: 'enlightened' })[0].context.controller).toBe(
			'scsi'
		);
		expect(
			initialTransition(diskReadMachine, { guest: 'unenlightened' })[0].context.controller
		).toBe('ide');
	});
});
