import * as v from 'valibot';
import { defineMachine } from '../descriptor';
import { conversionJobs, diskJobs, vhdToolsMachine } from './vhdTools.machine';

const vhdTools = defineMachine({
	id: 'vhdTools',
	machine: vhdToolsMachine,
	input: v.strictObject({ job: v.picklist([...conversionJobs, ...diskJobs]) }),
	description:
		'How a VHD was made or changed outside a running VM in 2008: VMM 2008 P2V (online with VSS, offline in Windows PE) and V2V from VMware files, and the Edit Disk wizard and Mount through Hyper-V’s image management WMI class.',
	samples: [...conversionJobs, ...diskJobs].map((job) => ({ job }))
});
export default vhdTools;

declare module '../descriptor' {
	interface MachineRegistry {
		vhdTools: typeof vhdTools;
	}
}
