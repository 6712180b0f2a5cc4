import type { SourceKey } from '$lib/architecture/sources';
import type { MachineId } from '$lib/model/machine-ids';
import type { MachineInputs } from '$lib/model/machines';

/** One step of a lesson: what to send to the machine, and what the step rests on. Words live per locale. */
export interface LessonStep {
	/** Stable id; narration is keyed by it, so steps can be reordered without touching translations. */
	id: string;
	/** Event types sent to the machine, in order, to reach this step from the previous one. */
	events: string[];
	/** Where the step's claims come from. */
	sources: SourceKey[];
}

/** A lesson's structure: which machine it runs, with what input, in which steps. */
export interface LessonScript<M extends MachineId = MachineId> {
	id: string;
	/** Position on the home page. */
	order: number;
	machine: M;
	input: MachineInputs[M];
	/** Planned duration in minutes, for the home page and (later) presenter pacing. */
	minutes: number;
	steps: LessonStep[];
}

export interface StepNarration {
	title: string;
	/** At most two or three short sentences; plain text, never HTML. */
	text: string;
	/** Where the 2008 overview got this wrong, said plainly. */
	correction?: string;
}

/** A lesson's words in one locale. */
export interface LessonNarration {
	title: string;
	summary: string;
	objectives: string[];
	steps: Record<string, StepNarration>;
}
