import { describe, expect, it } from 'vitest';
import { hopDiff, play, ratios, stateAt, totalsOf } from './compare';
import { runOf } from './config';

const synthetic = play(
	runOf({ guest: 'windows', device: 'storage', controller: 'scsi', ics: true })
);
const emulated = play(
	runOf({ guest: 'unenlightened', device: 'storage', controller: 'ide', ics: false })
);

describe('lockstep comparison', () => {
	it('totals the same disk read on both paths as the model counts it (facts §4.3, §5.3)', () => {
		const a = totalsOf(synthetic);
		const b = totalsOf(emulated);
		expect(a).toMatchObject({ hops: 24, guestExits: 2, vmwpTrips: 0, ringWrites: 2, copies: 0 });
		expect(b).toMatchObject({ hops: 86, guestExits: 12, vmwpTrips: 13, ringWrites: 0 });
		expect(b.partitionSwitches).toBe(26);
		const r = ratios(a, b);
		expect(r.guestExits).toBe(6);
		expect(r.modelledNs).toBeCloseTo(b.modelledNs / a.modelledNs);
		// No ratio where the first run has none of it.
		expect(r.vmwpTrips).toBeUndefined();
	});

	it('marks the detours each path takes and lines up the shared spine', () => {
		const { onlyA, onlyB } = hopDiff(synthetic.path, emulated.path);
		const only = (path: typeof synthetic.path, marks: boolean[]) =>
			new Set(path.filter((_, i) => marks[i]).map((h) => h.node));
		expect(only(synthetic.path, onlyA).has('win-vmbus')).toBe(true);
		expect(only(emulated.path, onlyB).has('root-ide-emulator')).toBe(true);
		// Both reach the physical disk: that hop is shared, not a difference.
		const diskA = synthetic.path.findIndex((h) => h.node === 'hw-disk');
		const diskB = emulated.path.findIndex((h) => h.node === 'hw-disk');
		expect([onlyA[diskA], onlyB[diskB]]).toEqual([false, false]);
	});

	it('holds a finished run at its last state while the other goes on', () => {
		expect(stateAt(synthetic, 500)).toBe(synthetic.states.at(-1));
		expect(stateAt(emulated, 3)).toBe(emulated.states[3]);
	});

	it('compares network sends too: the 21140 costs twice the exits and a copy', () => {
		const a = totalsOf(
			play(runOf({ guest: 'windows', device: 'network', controller: 'scsi', ics: true }))
		);
		const b = totalsOf(
			play(runOf({ guest: 'unenlightened', device: 'network', controller: 'ide', ics: false }))
		);
		expect([a.guestExits, b.guestExits, a.copies, b.copies]).toEqual([2, 4, 0, 1]);
	});
});
