/** What a box is called to assistive technology, the same on the drawing and on the live diagram. */
import type { ArchitectureText } from '$lib/architecture/content';
import { getComponent, type ComponentId } from '$lib/architecture/topology';

/** "VID, Root partition, Kernel mode"; in the hypervisor and hardware rows the place says it all. */
export function boxName(text: ArchitectureText, id: ComponentId): string {
	const component = getComponent(id);
	const { label } = text.components[id];
	const partition = text.partitions[component.partition];
	return component.partition === component.mode
		? `${label}, ${partition}`
		: `${label}, ${partition}, ${text.modes[component.mode]}`;
}
