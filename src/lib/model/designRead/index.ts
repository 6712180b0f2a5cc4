import * as v from 'valibot';
import { defineMachine } from '../descriptor';
import { designReadMachine } from './designRead.machine';
import { designs } from './designs';

const designRead = defineMachine({
	id: 'designRead',
	machine: designReadMachine,
	input: v.strictObject({ design: v.picklist(designs) }),
	description:
		'The same disk read in three hypervisor designs: classic VMware ESX (the driver in the hypervisor), Xen (blkfront to blkback in dom0) and Hyper-V (VSC to VSP in the root over VMBus), with the protection boundaries it crosses.',
	samples: designs.map((design) => ({ design }))
});
export default designRead;

declare module '../descriptor' {
	interface MachineRegistry {
		designRead: typeof designRead;
	}
}
