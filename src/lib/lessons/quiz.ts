/**
 * The answers of questions that ask where a request goes: never written down in the lesson, always read from
 * the model, so a question cannot disagree with what the diagram shows.
 */
import { initialTransition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import type { ComponentId } from '$lib/architecture/topology';
import { hopOf, type Hop } from '$lib/model/hop';
import { machines } from '$lib/model/machines';
import { checkRun, firstRun, LessonReplayError, replay, timelineOf } from './timeline';
import type { HopQuestion, LessonScript } from './types';

export interface HopPuzzle {
	/** The run just before the event asked about: what the diagram shows while the learner decides. */
	snapshot: AnyMachineSnapshot;
	/** The boxes the request passed on its way there, for the diagram's trail. */
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
	const machine: AnyStateMachine = machines[run.machine];
	const [start] = initialTransition(machine, run.input);
	const trail: ComponentId[] = [];
	const shown = replay(
		machine,
		start,
		question.events.slice(0, -1),
		(type) => `${where}: the machine does not accept "${type}"`,
		(s) => {
			const node = hopOf(s)?.node;
			if (node) trail.push(node);
		}
	);
	const after = replay(machine, shown, question.events.slice(-1), (type) => {
		return `${where}: the machine does not accept "${type}"`;
	});
	const before = hopOf(shown)?.node;
	const answerHop = hopOf(after);
	const answer = answerHop?.node;
	if (!answerHop || !answer)
		throw new LessonReplayError(`${where}: the last event leads to no hop`);
	if (answer === before) {
		throw new LessonReplayError(
			`${where}: the last event leaves the request at ${answer}; nothing to predict`
		);
	}
	return { snapshot: shown, trail: trail.slice(-3), answer, answerHop };
}

/**
 * The box a predict step asks for: the hop the step arrives at. Checked for every predict step in the tests:
 * it exists and differs from where the previous step left the request.
 */
export function predictAnswer(script: LessonScript, stepIndex: number): ComponentId {
	const timeline = timelineOf(script);
	const step = script.steps[stepIndex];
	const where = `Lesson ${script.id}, step ${stepIndex + 1} (${step?.id})`;
	if (!step?.predict || stepIndex === 0) throw new LessonReplayError(`${where} asks no prediction`);
	const answer = hopOf(timeline[stepIndex]!.snapshot)?.node;
	const before = hopOf(timeline[stepIndex - 1]!.snapshot)?.node;
	if (!answer) throw new LessonReplayError(`${where}: the step has no hop to predict`);
	if (answer === before || step.run) {
		throw new LessonReplayError(`${where}: the request does not move from the previous step`);
	}
	return answer;
}

/**
 * The order a choice question shows its options in: shuffled, so the right answer is not wherever an author
 * happened to write it (usually first), but stable per question, so a class and its trainer see the same order.
 */
export function displayOrder(options: readonly string[], questionId: string): string[] {
	// FNV-1a of the id seeds a small linear congruential generator for a Fisher-Yates shuffle.
	let seed = 0x811c9dc5;
	for (const char of questionId) seed = Math.imul(seed ^ char.charCodeAt(0), 0x01000193) >>> 0;
	const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
	const order = [...options];
	for (let i = order.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	return order;
}
