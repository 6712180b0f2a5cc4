import * as v from 'valibot';
import { defineMachine } from '../descriptor';
import { lifecycleMachine } from './lifecycle.machine';

const lifecycle = defineMachine({
	id: 'lifecycle',
	machine: lifecycleMachine,
	input: v.undefined(),
	description:
		'A VM started through WMI, VMMS, a worker process, VID and root-only hypercalls; running, paused, saved, off; up to 50 snapshots.',
	samples: [undefined],
	// Whether any snapshot, or any file waiting to merge, exists decides where the machine can go; how many only
	// counts (up to the limit).
	explore: {
		serializeState: (s) =>
			JSON.stringify([
				s.value,
				Math.min(Number(s.context.snapshots), 1),
				Math.min(Number(s.context.unmerged), 1)
			])
	}
});
export default lifecycle;

declare module '../descriptor' {
	interface MachineRegistry {
		lifecycle: typeof lifecycle;
	}
}
