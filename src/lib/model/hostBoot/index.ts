import * as v from 'valibot';
import { defineMachine } from '../descriptor';
import { hostBootMachine } from './hostBoot.machine';

const hostBoot = defineMachine({
	id: 'hostBoot',
	machine: hostBootMachine,
	input: v.strictObject({
		vt: v.optional(v.boolean()),
		dep: v.optional(v.boolean()),
		x64: v.optional(v.boolean())
	}),
	description:
		'A host starts Hyper-V: x64, VT and DEP checked where they are needed, hvboot.sys launches the hypervisor, the running Windows becomes the root partition and VMMS starts.',
	samples: [{}, { x64: false }, { vt: false }, { dep: false }, { vt: false, dep: false }]
});
export default hostBoot;

declare module '../descriptor' {
	interface MachineRegistry {
		hostBoot: typeof hostBoot;
	}
}
