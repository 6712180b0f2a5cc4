/**
 * The answers of questions that ask where a request goes: never written down in the lesson, always read from
 * the model, so a question cannot disagree with what the diagram shows. Worked out at build time, with the
 * lesson's frames (frames.ts): the quiz page gets them as data and runs no machine.
 */
import type { ComponentId } from '$lib/architecture/topology';
import { hopOf, type Hop } from '$lib/model/hop';
import { boxesOf, checkRun, ReplayError, sendAll, startRun } from '$lib/model/run';
import { firstRun, stepName, timelineOf } from './timeline';
import type { HopQuestion, LessonScript } from './types';

export interface HopPuzzle {
	/** Where the request is just before the event asked about: what the diagram shows while the learner decides. */
	shown?: Hop;
	/** The last boxes the request passed on its way there, for the diagram's trail. */
	trail: ComponentId[];
	/** Where the last event takes the request. */
	answer: ComponentId;
	/** The hop there, to show once the learner has answered. */
	answerHop: Hop;
}

/** A hop question as the learner sees it, with the answer the model gives. */
export function hopPuzzle(script: LessonScript, question: HopQuestion): HopPuzzle {
	const run = question.run ?? firstRun(script);
	const where = `Lesson ${script.id}, question ${question.id}`;
	checkRun(run, question.events, where);
	const { machine, snapshot } = startRun(run);
	const states = [snapshot, ...sendAll(machine, snapshot, question.events, where)];
	const shown = hopOf(states.at(-2)!);
	const answerHop = hopOf(states.at(-1)!);
	const answer = answerHop?.node;
	if (!answerHop || !answer) throw new ReplayError(`${where}: the last event leads to no hop`);
	if (answer === shown?.node) {
		throw new ReplayError(
			`${where}: the last event leaves the request at ${answer}; nothing to predict`
		);
	}
	const trail = boxesOf(states.slice(1, -1)).slice(-3);
	return { ...(shown ? { shown } : {}), trail, answer, answerHop };
}

/** The answer of every hop question of a lesson, by question id. */
export function hopPuzzlesOf(script: LessonScript): Record<string, HopPuzzle> {
	return Object.fromEntries(
		script.questions.flatMap((q) => (q.kind === 'hop' ? [[q.id, hopPuzzle(script, q)]] : []))
	);
}

/**
 * The box a predict step asks for: the hop the step arrives at. Checked for every predict step in the tests:
 * it exists and differs from where the previous step left the request.
 */
export function predictAnswer(script: LessonScript, stepIndex: number): ComponentId {
	const timeline = timelineOf(script);
	const step = script.steps[stepIndex];
	const where = stepName(script, stepIndex);
	if (!step?.predict || stepIndex === 0) throw new ReplayError(`${where} asks no prediction`);
	const answer = hopOf(timeline[stepIndex]!.snapshot)?.node;
	const before = hopOf(timeline[stepIndex - 1]!.snapshot)?.node;
	if (!answer) throw new ReplayError(`${where}: the step has no hop to predict`);
	if (answer === before || step.run) {
		throw new ReplayError(`${where}: the request does not move from the previous step`);
	}
	return answer;
}
