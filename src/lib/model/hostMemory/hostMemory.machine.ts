/**
 * A host filling up with VMs (facts §10.3, §2, §1.1): the root keeps its reserve, then VMs start one by one.
 * Each start goes from VMMS to a new worker process, which asks VID for the VM's memory; VID takes the VM's RAM
 * from what the root has free, and the root deposits memory with the hypervisor for the new partition (S2g).
 * The per-VM overhead of the sizing rule (`memory.ts`), which covers the worker process, VID's bookkeeping and
 * the shadow page tables as well as the deposit, is booked at that deposit. A start that does not fit the plan
 * is counted as refused and the run ends there. That is the planning rule speaking, not WS2008: the release
 * enforces no root reserve (facts §10.3), and it had no Dynamic Memory to squeeze other VMs either.
 *
 * The roles are documented (S1, S2g); that VID is where the fit is decided, and that the whole overhead goes to
 * the hypervisor, are the model's reading, and the overhead figures are estimates: those hops say so.
 */
import { assign, setup } from 'xstate';
import { at, type HopMeta } from '../hop';
import { doneAt } from '../legs';
import { rootReserveMb, sizeHost, vmOverheadMb, type SizingRule } from '../sizing/memory';

export interface HostMemoryInput {
	/** Physical memory of the host, in MB. */
	hostMb: number;
	/** Which sizing rule sets the root's reserve and the per-VM overhead. */
	rule: SizingRule;
	/** The root's reserve in MB; the rule's own (512 or 2048) when left out. */
	rootReserveMb?: number;
	/** The memory of each VM, in MB, in the order they are started. */
	vms: number[];
}

export interface HostMemoryContext {
	rule: SizingRule;
	vms: readonly number[];
	/** Memory taken: the root's reserve, then each started VM's RAM and overhead. */
	reservedMb: number;
	/** Memory left for further VMs. */
	freeMb: number;
	/** VMs running. */
	started: number;
	/** Starts the planning rule turns down for want of memory (the run ends at the first). */
	refused: number;
}

export type HostMemoryEvent = {
	type: 'vm.start' | 'vmms.launch' | 'vmwp.request' | 'hv.depositMemory' | 'vm.run';
};

/** The memory a VM takes on top of its RAM; the input was checked when the machine started. */
function overheadOf(context: HostMemoryContext): number {
	const result = vmOverheadMb(context.vms[context.started], context.rule);
	return result.ok ? result.value : 0;
}

function startContext(input: HostMemoryInput): HostMemoryContext {
	const rootMb = input.rootReserveMb ?? rootReserveMb(input.rule);
	const sizing = sizeHost({ hostMb: input.hostMb, vms: input.vms, rule: input.rule, rootMb });
	if (!sizing.ok) {
		throw new RangeError(
			`hostMemory: ${sizing.field} is ${sizing.problem} (from ${sizing.min} to ${sizing.max})`
		);
	}
	if (rootMb > input.hostMb) throw new RangeError('hostMemory: the root reserve exceeds the host');
	return {
		rule: input.rule,
		vms: input.vms,
		reservedMb: rootMb,
		freeMb: input.hostMb - rootMb,
		started: 0,
		refused: 0
	};
}

export const hostMemoryMachine = setup({
	types: {
		context: {} as HostMemoryContext,
		events: {} as HostMemoryEvent,
		input: {} as HostMemoryInput,
		meta: {} as HopMeta,
		tags: {} as 'completed' | 'refused'
	},
	actions: {
		takeRam: assign(({ context }) => {
			const ram = context.vms[context.started] ?? 0;
			return { reservedMb: context.reservedMb + ram, freeMb: context.freeMb - ram };
		}),
		takeOverhead: assign(({ context }) => {
			const overhead = overheadOf(context);
			return { reservedMb: context.reservedMb + overhead, freeMb: context.freeMb - overhead };
		}),
		started: assign({ started: ({ context }) => context.started + 1 }),
		refuse: assign({ refused: ({ context }) => context.refused + 1 })
	},
	guards: {
		fits: ({ context }) =>
			(context.vms[context.started] ?? 0) + overheadOf(context) <= context.freeMb,
		allStarted: ({ context }) => context.started >= context.vms.length
	}
}).createMachine({
	id: 'hostMemory',
	context: ({ input }) => startContext(input),
	initial: 'ready',
	states: {
		ready: {
			meta: at('hw-memory', 'hardware', ['S42', 'S10'], {
				places: { memory: 'ram' },
				estimate: true
			}),
			always: { guard: 'allStarted', target: 'completed' },
			on: { 'vm.start': 'requested' }
		},
		requested: {
			meta: at('root-vmms', 'root-user', ['S1'], { places: { memory: 'vmms' } }),
			on: { 'vmms.launch': 'worker' }
		},
		worker: {
			meta: at('root-vmwp', 'root-user', ['S1', 'S13'], { places: { memory: 'vmwp' } }),
			on: {
				'vmwp.request': [
					{ guard: 'fits', target: 'allocated', actions: 'takeRam' },
					{ target: 'refused', actions: 'refuse' }
				]
			}
		},
		allocated: {
			meta: at('root-vid', 'root-kernel', ['S1'], { places: { memory: 'vid' }, estimate: true }),
			on: { 'hv.depositMemory': { target: 'deposited', actions: 'takeOverhead' } }
		},
		deposited: {
			meta: at('hv-partitions', 'hypervisor', ['S2g', 'S23', 'S42'], {
				places: { memory: 'hypervisor' },
				estimate: true
			}),
			on: { 'vm.run': { target: 'ready', actions: 'started' } }
		},
		refused: doneAt(
			at('root-vid', 'root-kernel', ['S1', 'S42'], {
				places: { memory: 'vid' },
				estimate: true
			}),
			'refused'
		),
		completed: doneAt(
			at('hw-memory', 'hardware', ['S42', 'S10'], {
				places: { memory: 'ram' },
				estimate: true
			})
		)
	}
});
