import type { SourceKey } from '$lib/architecture/sources';
import type { MachineId } from '$lib/model/machine-ids';
import type { MachineInputs } from '$lib/model/machines';
import type { MachineRun } from '$lib/model/run';
import type { SceneId } from '$lib/scenes/ids';

/** The groups lessons are listed in on the home page, in this order. */
export const sequenceIds = [
	'foundations',
	'io',
	'inside',
	'guests',
	'storage',
	'operations'
] as const;
export type SequenceId = (typeof sequenceIds)[number];

/** One step of a lesson: what to send to the machine, and what the step rests on. Words live per locale. */
export interface LessonStep {
	/** Stable id; narration is keyed by it, so steps can be reordered without touching translations. */
	id: string;
	/**
	 * Start a fresh run before this step's events: another machine, or the same one with another input (the
	 * same read without the enlightenment, say). Steps after it continue that run.
	 */
	run?: MachineRun;
	/** Event types sent to the machine, in order, to reach this step from the previous one. */
	events: string[];
	/** Where the step's claims come from. */
	sources: SourceKey[];
	/**
	 * Ask the learner, before this step is shown, which box the request goes to next. The answer is this
	 * step's hop, read from the machine, so it cannot drift from what the diagram then shows.
	 */
	predict?: boolean;
	/**
	 * The picture this step is told on: the architecture figure, two cluster nodes, a virtual disk's files (see
	 * src/lib/scenes). Steps after it keep it until one names another; a lesson starts on the architecture.
	 */
	scene?: SceneId;
	/**
	 * Show two runs side by side on the architecture figure, played in lockstep to their ends, with both sets
	 * of counters and the ratio of b to a (explore's comparison, see $lib/explore/compare). Each side is named
	 * in the narration (`StepNarration.compare`).
	 */
	compare?: StepCompare;
}

/** Two runs a step compares: `a` is the baseline the ratio divides by. */
export interface StepCompare {
	a: MachineRun;
	b: MachineRun;
}

/** A multiple-choice question; the options' words live per locale under the same ids. */
export interface ChoiceQuestion {
	id: string;
	kind: 'choice';
	options: string[];
	answer: string;
	sources: SourceKey[];
}

/**
 * "Where does the request go next?", answered by clicking a box on the live diagram. The diagram shows the
 * run after every event but the last; the answer is where the last event takes the request, per the model.
 */
export interface HopQuestion {
	id: string;
	kind: 'hop';
	/** The run to ask about; the lesson's own machine and input when left out. */
	run?: MachineRun;
	events: string[];
	sources: SourceKey[];
}

export type Question = ChoiceQuestion | HopQuestion;

/** A lesson's structure: which machine it runs, with what input, in which steps. */
export interface LessonScript<M extends MachineId = MachineId> {
	id: string;
	/** The home-page group it belongs to. */
	sequence: SequenceId;
	/** Position on the home page. */
	order: number;
	machine: M;
	input: MachineInputs[M];
	/** Planned duration in minutes, for the home page and presenter pacing. */
	minutes: number;
	steps: LessonStep[];
	/** The knowledge check at the end: 5 to 8 questions. */
	questions: Question[];
	/** An interactive tool shown beside the lesson, for the learner to try numbers of their own. */
	tool?: LessonTool;
}

export const lessonTools = ['memoryCalculator'] as const;
export type LessonTool = (typeof lessonTools)[number];

export interface StepNarration {
	title: string;
	/** At most two short sentences; plain text, never HTML. */
	text: string;
	/** Where the 2008 article got this wrong, said plainly. */
	correction?: string;
	/**
	 * Speaker notes, for the trainer's eyes only: what to point at, what to ask, a likely misconception or a
	 * timing hint. Every built-in step has them, in every locale (the schema insists); a trainer's own lesson
	 * file may leave them out. One to three short sentences.
	 */
	notes?: string;
	/** On a step that compares two runs: a short name for each side (`Synthetic (VMBus)`). */
	compare?: { a: string; b: string };
}

export interface QuestionText {
	prompt: string;
	/** Words for each option id of a choice question. */
	options?: Record<string, string>;
	/** Shown after answering, right or wrong: why the answer is what it is. */
	explanation: string;
}

/** A lesson's words in one locale. */
export interface LessonNarration {
	title: string;
	summary: string;
	objectives: string[];
	steps: Record<string, StepNarration>;
	questions: Record<string, QuestionText>;
}
