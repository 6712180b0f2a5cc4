import * as v from 'valibot';
import { defineMachine } from '../descriptor';
import { diskReadMachine } from './diskRead.machine';

const diskRead = defineMachine({
	id: 'diskRead',
	machine: diskReadMachine,
	input: v.strictObject({
		guest: v.picklist(['enlightened', 'unenlightened']),
		controller: v.optional(v.picklist(['ide', 'scsi']))
	}),
	description:
		'One 4 KB disk read by an enlightened (VMBus) or unenlightened (emulated IDE) guest.',
	samples: [
		{ guest: 'enlightened' },
		{ guest: 'unenlightened' },
		{ guest: 'enlightened', controller: 'ide' },
		{ guest: 'unenlightened', controller: 'scsi' }
	]
});
export default diskRead;

declare module '../descriptor' {
	interface MachineRegistry {
		diskRead: typeof diskRead;
	}
}
