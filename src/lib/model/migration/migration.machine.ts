/**
 * Moving a VM to another cluster node (facts §8, S19): Quick Migration (Windows Server 2008) pauses the VM,
 * saves it to shared storage, has the cluster move the disk to the other node and restores it there; Live
 * Migration (2008 R2) copies memory while the VM keeps running, in passes planned by `planLiveMigration`,
 * then pauses it only to send the last dirty pages and hand over the storage. On the architecture figure (one
 * host) the hops name the parts that do the work: VMMS, the worker process, the disk and the NIC; on the cluster
 * scene (`places.cluster`) they say which of the two nodes, the shared storage or the network between them.
 */
import { assign, setup } from 'xstate';
import { at, type HopMeta } from '../hop';
import { doneAt, links } from '../legs';
import {
	planLiveMigration,
	planQuickMigration,
	type LiveMigrationInput,
	type QuickMigrationInput
} from './precopy';

/** Nodes in a Windows Server 2008 failover cluster, the most there can be to move between (S12). */
export const MAX_CLUSTER_NODES = 16;

/**
 * A Quick Migration's numbers, for the timeline of its downtime: a 2 GB VM saved to and restored from shared
 * storage at 100 MB/s, with 5 s for the cluster to move the disk. Our estimates, not measurements.
 */
export const QUICK_DEFAULTS: QuickMigrationInput = {
	memoryMb: 2048,
	storageMbPerSecond: 100,
	diskMoveSeconds: 5
};

export type MigrationInput =
	({ kind: 'quick' } & Partial<QuickMigrationInput>) | ({ kind: 'live' } & LiveMigrationInput);

/** One stretch of a migration's timeline, in seconds from its start; `down` while the guest does not run. */
export interface MigrationPhase {
	phase: 'save' | 'move' | 'restore' | 'pass' | 'blackout';
	seconds: number;
	/** MB the phase moves (memory saved, restored or sent over the network); 0 for the disk move. */
	mb: number;
	down: boolean;
}

export interface MigrationContext {
	kind: MigrationInput['kind'];
	/** Memory of the VM, in MB. */
	memoryMb: number;
	/** Pre-copy passes the plan calls for (live only). */
	plannedPasses: number;
	passesDone: number;
	/** The whole migration, phase by phase, as planned (precopy.ts): the scene draws it as a timeline. */
	phases: MigrationPhase[];
}

/** The plan of a migration as phases: Quick's three all down, Live's passes up and its blackout down. */
export function phasesOf(input: MigrationInput): MigrationPhase[] {
	if (input.kind === 'quick') {
		const numbers = { ...QUICK_DEFAULTS, ...input };
		const plan = planQuickMigration(numbers);
		return [
			{ phase: 'save', seconds: plan.saveSeconds, mb: numbers.memoryMb, down: true },
			{ phase: 'move', seconds: plan.moveSeconds, mb: 0, down: true },
			{ phase: 'restore', seconds: plan.restoreSeconds, mb: numbers.memoryMb, down: true }
		];
	}
	const plan = planLiveMigration(input);
	return [
		...plan.passes.map((mb) => ({
			phase: 'pass' as const,
			seconds: mb / input.linkMbPerSecond,
			mb,
			down: false
		})),
		{ phase: 'blackout', seconds: plan.blackoutSeconds, mb: plan.finalMb, down: true }
	];
}

export type MigrationEvent = {
	type:
		| 'migrate'
		| 'state.save'
		| 'disk.move'
		| 'state.restore'
		| 'config.transfer'
		| 'precopy.pass'
		| 'vm.pause'
		| 'storage.handover'
		| 'vm.resume'
		| 'arp.announce';
};

export const migrationMachine = setup({
	types: {
		context: {} as MigrationContext,
		events: {} as MigrationEvent,
		input: {} as MigrationInput,
		meta: {} as HopMeta,
		tags: {} as 'completed' | 'guestRunning'
	},
	actions: { pass: assign({ passesDone: ({ context }) => context.passesDone + 1 }) },
	guards: {
		live: ({ context }) => context.kind === 'live',
		passesLeft: ({ context }) => context.passesDone < context.plannedPasses,
		passesDone: ({ context }) => context.passesDone >= context.plannedPasses
	}
}).createMachine({
	id: 'migration',
	context: ({ input }) => ({
		kind: input.kind,
		memoryMb: input.memoryMb ?? QUICK_DEFAULTS.memoryMb,
		plannedPasses: input.kind === 'live' ? planLiveMigration(input).passes.length : 0,
		passesDone: 0,
		phases: phasesOf(input)
	}),
	initial: 'running',
	states: {
		running: {
			tags: ['guestRunning'],
			meta: at('root-vmms', 'root-user', ['S19'], { places: { cluster: 'a-vmms' } }),
			on: { migrate: [{ guard: 'live', target: 'configuration' }, { target: 'saving' }] }
		},
		// Quick migration (S19): the VM is down from the save on the first node to the restore on the second.
		...links<'pass'>(
			[
				{
					name: 'saving',
					meta: at('root-vmwp', 'root-user', ['S19'], { places: { cluster: 'a-vmwp' } }),
					on: 'state.save'
				},
				{
					name: 'moving',
					meta: at('hw-disk', 'hardware', ['S19', 'S12'], { places: { cluster: 'storage' } }),
					on: 'disk.move'
				},
				{
					name: 'restoring',
					meta: at('root-vmwp', 'root-user', ['S19'], { places: { cluster: 'b-vmwp' } }),
					on: 'state.restore'
				}
			],
			'migrated'
		),
		configuration: {
			tags: ['guestRunning'],
			meta: at('root-vmms', 'root-user', ['S19'], { places: { cluster: 'b-vmms' } }),
			on: { 'config.transfer': 'precopy' }
		},
		precopy: {
			tags: ['guestRunning'],
			meta: at('hw-nic', 'hardware', ['S19'], { places: { cluster: 'network' } }),
			on: {
				'precopy.pass': { guard: 'passesLeft', actions: 'pass' },
				'vm.pause': { guard: 'passesDone', target: 'blackout' }
			}
		},
		blackout: {
			meta: at('hw-nic', 'hardware', ['S19', 'S13'], { places: { cluster: 'network' } }),
			on: { 'storage.handover': 'handover' }
		},
		handover: {
			meta: at('hw-disk', 'hardware', ['S19'], { places: { cluster: 'storage' } }),
			on: { 'vm.resume': 'announcing' }
		},
		announcing: {
			tags: ['guestRunning'],
			meta: at('hw-nic', 'hardware', ['S19', 'S13'], { places: { cluster: 'network' } }),
			on: { 'arp.announce': 'migrated' }
		},
		migrated: doneAt(
			at('root-vmwp', 'root-user', ['S19'], { places: { cluster: 'b-vm' } }),
			'guestRunning'
		)
	}
});
