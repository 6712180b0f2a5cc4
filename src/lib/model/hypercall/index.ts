import * as v from 'valibot';
import { defineMachine } from '../descriptor';
import { privilegeNames } from './codes';
import { hypercallMachine } from './hypercall.machine';

const whole = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max));

const hypercall = defineMachine({
	id: 'hypercall',
	machine: hypercallMachine,
	input: v.strictObject({
		caller: v.picklist(['root', 'child']),
		privileges: v.array(v.picklist(privilegeNames)),
		call: v.strictObject({
			callCode: whole(0xffff),
			fast: v.boolean(),
			repCount: whole(0xfff),
			repStartIndex: whole(0xfff)
		}),
		reservedBits: v.optional(v.boolean()),
		aligned: v.optional(v.boolean()),
		repsPerCall: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)))
	}),
	description:
		'One hypercall: input value, call through the hypercall page, dispatch, input, privilege and alignment checks, execution with rep continuation, status.',
	samples: [
		{
			caller: 'child',
			privileges: ['SignalEvents'],
			call: { callCode: 0x5d, fast: true, repCount: 0, repStartIndex: 0 }
		},
		{
			caller: 'root',
			privileges: ['CreatePartitions'],
			call: { callCode: 0x51, fast: false, repCount: 25, repStartIndex: 0 },
			repsPerCall: 20
		}
	]
});
export default hypercall;

declare module '../descriptor' {
	interface MachineRegistry {
		hypercall: typeof hypercall;
	}
}
