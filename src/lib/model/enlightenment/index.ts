import * as v from 'valibot';
import { defineMachine } from '../descriptor';
import { enlightenmentKinds, enlightenmentMachine } from './enlightenment.machine';

const enlightenment = defineMachine({
	id: 'enlightenment',
	machine: enlightenmentMachine,
	input: v.strictObject({
		kind: v.picklist(enlightenmentKinds),
		enlightened: v.boolean(),
		vcpus: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4)))
	}),
	description:
		'One guest operation with and without its enlightenment: remote TLB flush, long spin wait, APIC end of interrupt, relaxed timing.',
	samples: enlightenmentKinds.flatMap((kind) => [
		{ kind, enlightened: true },
		{ kind, enlightened: false }
	])
});
export default enlightenment;

declare module '../descriptor' {
	interface MachineRegistry {
		enlightenment: typeof enlightenment;
	}
}
