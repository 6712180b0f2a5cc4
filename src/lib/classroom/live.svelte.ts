/**
 * What the pages need to know of a classroom, without its connection code: the question the room is asked, this
 * learner's answer, the trainer's tally. The connection (connection.svelte.ts, loaded only in a classroom) fills
 * it in; a lesson reads it to let a learner answer on their own diagram and to light the trainer's boxes by share.
 * Outside a classroom it stays empty and nothing changes.
 */
import type { QuestionRef } from './protocol.js';

export type RoomQuestion = {
	seq: number;
	ref: QuestionRef;
	options: string[];
	revealed: boolean;
	correct?: string;
	counts?: Record<string, number>;
};
export type Tally = { seq: number; answered: number; counts: Record<string, number> };
/** A question the page on screen could put to the room: the trainer's "Ask the room" sends it. */
export type Askable = { ref: QuestionRef; options: string[]; correct: string };

class Live {
	role = $state<'trainer' | 'learner'>();
	question = $state<RoomQuestion | null>(null);
	/** The learner's own answer to the open question. */
	answer = $state<string | null>(null);
	/** The trainer's view of the answers so far. */
	tally = $state<Tally | null>(null);
	/** What the trainer's page could ask now. */
	askable = $state<Askable>();
	/** Whether the projector shows the join screen (the trainer's switch; shared with the audience window). */
	joinScreen = $state<{ code: string; url: string } | null>(null);
	/** Sends a learner's answer (set by the connection). */
	send: ((choice: string) => void) | undefined;

	/** The room's prediction question for this lesson step, if one is open or just revealed. */
	predictFor(lesson: string, step: number): RoomQuestion | undefined {
		const q = this.question;
		return q && q.ref.kind === 'predict' && q.ref.lesson === lesson && q.ref.step === step
			? q
			: undefined;
	}

	/** For the trainer: each option's share of the answers to the open question (0 to 1). */
	get shares(): Record<string, number> | undefined {
		if (this.role !== 'trainer' || !this.tally || this.tally.seq !== this.question?.seq) return;
		const { answered, counts } = this.tally;
		if (answered === 0) return;
		return Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, n / answered]));
	}
}

export const live = new Live();

/** Where a learner's classroom is kept for this tab: a reload rejoins it. */
export const LEARNER_KEY = 'enlighten:classroom';
/** Where a trainer's room (code and key) is kept for this tab: a reload takes it back. */
export const TRAINER_KEY = 'enlighten:classroom-trainer';

export function learnerStored(): boolean {
	try {
		return sessionStorage.getItem(LEARNER_KEY) !== null;
	} catch {
		return false;
	}
}

/**
 * Whether this site is served by the classroom server (npm run classroom), not by a static host alone, and the
 * address learners join at (the server knows its address on the local network; the trainer's browser may know
 * it only as localhost).
 */
export async function classroomServer(base: string): Promise<{ join: string } | undefined> {
	try {
		const response = await fetch(`${base}/classroom.json`, { cache: 'no-store' });
		if (!response.ok) return undefined;
		const body = await response.json();
		if (body?.classroom !== 1) return undefined;
		const join =
			typeof body.join === 'string' && /^https?:\/\//.test(body.join) ? body.join : undefined;
		return { join: join ?? `${location.origin}${base}/join/` };
	} catch {
		return undefined;
	}
}
