/**
 * Moving a VM to another cluster node (facts §8, S19): Quick Migration (Windows Server 2008) pauses the VM,
 * saves it to shared storage, has the cluster move the disk to the other node and restores it there; Live
 * Migration (2008 R2) copies memory while the VM keeps running, in passes planned by `planLiveMigration`,
 * then pauses it only to send the last dirty pages and hand over the storage. The diagram shows one host, so
 * the hops name the parts of it that do the work: VMMS, the worker process, the disk and the NIC.
 */
import { assign, setup } from 'xstate';
import { at, type HopMeta } from '../hop';
import { planLiveMigration, type LiveMigrationInput } from './precopy';

/** Nodes in a Windows Server 2008 failover cluster, the most there can be to move between (S12). */
export const MAX_CLUSTER_NODES = 16;

export type MigrationInput = { kind: 'quick' } | ({ kind: 'live' } & LiveMigrationInput);

export interface MigrationContext {
	kind: MigrationInput['kind'];
	/** Pre-copy passes the plan calls for (live only). */
	plannedPasses: number;
	passesDone: number;
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
		| 'vm.resume';
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
		plannedPasses: input.kind === 'live' ? planLiveMigration(input).passes.length : 0,
		passesDone: 0
	}),
	initial: 'running',
	states: {
		running: {
			tags: ['guestRunning'],
			meta: at('root-vmms', 'root-user', ['S19']),
			on: { migrate: [{ guard: 'live', target: 'configuration' }, { target: 'saving' }] }
		},
		// Quick: the VM stops here and stays stopped until it is restored on the other node.
		saving: {
			meta: at('root-vmwp', 'root-user', ['S19']),
			on: { 'state.save': 'moving' }
		},
		// The cluster moves the disk resource (the LUN's ownership) to the other node.
		moving: {
			meta: at('hw-disk', 'hardware', ['S19', 'S12']),
			on: { 'disk.move': 'restoring' }
		},
		restoring: {
			meta: at('root-vmwp', 'root-user', ['S19']),
			on: { 'state.restore': 'migrated' }
		},
		// Live: the configuration goes first and an empty VM is created on the target.
		configuration: {
			tags: ['guestRunning'],
			meta: at('root-vmms', 'root-user', ['S19']),
			on: { 'config.transfer': 'precopy' }
		},
		// Memory goes over the network while the guest keeps running and dirtying pages.
		precopy: {
			tags: ['guestRunning'],
			meta: at('hw-nic', 'hardware', ['S19']),
			on: {
				'precopy.pass': { guard: 'passesLeft', actions: 'pass' },
				'vm.pause': { guard: 'passesDone', target: 'blackout' }
			}
		},
		// The blackout: the last dirty pages and the processor and device state.
		blackout: {
			meta: at('hw-nic', 'hardware', ['S19', 'S13']),
			on: { 'storage.handover': 'handover' }
		},
		// With Cluster Shared Volumes no disk has to be dismounted and mounted.
		handover: {
			meta: at('hw-disk', 'hardware', ['S19']),
			on: { 'vm.resume': 'migrated' }
		},
		migrated: {
			type: 'final',
			tags: ['completed', 'guestRunning'],
			meta: at('root-vmwp', 'root-user', ['S19'])
		}
	}
});
