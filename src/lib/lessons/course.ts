/**
 * The course as a newcomer meets it on the home page: sequences numbered in the order of `sequenceIds`, lessons
 * numbered within them in their scripts' `order` ("2.3"), minutes per lesson, per sequence and in all, and where
 * a learner stands. All of it derived from the lesson scripts and the saved progress; no list kept by hand.
 */
import { sequenceIds, type SequenceId } from './types';

/** What the outline needs of a lesson; the home page's prerendered lesson data fits. */
export interface CourseLesson {
	id: string;
	sequence: SequenceId;
	minutes: number;
	/** Step ids, in order. */
	steps: readonly string[];
}

export interface NumberedLesson<L extends CourseLesson> {
	lesson: L;
	/** "2.3": the third lesson of the second sequence. */
	number: string;
}

export interface NumberedSequence<L extends CourseLesson> {
	id: SequenceId;
	number: number;
	minutes: number;
	lessons: NumberedLesson<L>[];
}

export interface Outline<L extends CourseLesson> {
	sequences: NumberedSequence<L>[];
	/** Every lesson in course order. */
	lessons: NumberedLesson<L>[];
	minutes: number;
	steps: number;
}

/** The lessons grouped and numbered; `lessons` must already be in course order (the catalog sorts them). */
export function outlineOf<L extends CourseLesson>(lessons: readonly L[]): Outline<L> {
	const sequences = sequenceIds
		.map((id) => lessons.filter((l) => l.sequence === id))
		.filter((group) => group.length > 0)
		.map((group, i) => ({
			id: group[0]!.sequence,
			number: i + 1,
			minutes: group.reduce((sum, l) => sum + l.minutes, 0),
			lessons: group.map((lesson, j) => ({ lesson, number: `${i + 1}.${j + 1}` }))
		}));
	const numbered = sequences.flatMap((s) => s.lessons);
	return {
		sequences,
		lessons: numbered,
		minutes: numbered.reduce((sum, n) => sum + n.lesson.minutes, 0),
		steps: numbered.reduce((sum, n) => sum + n.lesson.steps.length, 0)
	};
}

/** Hours and minutes of a duration, for "2 h 50 min". */
export const hoursOf = (minutes: number) => ({
	hours: Math.floor(minutes / 60),
	minutes: minutes % 60
});

/** Where a learner stands: steps seen in all, lessons with every step seen, and the step to go on with. */
export interface Standing<L extends CourseLesson> {
	seen: number;
	done: number;
	/** The first lesson (in course order) not yet seen to the end, and its first unseen step (1-based). */
	next?: { lesson: NumberedLesson<L>; step: number };
	/** Whether anything has been seen at all: "Continue" rather than "Start here". */
	started: boolean;
}

export function standingOf<L extends CourseLesson>(
	outline: Outline<L>,
	seenOf: (lessonId: string) => readonly string[]
): Standing<L> {
	let seen = 0;
	let done = 0;
	let next: Standing<L>['next'];
	for (const numbered of outline.lessons) {
		const mine = seenOf(numbered.lesson.id);
		const count = numbered.lesson.steps.filter((s) => mine.includes(s)).length;
		seen += count;
		if (count === numbered.lesson.steps.length) done++;
		else if (!next) {
			const first = numbered.lesson.steps.findIndex((s) => !mine.includes(s));
			next = { lesson: numbered, step: first + 1 };
		}
	}
	return { seen, done, next, started: seen > 0 };
}
