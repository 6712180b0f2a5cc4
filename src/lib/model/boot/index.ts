import * as v from 'valibot';
import { defineMachine } from '../descriptor';
import { bootMachine } from './boot.machine';

const boot = defineMachine({
	id: 'boot',
	machine: bootMachine,
	input: v.strictObject({
		guest: v.picklist(['enlightened', 'unenlightened']),
		ics: v.optional(v.boolean())
	}),
	description:
		'A child boots from emulated IDE; an enlightened kernel discovers Hyper-V, enables hypercalls and, with integration components, switches to VMBus devices.',
	samples: [
		{ guest: 'enlightened', ics: true },
		{ guest: 'enlightened', ics: false },
		{ guest: 'unenlightened' }
	]
});
export default boot;

declare module '../descriptor' {
	interface MachineRegistry {
		boot: typeof boot;
	}
}
