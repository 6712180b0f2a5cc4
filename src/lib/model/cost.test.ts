import { describe, expect, it } from 'vitest';
import { costOf, guestExitsOf, modelledNs } from './cost';
import { playToEnd } from './run';
import { machines } from './machines';
import type { DiskReadInput } from './diskRead/diskRead.machine';
import { deviceGuests, devices, type DeviceIoInput } from './deviceIo/deviceIo.machine';

const diskInputs: DiskReadInput[] = [
	{ guest: 'enlightened' },
	{ guest: 'enlightened', controller: 'ide' },
	{ guest: 'unenlightened' }
];
const deviceInputs: DeviceIoInput[] = deviceGuests.flatMap((guest) =>
	devices.map((device) => ({ guest, device }))
);
const runs = [
	...diskInputs.map((input) => ({
		name: `diskRead ${JSON.stringify(input)}`,
		...playToEnd(machines.diskRead, input)
	})),
	...deviceInputs.map((input) => ({
		name: `deviceIo ${JSON.stringify(input)}`,
		...playToEnd(machines.deviceIo, input)
	}))
];

describe('cost model', () => {
	it.each(runs.map((r) => [r.name, r] as const))(
		'%s: counts derived from the hops equal the machine’s own counters',
		(_, run) => {
			const context = run.snapshot.context as { vmExits: number; ringWrites: number };
			const totals = costOf(run.path);
			expect(guestExitsOf(run.path)).toBe(context.vmExits);
			expect(totals['ring-write']).toBe(context.ringWrites);
			// Every exit counted from a guest is among the exits of the path as a whole.
			expect(totals['vm-exit']).toBeGreaterThanOrEqual(context.vmExits);
		}
	);

	const synthetic = playToEnd(machines.diskRead, { guest: 'enlightened' }).path;
	const emulated = playToEnd(machines.diskRead, { guest: 'unenlightened' }).path;

	it('a synthetic disk read: about two guest exits, one partition switch each way, no copy (facts §4.3)', () => {
		const totals = costOf(synthetic);
		expect(guestExitsOf(synthetic)).toBe(2);
		expect(totals['partition-switch']).toBe(2);
		expect(totals['data-copy']).toBe(0);
		expect(totals['ring-write']).toBe(2);
		// The root's user mode is never entered: only the application's own calls into its kernel remain.
		expect(totals['kernel-user']).toBe(2);
	});

	it('an emulated IDE read: 10 to 13 intercepts, each a switch to the root and into its user mode (facts §5.3)', () => {
		const totals = costOf(emulated);
		const exits = guestExitsOf(emulated);
		expect(exits).toBeGreaterThanOrEqual(10);
		expect(exits).toBeLessThanOrEqual(13);
		// Out to the root and back for every intercept, plus the injected completion interrupt.
		expect(totals['partition-switch']).toBe(2 * exits + 2);
		expect(totals['kernel-user']).toBeGreaterThan(2 * exits);
	});

	it('models the emulated read as several times the CPU overhead of the synthetic one', () => {
		const ratio = modelledNs(costOf(emulated)) / modelledNs(costOf(synthetic));
		expect(ratio).toBeGreaterThan(4);
		expect(ratio).toBeLessThan(20);
	});

	it('counts device time as zero: the disk is the same on both paths', () => {
		const totals = costOf(synthetic);
		expect(totals['device-io']).toBe(1);
		const withoutDevice = { ...totals, 'device-io': 0 };
		expect(modelledNs(totals)).toBe(modelledNs(withoutDevice));
	});

	it('counts the 21140’s copy of the frame, which the synthetic NIC does not make', () => {
		expect(
			costOf(playToEnd(machines.deviceIo, { guest: 'unenlightened', device: 'network' }).path)[
				'data-copy'
			]
		).toBe(1);
		expect(
			costOf(playToEnd(machines.deviceIo, { guest: 'windows', device: 'network' }).path)[
				'data-copy'
			]
		).toBe(0);
	});
});
