import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { hopOf } from '../hop';
import {
	bootMachine,
	bootOffers,
	openMessagesPerChannel,
	type BootEvent,
	type BootInput
} from './boot.machine';
import { channelMachine } from '../vmbusChannel/channel.machine';
import { discovery } from './sequences';
import { replay } from '../run';

type Snapshot = SnapshotFrom<typeof bootMachine>;

const run = (input: BootInput, events: readonly BootEvent['type'][]): Snapshot =>
	replay(bootMachine, input, events);

describe('guest boot', () => {
	it('starts every guest from the emulated IDE controller', () => {
		for (const guest of ['enlightened', 'unenlightened'] as const) {
			expect(hopOf(run({ guest }, []))?.node).toBe('root-ide-emulator');
		}
	});

	it('leaves an unenlightened guest on emulated devices, without asking for the hypervisor', () => {
		const booted = run({ guest: 'unenlightened' }, ['kernel.load', 'devices.emulated']);
		expect(booted.hasTag('completed')).toBe(true);
		expect(booted.hasTag('emulated')).toBe(true);
		expect(booted.context).toMatchObject({ cpuidExits: 0, msrWrites: 0, controlMessages: 0 });
		expect(run({ guest: 'unenlightened' }, ['kernel.load']).can({ type: 'cpuid.features' })).toBe(
			false
		);
	});

	it('has an enlightened guest discover Hyper-V, identify itself, then enable hypercalls, in that order', () => {
		const early = run({ guest: 'enlightened' }, ['kernel.load', 'cpuid.features', 'cpuid.vendor']);
		expect(early.can({ type: 'msr.hypercallPage' })).toBe(false);
		const ready = run({ guest: 'enlightened' }, discovery);
		expect(ready.context).toMatchObject({ cpuidExits: 3, msrWrites: 2 });
		expect(hopOf(ready)?.node).toBe('hv-msrs');
	});

	it('with integration components, connects VMBus, takes the offers and runs on synthetic devices', () => {
		const booted = run({ guest: 'enlightened', ics: true }, [
			...discovery,
			'vmbus.initiateContact',
			'vmbus.versionResponse',
			'vmbus.requestOffers',
			'vmbus.offersDelivered',
			'vsc.bind'
		]);
		expect(booted.hasTag('synthetic')).toBe(true);
		// Four for the handshake, then an offer and four opening messages for each of the nine devices.
		expect(booted.context.controlMessages).toBe(4 + 9 * 5);
	});

	it('counts the handshake, one offer per device, then the opening messages of every bound channel', () => {
		const handshake = [
			...discovery,
			'vmbus.initiateContact',
			'vmbus.versionResponse'
		] as BootEvent['type'][];
		expect(run({ guest: 'enlightened' }, handshake).context.controlMessages).toBe(2);
		// REQUESTOFFERS, and the root's answer: one OFFERCHANNEL per device.
		const asked = run({ guest: 'enlightened' }, [...handshake, 'vmbus.requestOffers']);
		expect(asked.context.controlMessages).toBe(3 + bootOffers.length);
		const offered = run({ guest: 'enlightened' }, [
			...handshake,
			'vmbus.requestOffers',
			'vmbus.offersDelivered'
		]);
		expect(offered.context.controlMessages).toBe(3 + bootOffers.length + 1);
		const bound = run({ guest: 'enlightened' }, [
			...handshake,
			'vmbus.requestOffers',
			'vmbus.offersDelivered',
			'vsc.bind'
		]);
		expect(bound.context.controlMessages - offered.context.controlMessages).toBe(
			bootOffers.length * openMessagesPerChannel
		);
	});

	it('opens each channel with as many messages as the channel machine counts from offer to open', () => {
		let [channel] = initialTransition(channelMachine, {});
		for (const type of [
			'vsc.bind',
			'gpadl.header',
			'gpadl.created',
			'channel.open',
			'channel.opened'
		] as const) {
			[channel] = transition(channelMachine, channel, { type });
		}
		expect(channel.hasTag('open')).toBe(true);
		// The channel machine starts at its offer (one message); the boot machine counts that offer separately.
		expect(channel.context.controlMessages).toBe(1 + openMessagesPerChannel);
	});

	it('without integration components, stays on emulated devices although the kernel is enlightened', () => {
		const ready = run({ guest: 'enlightened', ics: false }, discovery);
		expect(ready.can({ type: 'vmbus.initiateContact' })).toBe(false);
		const booted = run({ guest: 'enlightened', ics: false }, [...discovery, 'devices.emulated']);
		expect(booted.hasTag('emulated')).toBe(true);
	});
});

describe('boot machine, as a graph', () => {
	it.each([
		{ guest: 'enlightened', ics: true },
		{ guest: 'enlightened', ics: false },
		{ guest: 'unenlightened' }
	] as BootInput[])('ends every path booted, on synthetic or emulated devices (%o)', (input) => {
		const paths = getShortestPaths(bootMachine, { input });
		const ends = paths.filter((p) => p.state.hasTag('completed'));
		expect(ends).toHaveLength(1);
		const end = ends[0]!.state;
		expect(end.hasTag('synthetic') !== end.hasTag('emulated')).toBe(true);
		expect(end.hasTag('synthetic')).toBe(input.guest === 'enlightened' && input.ics === true);
		for (const path of paths) expect(hopOf(path.state)).toBeDefined();
	});
});
