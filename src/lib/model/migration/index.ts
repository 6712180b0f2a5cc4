import * as v from 'valibot';
import { defineMachine } from '../descriptor';
import { migrationMachine } from './migration.machine';

const atLeast = (min: number) => v.pipe(v.number(), v.minValue(min));

const migration = defineMachine({
	id: 'migration',
	machine: migrationMachine,
	input: v.variant('kind', [
		v.strictObject({
			kind: v.literal('quick'),
			memoryMb: v.optional(atLeast(0)),
			storageMbPerSecond: v.optional(atLeast(1)),
			diskMoveSeconds: v.optional(atLeast(0))
		}),
		v.strictObject({
			kind: v.literal('live'),
			memoryMb: atLeast(0),
			dirtyMbPerSecond: atLeast(0),
			linkMbPerSecond: atLeast(1),
			stopCopyMb: v.optional(atLeast(0))
		})
	]),
	description:
		'Quick Migration (pause, save, move the disk, restore) against Live Migration (pre-copy passes while running, at most 10, then a short blackout).',
	samples: [
		{ kind: 'quick' },
		{ kind: 'live', memoryMb: 4096, dirtyMbPerSecond: 20, linkMbPerSecond: 110 }
	]
});
export default migration;

declare module '../descriptor' {
	interface MachineRegistry {
		migration: typeof migration;
	}
}
