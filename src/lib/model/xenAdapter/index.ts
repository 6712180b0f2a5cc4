import * as v from 'valibot';
import { defineMachine } from '../descriptor';
import { xenAdapterMachine } from './xenAdapter.machine';

const xenAdapter = defineMachine({
	id: 'xenAdapter',
	machine: xenAdapterMachine,
	input: v.undefined(),
	description:
		"A Xen-enabled SLES 10 kernel's paravirtual call, translated inside the guest into a Hyper-V hypercall.",
	samples: [undefined]
});
export default xenAdapter;

declare module '../descriptor' {
	interface MachineRegistry {
		xenAdapter: typeof xenAdapter;
	}
}
