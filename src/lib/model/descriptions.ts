/**
 * What every state of every machine stands for, read from the machine folders (`model/<id>/descriptions.ts`,
 * keyed by state path). Only explore's statechart shows these, and it is loaded when opened: importing this
 * module anywhere on a page's first paint would put every description back into that page's JavaScript.
 */
import type { MachineId } from './descriptor';
import type { StateDescriptions } from './leg-descriptions';

export type { StateDescriptions } from './leg-descriptions';

const modules = import.meta.glob<{ default: StateDescriptions }>('./*/descriptions.ts', {
	eager: true
});

/** Each machine's state descriptions, by machine id (its folder's name). */
export const stateDescriptions = Object.fromEntries(
	Object.entries(modules).map(([path, module]) => [path.split('/').at(-2) ?? '', module.default])
) as Record<MachineId, StateDescriptions>;
