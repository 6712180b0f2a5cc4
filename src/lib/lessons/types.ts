/**
 * The lesson types, read off the schemas that check lesson content (schema.ts), so the two cannot disagree.
 * Where the schema can only say "a string" (an event) or "anything" (an input), the type says more: which
 * machines' events and inputs, so a misspelt event in a built-in script fails `npm run check`.
 */
import type * as v from 'valibot';
import type { EventOf, MachineId } from '$lib/model/descriptor';
import type { MachineInputs } from '$lib/model/machines';
import type { MachineRun } from '$lib/model/run';
import { sequenceIds } from '../../content/sequences/order';
import type {
	choiceQuestionSchema,
	hopQuestionSchema,
	narrationSchema,
	questionTextSchema,
	scriptSchema,
	stepNarrationSchema,
	stepSchema
} from './schema';

/** The groups lessons are listed in on the home page, in this order: content, in src/content/sequences/. */
export { sequenceIds };
export type SequenceId = (typeof sequenceIds)[number];

export const lessonTools = ['memoryCalculator'] as const;
export type LessonTool = (typeof lessonTools)[number];

/** Two runs a step compares: `a` is the baseline the ratio divides by. */
export interface StepCompare<M extends MachineId = MachineId> {
	a: MachineRun<M>;
	b: MachineRun<M>;
}

/** What a step or a question sends: events of the machines `M` the lesson plays. */
interface Played<M extends MachineId> {
	run?: MachineRun<M>;
	events: readonly EventOf<M>[];
	/** Two runs side by side, `a` the baseline of the ratio (see stepSchema.compare). */
	compare?: StepCompare<M>;
}

/** One step of a lesson (see stepSchema): its events are those of the machines the lesson plays. */
export type LessonStep<M extends MachineId = MachineId> = Omit<
	v.InferOutput<typeof stepSchema>,
	keyof Played<M>
> &
	Played<M>;

export type ChoiceQuestion = v.InferOutput<typeof choiceQuestionSchema>;

export type HopQuestion<M extends MachineId = MachineId> = Omit<
	v.InferOutput<typeof hopQuestionSchema>,
	keyof Played<M>
> &
	Played<M>;

export type Question<M extends MachineId = MachineId> = ChoiceQuestion | HopQuestion<M>;

/**
 * A lesson's structure (see scriptSchema): it starts on machine `M`; `Also` names the other machines its
 * steps' `run`s switch to, so that every event is typed against the machines the lesson plays.
 */
export type LessonScript<M extends MachineId = MachineId, Also extends MachineId = never> = Omit<
	v.InferOutput<typeof scriptSchema>,
	'machine' | 'input' | 'steps' | 'questions'
> & {
	machine: M;
	input: MachineInputs[M];
	steps: LessonStep<M | Also>[];
	questions: Question<M | Also>[];
};

/** A step's words in one locale; a trainer's own lesson file may leave out the speaker notes. */
export type StepNarration = Omit<v.InferOutput<typeof stepNarrationSchema>, 'notes'> & {
	notes?: string;
};

export type QuestionText = v.InferOutput<typeof questionTextSchema>;

/** A lesson's words in one locale. */
export type LessonNarration = Omit<v.InferOutput<typeof narrationSchema>, 'steps'> & {
	steps: Record<string, StepNarration>;
};
