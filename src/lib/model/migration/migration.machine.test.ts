import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { hopOf } from '../hop';
import { migrationMachine, phasesOf, type MigrationInput } from './migration.machine';
import { MAX_PASSES } from './precopy';

const live: MigrationInput = {
	kind: 'live',
	memoryMb: 4096,
	dirtyMbPerSecond: 20,
	linkMbPerSecond: 110
};
const hot: MigrationInput = {
	kind: 'live',
	memoryMb: 2048,
	dirtyMbPerSecond: 200,
	linkMbPerSecond: 110
};
const quick: MigrationInput = { kind: 'quick' };

const pathToEnd = (input: MigrationInput) =>
	getShortestPaths(migrationMachine, {
		input,
		serializeState: (s) => JSON.stringify([s.value, s.context.passesDone])
	}).find((p) => p.state.status === 'done')!;

describe('migration', () => {
	it('keeps the guest running through every pre-copy pass of a Live Migration', () => {
		const path = pathToEnd(live);
		const states = path.steps.map((s) => s.state);
		const paused = states.filter((s) => !s.hasTag('guestRunning')).map((s) => s.value);
		expect(paused).toEqual(['blackout', 'handover']);
		expect(path.state.context.passesDone).toBeGreaterThan(1);
	});

	it('never makes more than 10 passes, even when the guest dirties memory faster than the link', () => {
		expect(pathToEnd(hot).state.context.passesDone).toBe(MAX_PASSES);
	});

	it('stops the guest for the whole of a Quick Migration: save, disk move, restore', () => {
		const states = pathToEnd(quick).steps.map((s) => s.state);
		const paused = states.filter((s) => !s.hasTag('guestRunning')).map((s) => s.value);
		expect(paused).toEqual(['saving', 'moving', 'restoring']);
	});

	it('ends every path with the VM running on the target, with a hop on every state', () => {
		for (const input of [live, hot, quick]) {
			const paths = getSimplePaths(migrationMachine, {
				input,
				serializeState: (s) => JSON.stringify([s.value, s.context.passesDone])
			});
			expect(paths.some((p) => p.state.status === 'done')).toBe(true);
			for (const path of paths) expect(hopOf(path.state)).toBeDefined();
		}
	});
});

describe('migration, as the cluster scene draws it', () => {
	it('ends a Live Migration with an unsolicited ARP from the target, the VM already running there', () => {
		const path = pathToEnd(live);
		const values = path.steps.map((s) => s.state.value);
		expect(values.slice(-2)).toEqual(['announcing', 'migrated']);
		const announcing = path.steps.at(-2)!.state;
		expect(announcing.hasTag('guestRunning')).toBe(true);
		expect(hopOf(announcing)?.places?.cluster).toBe('network');
	});

	it('puts every state on the cluster scene: node 1 before the move, node 2 after it', () => {
		for (const input of [live, quick]) {
			const path = pathToEnd(input);
			const places = path.steps.map((s) => hopOf(s.state)?.places?.cluster);
			expect(places.every((p) => p !== undefined)).toBe(true);
			expect(places.at(-1)).toBe('b-vm');
		}
	});

	it('plans Quick Migration as three phases, all down, and Live as passes up and a blackout down', () => {
		const quickPhases = phasesOf(quick);
		expect(quickPhases.map((p) => [p.phase, p.down])).toEqual([
			['save', true],
			['move', true],
			['restore', true]
		]);
		// 2 GB at 100 MB/s, written and read back, plus 5 s for the disk: our estimate.
		expect(quickPhases.reduce((s, p) => s + p.seconds, 0)).toBeCloseTo(2048 / 100 + 5 + 2048 / 100);
		const livePhases = phasesOf(live);
		expect(livePhases.at(-1)!.phase).toBe('blackout');
		expect(livePhases.filter((p) => p.down)).toHaveLength(1);
		// Each pass sends less than the one before: what the guest dirtied meanwhile.
		const passes = livePhases.filter((p) => p.phase === 'pass').map((p) => p.mb);
		for (let i = 1; i < passes.length; i++) expect(passes[i]).toBeLessThan(passes[i - 1]!);
	});

	it('takes a Quick Migration of another size from its input', () => {
		const big = phasesOf({ kind: 'quick', memoryMb: 8192, storageMbPerSecond: 200 });
		expect(big[0]!.seconds).toBeCloseTo(8192 / 200);
	});
});
