import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { hopOf } from '../hop';
import { migrationMachine, type MigrationInput } from './migration.machine';
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
