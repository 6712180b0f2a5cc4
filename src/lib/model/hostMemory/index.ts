import * as v from 'valibot';
import { defineMachine } from '../descriptor';
import { inputRanges, rootReserveMb, sizingRules } from '../sizing/memory';
import { hostMemoryMachine } from './hostMemory.machine';

const inRange = ({ min, max }: { min: number; max: number }) =>
	v.pipe(v.number(), v.minValue(min), v.maxValue(max));

const hostMemory = defineMachine({
	id: 'hostMemory',
	machine: hostMemoryMachine,
	input: v.pipe(
		v.strictObject({
			hostMb: inRange(inputRanges.hostMb),
			rule: v.picklist(sizingRules),
			rootReserveMb: v.optional(v.pipe(v.number(), v.minValue(0))),
			vms: v.pipe(v.array(inRange(inputRanges.vmMb)), v.maxLength(inputRanges.vmCount.max))
		}),
		v.check(
			(i) => (i.rootReserveMb ?? rootReserveMb(i.rule)) <= i.hostMb,
			"the root's reserve must fit in the host"
		)
	),
	description:
		"A host's memory filling up as VMs start one by one: the root's reserve, then each VM's RAM taken by VID and its overhead deposited with the hypervisor, by the 2008 article's formula or the planning rule; a start that does not fit is refused.",
	samples: [
		{ hostMb: 8192, rule: 'article2008', vms: [2048, 2048, 2048] },
		{ hostMb: 8192, rule: 'planning', vms: [2048, 2048, 2048] }
	]
});
export default hostMemory;

declare module '../descriptor' {
	interface MachineRegistry {
		hostMemory: typeof hostMemory;
	}
}
