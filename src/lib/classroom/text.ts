/** The sentences a classroom shows for a server's refusal and for a question, in the reader's language. */
import { m } from '$lib/paraglide/messages';
import type { ErrorCode, QuestionRef } from './protocol.js';

export function errorMessage(error: ErrorCode | string | undefined): string {
	switch (error) {
		case 'unknown-room':
			return m.classroom_error_unknown_room();
		case 'room-full':
			return m.classroom_error_room_full();
		case 'too-many-rooms':
			return m.classroom_error_too_many_rooms();
		case 'closed':
		case undefined:
			return m.classroom_error_offline();
		default:
			return m.classroom_error_other({ error });
	}
}

/** One question's result as the trainer and the learners see it: "Question 2: 75 % right of 4 answers". */
export function resultLine(result: { ref: QuestionRef; right: number; answered: number }): string {
	return m.classroom_result({
		question: questionName(result.ref),
		right: result.answered ? Math.round((100 * result.right) / result.answered) : 0,
		answered: result.answered
	});
}

export function questionName(ref: QuestionRef): string {
	return ref.kind === 'predict'
		? m.classroom_question_predict({ step: ref.step })
		: m.classroom_question_choice({ index: ref.index + 1 });
}
