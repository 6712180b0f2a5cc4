import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { getComponent, type ComponentId } from '$lib/architecture/topology';
import { playToEnd } from '../run';
import { hopOf } from '../hop';
import { deadEnds, restingLeafIds, unreachedLeaves } from '$lib/testing/machine-graph';
import { deviceIoMachine, deviceGuests, devices, type DeviceIoInput } from './deviceIo.machine';
import {
	mouseByteAccesses,
	mousePacketBytes,
	nicInterruptAccesses,
	nicSendAccesses,
	videoCursorAccesses
} from './port-sequences';

type Snapshot = SnapshotFrom<typeof deviceIoMachine>;
const play = (input: DeviceIoInput) => playToEnd(deviceIoMachine, input);
const counters = (input: DeviceIoInput) => {
	const c = play(input).snapshot.context;
	const { vmExits, guestHypercalls, rootHypercalls, vmwpTrips, ringWrites, interrupts } = c;
	return { vmExits, guestHypercalls, rootHypercalls, vmwpTrips, ringWrites, interrupts };
};
const inVmwp = (id: ComponentId) => id === 'root-vmwp' || getComponent(id).parent === 'root-vmwp';
const allInputs: DeviceIoInput[] = [
	...deviceGuests.flatMap((guest) =>
		devices.flatMap((device) => [
			{ guest, device },
			{ guest, device, ics: false }
		])
	),
	...(['windows', 'linux'] as const).flatMap((guest) =>
		(['internal', 'private'] as const).map((network) => ({
			guest,
			device: 'network' as const,
			network
		}))
	)
];

describe('device I/O machine', () => {
	it('sends a frame from a Windows guest through NetVSC, VMBus and the virtual switch to the NIC', () => {
		expect(play({ guest: 'windows', device: 'network' }).hops).toEqual([
			'win-apps',
			'win-io-stack',
			'win-vsc',
			'win-vmbus',
			'win-winhv',
			'hv-hypercalls',
			'hv-synic',
			'root-vmbus',
			'root-vsp',
			'root-io-stack',
			'root-drivers',
			'hw-nic',
			'root-drivers',
			'root-vsp',
			'root-vmbus',
			'root-winhv',
			'hv-hypercalls',
			'hv-synic',
			'win-vmbus',
			'win-vsc',
			'hv-msrs',
			'win-io-stack',
			'win-apps'
		]);
		// One signal and one end of interrupt: the fact sheet's "at most about 2 guest exits" (facts §4.3).
		expect(counters({ guest: 'windows', device: 'network' })).toEqual({
			vmExits: 2,
			guestHypercalls: 1,
			rootHypercalls: 1,
			vmwpTrips: 0,
			ringWrites: 2,
			interrupts: 1
		});
	});

	it('on an internal virtual network delivers the frame to the root’s own stack, never to the NIC', () => {
		const { hops } = play({ guest: 'windows', device: 'network', network: 'internal' });
		expect(hops.slice(7, 12)).toEqual([
			'root-vmbus',
			'root-vsp',
			'root-io-stack',
			'root-vsp',
			'root-vmbus'
		]);
		expect(hops).not.toContain('hw-nic');
		expect(hops).not.toContain('root-drivers');
		expect(hops.at(-1)).toBe('win-apps');
		// The same cost for the sender as on an external network: the switch is in the root either way.
		expect(counters({ guest: 'windows', device: 'network', network: 'internal' })).toEqual(
			counters({ guest: 'windows', device: 'network' })
		);
	});

	it('on a private virtual network takes the frame to the other VM, past the root’s stack', () => {
		const { hops } = play({ guest: 'windows', device: 'network', network: 'private' });
		expect(hops.slice(7)).toEqual([
			'root-vmbus',
			'root-vsp',
			'root-vmbus',
			'root-winhv',
			'hv-hypercalls',
			'hv-synic',
			'linux-vmbus',
			'linux-vsc',
			'linux-io-stack'
		]);
		expect(hops).not.toContain('root-io-stack');
		expect(hops).not.toContain('hw-nic');
		// A Linux sender's frame goes to the Windows child.
		expect(play({ guest: 'linux', device: 'network', network: 'private' }).hops.at(-1)).toBe(
			'win-io-stack'
		);
		expect(counters({ guest: 'windows', device: 'network', network: 'private' })).toEqual({
			vmExits: 1,
			guestHypercalls: 1,
			rootHypercalls: 1,
			vmwpTrips: 0,
			ringWrites: 2,
			interrupts: 1
		});
	});

	it('ignores the virtual network for video and mouse', () => {
		expect(play({ guest: 'windows', device: 'video', network: 'private' }).hops).toEqual(
			play({ guest: 'windows', device: 'video' }).hops
		);
	});

	it('takes a Linux guest through its own boxes (LinuxHv, not WinHv) on the same path', () => {
		const hops = play({ guest: 'linux', device: 'network' }).hops;
		expect(hops).toContain('linux-hv');
		expect(hops.some((h) => h.startsWith('win-'))).toBe(false);
		expect(hops).toHaveLength(23);
	});

	it('sends a frame through the emulated 21140 in about four to five intercepts (facts §5.3)', () => {
		const { hops, snapshot } = play({ guest: 'unenlightened', device: 'network' });
		const intercepts = hops.filter((h) => h === 'hv-intercepts').length;
		expect(intercepts).toBe(nicSendAccesses.length + nicInterruptAccesses.length);
		expect(intercepts).toBeGreaterThanOrEqual(4);
		expect(intercepts).toBeLessThanOrEqual(5);
		expect(hops).toContain('root-nic-emulator');
		expect(hops).toContain('hw-nic');
		// Each intercept visits the worker, plus the send and the completion.
		expect(snapshot.context.vmwpTrips).toBe(intercepts + 2);
		expect(snapshot.hasTag('completed')).toBe(true);
	});

	it('a Windows guest without integration components falls back to the emulated devices', () => {
		expect(play({ guest: 'windows', device: 'network', ics: false }).hops).toEqual(
			play({ guest: 'unenlightened', device: 'network' }).hops
		);
	});

	it('updates the screen: synthetic video sends one message, S3 traps on every cursor register', () => {
		const synthetic = play({ guest: 'windows', device: 'video' });
		// The synthetic video device is served from the worker process, not from a kernel VSP (facts §2, [M]).
		expect(synthetic.hops.slice(-2)).toEqual(['root-vmbus', 'root-vmwp']);
		expect(synthetic.hops).not.toContain('root-vsp');
		expect(synthetic.snapshot.context.vmwpTrips).toBe(1);
		expect(synthetic.snapshot.context.vmExits).toBe(1);
		const emulated = play({ guest: 'unenlightened', device: 'video' });
		expect(emulated.hops.filter((h) => h === 'root-video-emulator')).toHaveLength(
			videoCursorAccesses.length
		);
		expect(emulated.snapshot.context.vmExits).toBe(videoCursorAccesses.length);
		expect(emulated.hops.at(-1)).toBe('legacy-apps');
	});

	it('moves the mouse: one VMBus packet, or three i8042 interrupts with four traps each', () => {
		const synthetic = play({ guest: 'linux', device: 'input' });
		// The synthetic mouse is served from the worker process, which writes straight to the channel.
		expect(synthetic.hops.slice(0, 2)).toEqual(['root-vmwp', 'root-vmbus']);
		expect(synthetic.hops).not.toContain('root-vsp');
		expect(synthetic.snapshot.context.vmwpTrips).toBe(0);
		expect(synthetic.hops.at(-1)).toBe('linux-apps');
		// The guest only exits for the end of interrupt: the signal came from the root.
		expect(synthetic.snapshot.context.vmExits).toBe(1);
		const emulated = play({ guest: 'unenlightened', device: 'input' }).snapshot.context;
		// One interrupt per byte reaches the guest; each of its traps is an intercept message to the root.
		expect(emulated.interrupts).toBe(mousePacketBytes);
		expect(emulated.interceptMessages).toBe(mousePacketBytes * mouseByteAccesses.length);
		expect(emulated.guestHypercalls).toBe(0);
		expect(emulated.vmExits).toBe(mousePacketBytes * mouseByteAccesses.length);
	});

	it('keeps synthetic network traffic out of the worker process, and always visits it on an emulated path', () => {
		for (const input of allInputs) {
			const { hops, snapshot } = play(input);
			const emulated = input.guest === 'unenlightened' || input.ics === false;
			expect(
				hops.some((h) => h === 'hv-intercepts'),
				JSON.stringify(input)
			).toBe(emulated);
			// Mouse input starts in the worker either way (the VM Connection window), and a synthetic screen
			// update ends there (the video device lives in the worker); a synthetic frame never touches it.
			const after = input.device === 'input' ? hops.slice(1) : hops;
			const expected = emulated || input.device === 'video';
			expect(after.some(inVmwp), JSON.stringify(input)).toBe(expected);
			expect(snapshot.hasTag('completed'), JSON.stringify(input)).toBe(true);
		}
	});

	it('refuses events out of order', () => {
		const actor = createActor(deviceIoMachine, {
			input: { guest: 'windows', device: 'network' }
		}).start();
		actor.send({ type: 'vmbus.write' });
		expect(hopOf(actor.getSnapshot())?.node).toBe('win-apps');
		actor.send({ type: 'io.submit' });
		expect(hopOf(actor.getSnapshot())?.node).toBe('win-io-stack');
	});
});

describe('device I/O machine, as a graph', () => {
	const serializeState = (s: Snapshot) =>
		JSON.stringify([s.value, s.context.phase, s.context.accessesDone, s.context.bytesLeft]);

	it.each(allInputs.map((i) => [JSON.stringify(i), i] as const))(
		'%s: every reachable state can still finish',
		(_, input) => {
			const from = getShortestPaths(deviceIoMachine, { input, serializeState }).map((p) => p.state);
			expect(from.length).toBeGreaterThan(5);
			const isEnd = (s: Snapshot) => s.hasTag('completed');
			expect(deadEnds(deviceIoMachine, { input, serializeState, isEnd, from })).toEqual([]);
		}
	);

	it('reaches every leaf state with some input', () => {
		expect(restingLeafIds(deviceIoMachine).length).toBeGreaterThan(60);
		expect(unreachedLeaves(deviceIoMachine, allInputs, serializeState)).toEqual([]);
	});
});
