/**
 * The words of the architecture per locale: labels and one-paragraph descriptions. A locale file must describe
 * every component and partition, so a missing translation is a type error, not a blank box.
 */
import type { ComponentId, PartitionId, Mode } from './topology';

export interface ComponentText {
	/** The label in the box: short, as in Microsoft's figure where the figure has the box. */
	label: string;
	/** One paragraph for the details panel: what it is, where it runs, what it does on our paths. */
	description: string;
}

export interface ArchitectureText {
	partitions: Record<PartitionId, string>;
	modes: Record<Mode, string>;
	components: Record<ComponentId, ComponentText>;
	/**
	 * What a machine event does where the request stays in its box and the hop names no act of its own (the
	 * worker's `op.start`): a few words beside the box, so a learner never reads an event's code name. Keyed by
	 * event type; the motion test checks every built-in lesson's in-place events have words in every locale.
	 */
	events: Record<string, string>;
}
