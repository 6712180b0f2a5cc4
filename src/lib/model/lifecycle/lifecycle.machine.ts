/**
 * A virtual machine's life as the management stack runs it (facts §1.1, §2, §6.3, §9.2): a WMI request to
 * VMMS, one worker process (VMWP) per running VM, VID and WinHv asking the hypervisor to create and set up the
 * partition with root-only hypercalls, then running, paused, saved and off; and snapshots, each one more
 * differencing disk (.avhd) in the chain, at most 50 per VM.
 *
 * The roles and call codes are documented (S1, S3 App. B); the exact order in which the stack makes the
 * setup calls is not public, so those hops are marked as estimates.
 *
 * A VM that has been stopped is off again, and that is where a run of this machine ends: `off.stopped` is
 * tagged 'completed'. The VM is still there and can be started again; the first `off` is not an end.
 *
 * Deleting a snapshot takes it out of the tree at once, but its .avhd stays in the chain until it is merged
 * into its parent, and that merge ran only once the VM was off: documented for 2008 R2 (U44, Microsoft; live
 * merge came with Windows Server 2012), our estimate for 2008 itself (facts §9.2 [M]), so the merge hop is marked
 * as an estimate. So `vm.deleteSnapshot` moves a snapshot from `snapshots` to `unmerged`, and
 * `vhd.merge` folds one unmerged file into its parent, only in `off`.
 */
import { assign, setup } from 'xstate';
import { at, type HopMeta } from '../hop';
import { links } from '../legs';

/** Snapshots per VM in Windows Server 2008 (S10); the 2008 article's "10 levels deep" was wrong. */
export const MAX_SNAPSHOTS = 50;

export interface LifecycleContext {
	/** Worker processes running for this VM: one while it runs or is paused, none otherwise. */
	workerProcesses: number;
	/** Root-only hypercalls made to build and tear down the partition. */
	hypercalls: number;
	/** Snapshots in the VM's snapshot tree, each with its .avhd in the chain. */
	snapshots: number;
	/**
	 * .avhd files of deleted snapshots still in the chain, waiting for the VM to be off to be merged into
	 * their parent. The chain on disk is `snapshots + unmerged` files long.
	 */
	unmerged: number;
}

export type LifecycleEvent = {
	type:
		| 'vm.start'
		| 'vmms.launch'
		| 'vmwp.request'
		| 'hv.createPartition'
		| 'hv.depositMemory'
		| 'hv.setUp'
		| 'vm.run'
		| 'vm.pause'
		| 'vm.resume'
		| 'vm.save'
		| 'vm.stop'
		| 'vm.snapshot'
		| 'vm.deleteSnapshot'
		| 'vhd.merge';
};

type LifecycleAction =
	| 'hypercalls'
	| 'workerStarts'
	| 'workerEnds'
	| 'saveAndDelete'
	| 'snapshot'
	| 'deleteSnapshot'
	| 'merge';

/** The VID's hypercalls for one step, counted on the way to the next state. */
const hypercalls = (count: number) => ({ type: 'hypercalls' as const, params: { count } });

export const lifecycleMachine = setup({
	types: {
		context: {} as LifecycleContext,
		events: {} as LifecycleEvent,
		meta: {} as HopMeta,
		tags: {} as 'running' | 'stopped' | 'completed'
	},
	actions: {
		hypercalls: assign({
			hypercalls: ({ context }, params: { count: number }) => context.hypercalls + params.count
		}),
		workerStarts: assign({ workerProcesses: 1 }),
		workerEnds: assign({ workerProcesses: 0 }),
		// Saving ends the worker and deletes the partition with one hypercall, like a stop.
		saveAndDelete: assign({
			workerProcesses: 0,
			hypercalls: ({ context }) => context.hypercalls + 1
		}),
		snapshot: assign({ snapshots: ({ context }) => context.snapshots + 1 }),
		// Out of the tree at once; its file stays in the chain until a merge.
		deleteSnapshot: assign({
			snapshots: ({ context }) => context.snapshots - 1,
			unmerged: ({ context }) => context.unmerged + 1
		}),
		merge: assign({ unmerged: ({ context }) => context.unmerged - 1 })
	},
	guards: {
		// The chain's files count against the limit until they are merged away.
		roomForSnapshot: ({ context }) => context.snapshots + context.unmerged < MAX_SNAPSHOTS,
		hasSnapshot: ({ context }) => context.snapshots > 0,
		hasUnmerged: ({ context }) => context.unmerged > 0
	}
}).createMachine({
	id: 'lifecycle',
	context: { workerProcesses: 0, hypercalls: 0, snapshots: 0, unmerged: 0 },
	initial: 'off',
	states: {
		off: {
			tags: ['stopped'],
			initial: 'configured',
			on: {
				// Hyper-V Manager, SCVMM or a script asks through WMI.
				'vm.start': 'requested',
				'vm.snapshot': { guard: 'roomForSnapshot', actions: 'snapshot' },
				'vm.deleteSnapshot': { guard: 'hasSnapshot', actions: 'deleteSnapshot' }
			},
			states: {
				configured: {
					meta: at('root-vmms', 'root-user', ['S1'])
				},
				stopped: {
					tags: ['completed'],
					meta: at('root-vmms', 'root-user', ['S1'], { places: { vhd: 'avhd-older' } }),
					// The VM is off: VMMS merges a deleted snapshot's .avhd into its parent (U44).
					on: { 'vhd.merge': { guard: 'hasUnmerged', target: 'merged', actions: 'merge' } }
				},
				merged: {
					tags: ['completed'],
					meta: at('root-vmms', 'root-user', ['U44', 'S20'], {
						estimate: true,
						act: 'merge .avhd',
						places: { vhd: 'parent' }
					}),
					on: { 'vhd.merge': { guard: 'hasUnmerged', target: 'merged', actions: 'merge' } }
				}
			}
		},
		// VMMS starts a worker process, whose VID has the hypervisor create the partition, give it memory and
		// set it up: six hypercalls in all before the VM can run.
		...links<LifecycleAction>(
			[
				{
					name: 'requested',
					meta: at('root-wmi', 'root-user', ['S1']),
					on: 'vmms.launch',
					actions: 'workerStarts'
				},
				{
					name: 'workerStarted',
					meta: at('root-vmwp', 'root-user', ['S1', 'S13']),
					on: 'vmwp.request'
				},
				{
					name: 'vid',
					meta: at('root-vid', 'root-kernel', ['S1']),
					on: 'hv.createPartition',
					actions: hypercalls(1)
				},
				{
					name: 'created',
					meta: at('hv-partitions', 'hypervisor', ['S2d', 'S3'], { estimate: true }),
					on: 'hv.depositMemory',
					actions: hypercalls(1)
				},
				{
					name: 'memoryDeposited',
					meta: at('hv-address', 'hypervisor', ['S2g', 'S3'], { estimate: true }),
					on: 'hv.setUp',
					actions: hypercalls(4)
				},
				{
					name: 'ready',
					meta: at('hv-intercepts', 'hypervisor', ['S3', 'S2d'], { estimate: true }),
					on: 'vm.run'
				}
			],
			'running'
		),
		running: {
			tags: ['running'],
			// On the virtual-disk scene: a snapshot taken while running starts a new .avhd, the newest in the chain.
			meta: at('hv-scheduler', 'hypervisor', ['S1'], { places: { vhd: 'avhd-newest' } }),
			on: {
				'vm.pause': 'paused',
				// The worker process writes memory and device state to disk, then ends; the partition is deleted
				// (HvCallDeletePartition, 0x0043), as on a stop, and a restore builds it again.
				'vm.save': { target: 'saved', actions: 'saveAndDelete' },
				// HvCallDeletePartition (0x0043), and the worker process ends.
				'vm.stop': {
					target: 'off.stopped',
					actions: [hypercalls(1), 'workerEnds']
				},
				'vm.snapshot': { guard: 'roomForSnapshot', actions: 'snapshot' },
				// Out of the tree at once; the merge waits until the VM is off (U44).
				'vm.deleteSnapshot': { guard: 'hasSnapshot', actions: 'deleteSnapshot' }
			}
		},
		paused: {
			meta: at('root-vmwp', 'root-user', ['S1']),
			on: { 'vm.resume': 'running', 'vm.save': { target: 'saved', actions: 'saveAndDelete' } }
		},
		saved: {
			tags: ['stopped'],
			meta: at('root-vmms', 'root-user', ['S1']),
			on: {
				// Restoring builds the partition again, with a new worker that reads the saved state back.
				'vm.start': 'requested',
				'vm.snapshot': { guard: 'roomForSnapshot', actions: 'snapshot' },
				'vm.deleteSnapshot': { guard: 'hasSnapshot', actions: 'deleteSnapshot' }
			}
		}
	}
});
