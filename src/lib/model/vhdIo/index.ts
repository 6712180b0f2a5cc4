import * as v from 'valibot';
import { defineMachine } from '../descriptor';
import { vhdIoMachine } from './vhdIo.machine';

const vhdIo = defineMachine({
	id: 'vhdIo',
	machine: vhdIoMachine,
	input: v.strictObject({
		disk: v.picklist(['fixed', 'dynamic', 'differencing', 'passThrough']),
		op: v.picklist(['read', 'write']),
		blockAllocated: v.optional(v.boolean()),
		sectorInChild: v.optional(v.boolean())
	}),
	description:
		'One disk access served from a fixed, dynamic or differencing VHD (BAT lookup, block allocation, parent fall-through) or a pass-through disk.',
	samples: (['fixed', 'dynamic', 'differencing', 'passThrough'] as const).flatMap((disk) => [
		{ disk, op: 'read' as const, blockAllocated: false, sectorInChild: false },
		{ disk, op: 'write' as const, blockAllocated: false }
	])
});
export default vhdIo;

declare module '../descriptor' {
	interface MachineRegistry {
		vhdIo: typeof vhdIo;
	}
}
