/**
 * One hypercall, from the caller's kernel into the hypervisor and back (facts §6.2–6.5, TLFS S2a, S3 §4.7):
 * the input value in RCX, the call through the hypercall page (VMCALL on Intel, VMMCALL on AMD: a VM exit),
 * dispatch on the call code, the input, privilege and alignment checks, execution, and the result value.
 * The TLFS names each check's status code but not the order the hypervisor makes them in; the order here
 * (input, privilege, alignment) is the model's choice, so those hops are marked as estimates. A rep call that runs out of its time budget returns with the rep start index advanced and the
 * instruction pointer not, so the caller's next execution of the same instruction continues the list.
 */
import { assign, setup } from 'xstate';
import { at, type HopMeta } from '../hop';
import { doneAt } from '../legs';
import { callCode, statusCodes, type PrivilegeName, type StatusName } from './codes';
import type { InputValue } from './input-value';

export interface HypercallInput {
	/** Who calls: the root, or a child through its WinHv/LinuxHv. */
	caller: 'root' | 'child';
	/** The caller's partition privileges; the root holds them all. */
	privileges: readonly PrivilegeName[];
	call: InputValue;
	/** Reserved bits the caller set in the input value (they must be zero). */
	reservedBits?: boolean;
	/** Whether the input and output blocks are 8-byte aligned and within one page (memory-based calls). */
	aligned?: boolean;
	/**
	 * How many reps fit in one call's time budget (the hypervisor aims for at most about 50 µs a call). The
	 * real number depends on the call and the machine; the model takes it as input.
	 */
	repsPerCall?: number;
}

export interface HypercallContext {
	caller: HypercallInput['caller'];
	privileges: readonly PrivilegeName[];
	call: InputValue;
	reservedBits: boolean;
	aligned: boolean;
	repsPerCall: number;
	/** The outcome, once there is one. */
	status?: StatusName;
	/** Reps done so far, over every continuation (the result value's bits 43:32). */
	repsCompleted: number;
	/** Times the caller executed the call instruction: one, plus one per continuation. */
	hypercalls: number;
	/** Exits from a child into the hypervisor (a root's call is an exit of the root, counted apart). */
	vmExits: number;
}

export type HypercallEvent = {
	type:
		| 'hypercall.issue'
		| 'hv.dispatch'
		| 'hv.validate'
		| 'hv.authorize'
		| 'hv.checkAlignment'
		| 'hv.execute'
		| 'hv.return'
		| 'hypercall.reissue';
};

const definition = (context: HypercallContext) => callCode(context.call.callCode);
const remaining = (context: HypercallContext) => context.call.repCount - context.call.repStartIndex;

/** Where a call starts and ends, in the root or in a child: the same three states, at the caller's WinHv. */
function callerStates(prepare: HopMeta, back: HopMeta) {
	return {
		initial: 'prepare',
		states: {
			prepare: {
				meta: prepare,
				on: { 'hypercall.issue': '#hypercall.hypervisor' }
			},
			returned: doneAt(back),
			continued: {
				meta: back,
				on: { 'hypercall.reissue': '#hypercall.hypervisor' }
			}
		}
	};
}

/**
 * A check the hypervisor makes of the call before it runs it: passed, the call goes on to `next`; failed, it is
 * rejected with the status the TLFS names for that failure.
 */
const check = <G extends string>(guard: G, next: string, status: StatusName) => [
	{ guard, target: next },
	{ target: 'rejected', actions: { type: 'fail' as const, params: { status } } }
];

/** The caller's state a call goes back to: in the root or in the child, whichever made it. */
const backToCaller = (state: 'returned' | 'continued') => [
	{ guard: 'callerIsRoot' as const, target: `#hypercall.root.${state}` },
	{ target: `#hypercall.child.${state}` }
];

export const hypercallMachine = setup({
	types: {
		context: {} as HypercallContext,
		events: {} as HypercallEvent,
		input: {} as HypercallInput,
		meta: {} as HopMeta,
		tags: {} as 'completed'
	},
	actions: {
		countCall: assign({
			hypercalls: ({ context }) => context.hypercalls + 1,
			vmExits: ({ context }) => context.vmExits + (context.caller === 'child' ? 1 : 0)
		}),
		fail: assign({ status: (_, params: { status: StatusName }) => params.status }),
		succeed: assign({ status: 'SUCCESS' as const }),
		// Do as many reps as the time budget allows; the rest waits for the caller to call again.
		runReps: assign(({ context }) => {
			const done = Math.min(context.repsPerCall, remaining(context));
			return {
				repsCompleted: context.repsCompleted + done,
				call: { ...context.call, repStartIndex: context.call.repStartIndex + done }
			};
		})
	},
	guards: {
		callerIsRoot: ({ context }) => context.caller === 'root',
		knownCode: ({ context }) => definition(context) !== undefined,
		validInput: ({ context }) => {
			const def = definition(context);
			if (!def || context.reservedBits) return false;
			if (def.kind === 'simple')
				return context.call.repCount === 0 && context.call.repStartIndex === 0;
			return context.call.repCount > 0 && context.call.repStartIndex < context.call.repCount;
		},
		privileged: ({ context }) => {
			const needed = definition(context)?.privilege;
			return !needed || context.privileges.includes(needed);
		},
		// Fast calls pass their parameters in registers: there is no memory block to be misaligned.
		alignedOrFast: ({ context }) => context.call.fast || context.aligned,
		isRep: ({ context }) => definition(context)?.kind === 'rep',
		repsLeft: ({ context }) => remaining(context) > 0
	}
}).createMachine({
	id: 'hypercall',
	context: ({ input }) => ({
		caller: input.caller,
		privileges: input.privileges,
		call: input.call,
		reservedBits: input.reservedBits ?? false,
		aligned: input.aligned ?? true,
		repsPerCall: Math.max(1, input.repsPerCall ?? Number.POSITIVE_INFINITY),
		repsCompleted: 0,
		hypercalls: 0,
		vmExits: 0
	}),
	initial: 'start',
	states: {
		start: {
			always: [{ guard: 'callerIsRoot', target: 'root' }, { target: 'child' }]
		},
		root: {
			...callerStates(
				at('root-winhv', 'root-kernel', ['S1', 'S2a']),
				at('root-winhv', 'root-kernel', ['S2a'])
			)
		},
		child: {
			...callerStates(
				at('win-winhv', 'guest-kernel', ['S1', 'S2a']),
				at('win-winhv', 'guest-kernel', ['S2a'])
			)
		},
		hypervisor: {
			initial: 'exit',
			states: {
				exit: {
					entry: 'countCall',
					meta: at('hv-hypercalls', 'hypervisor', ['S2a']),
					on: { 'hv.dispatch': check('knownCode', 'validate', 'INVALID_HYPERCALL_CODE') }
				},
				validate: {
					meta: at('hv-hypercalls', 'hypervisor', ['S2a', 'S3'], { estimate: true }),
					on: { 'hv.validate': check('validInput', 'authorize', 'INVALID_HYPERCALL_INPUT') }
				},
				authorize: {
					meta: at('hv-partitions', 'hypervisor', ['S3', 'S2e'], { estimate: true }),
					on: { 'hv.authorize': check('privileged', 'checkAlignment', 'ACCESS_DENIED') }
				},
				checkAlignment: {
					meta: at('hv-hypercalls', 'hypervisor', ['S2a'], { estimate: true }),
					on: { 'hv.checkAlignment': check('alignedOrFast', 'execute', 'INVALID_ALIGNMENT') }
				},
				execute: {
					meta: at('hv-hypercalls', 'hypervisor', ['S2a', 'S3']),
					on: {
						'hv.execute': [
							{ guard: 'isRep', target: 'reps', actions: 'runReps' },
							{ target: 'done', actions: 'succeed' }
						]
					}
				},
				reps: {
					meta: at('hv-hypercalls', 'hypervisor', ['S2a']),
					always: [
						{ guard: 'repsLeft', target: 'timeBudgetSpent' },
						{ target: 'done', actions: 'succeed' }
					]
				},
				timeBudgetSpent: {
					meta: at('hv-hypercalls', 'hypervisor', ['S2a']),
					on: { 'hv.return': backToCaller('continued') }
				},
				rejected: {
					meta: at('hv-hypercalls', 'hypervisor', ['S2a', 'S3']),
					on: { 'hv.return': backToCaller('returned') }
				},
				done: {
					meta: at('hv-hypercalls', 'hypervisor', ['S2a']),
					on: { 'hv.return': backToCaller('returned') }
				}
			}
		}
	}
});

/** The status code a finished call returns in RAX bits 15:0. */
export const statusValue = (status: StatusName) => statusCodes[status];
