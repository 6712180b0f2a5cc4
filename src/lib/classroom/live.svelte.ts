/**
 * What the pages need to know of a classroom, without its connection code: the question the room is asked, this
 * learner's answer, the trainer's tally. The connection (connection.svelte.ts, loaded only in a classroom) fills
 * it in; a lesson reads it to let a learner answer on their own diagram and to light the trainer's boxes by share.
 * Outside a classroom it stays empty and nothing changes.
 */
import type { QuestionRef } from './protocol.js';

/** As protocol.js's OPTIONS_MAX; not imported, so that pages do not load the protocol (and valibot) with it. */
const OPTIONS_MAX = 64;

export type RoomQuestion = {
	seq: number;
	ref: QuestionRef;
	options: string[];
	revealed: boolean;
	correct?: string;
	counts?: Record<string, number>;
};
export type Tally = { seq: number; answered: number; counts: Record<string, number> };
/**
 * A question the page on screen could put to the room: the trainer's "Ask the room" sends it. A quiz's choice
 * question carries the words of its options for the trainer's bar chart (`labels`: they stay in the trainer's
 * window; the room is sent only the option ids).
 */
export type Askable = {
	ref: QuestionRef;
	options: string[];
	correct: string;
	labels?: Record<string, string>;
};
/** What the projector's window mirrors of the room: the question and, once the trainer shows it, the tally. */
export type Mirror = { question: RoomQuestion; tally: Tally | null };

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
	/** The words of the asked question's options, kept in the trainer's window when it asks. */
	labels = $state<Record<string, string>>();
	/** The projector's window: the room's question and tally as the trainer's window mirrors them. */
	mirror = $state<Mirror | null>(null);
	/** The trainer's switch: the projector shows the answers as they come in, not only once revealed. */
	projectLive = $state(false);
	/** Sends a learner's answer (set by the connection). */
	send: ((choice: string) => void) | undefined;

	/** The room's prediction question for this lesson step, if one is open or just revealed. */
	predictFor(lesson: string, step: number): RoomQuestion | undefined {
		const q = this.question ?? this.mirror?.question;
		return q && q.ref.kind === 'predict' && q.ref.lesson === lesson && q.ref.step === step
			? q
			: undefined;
	}

	/** The room's choice question for this lesson's quiz, if one is open or just revealed. */
	choiceFor(lesson: string): RoomQuestion | undefined {
		const q = this.question ?? this.mirror?.question;
		return q && q.ref.kind === 'choice' && q.ref.lesson === lesson ? q : undefined;
	}

	/**
	 * How the room's answers split, as counts per option: for the trainer while answers come in; on the projector
	 * as the trainer's window mirrors it; on a learner's device once the trainer revealed.
	 */
	get counts(): { seq: number; answered: number; counts: Record<string, number> } | undefined {
		if (this.role === 'trainer') {
			if (!this.tally || this.tally.seq !== this.question?.seq) return;
			return this.tally;
		}
		const mirrored = this.mirror;
		if (mirrored?.tally && mirrored.tally.seq === mirrored.question.seq) return mirrored.tally;
		const q = this.question ?? mirrored?.question;
		if (!q?.revealed || !q.counts) return;
		const answered = Object.values(q.counts).reduce((a, b) => a + b, 0);
		return { seq: q.seq, answered, counts: q.counts };
	}

	/** Each option's share of the answers (0 to 1), where `counts` has them; a diagram lights its boxes by it. */
	get shares(): Record<string, number> | undefined {
		const counted = this.counts;
		if (!counted || counted.answered === 0) return;
		const { answered, counts } = counted;
		return Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, n / answered]));
	}
}

export const live = new Live();

/**
 * What the trainer's window shows the projector of the room's question: nothing until the trainer reveals (or
 * switches on "answers on the projector"), then the question and its tally.
 */
export function mirrorOf(
	question: RoomQuestion | null,
	tally: Tally | null,
	projectLive: boolean
): Mirror | null {
	if (!question || !(question.revealed || projectLive)) return null;
	return { question, tally: tally?.seq === question.seq ? tally : null };
}

const isRef = (value: unknown): value is QuestionRef => {
	const ref = value as Partial<{ kind: string; lesson: string; step: number; index: number }>;
	if (!ref || typeof ref !== 'object' || typeof ref.lesson !== 'string') return false;
	if (!/^[\w-]{1,40}$/.test(ref.lesson)) return false;
	return ref.kind === 'predict'
		? Number.isInteger(ref.step)
		: ref.kind === 'choice' && Number.isInteger(ref.index);
};

const isCounts = (value: unknown): value is Record<string, number> =>
	!!value &&
	typeof value === 'object' &&
	Object.keys(value).length <= OPTIONS_MAX &&
	Object.values(value).every((n) => Number.isInteger(n) && n >= 0);

/** Whether a value from the other window is a mirror the projector may show: checked, never trusted. */
export function isMirror(value: unknown): value is Mirror | null {
	if (value === null) return true;
	if (!value || typeof value !== 'object') return false;
	const { question, tally } = value as { question?: unknown; tally?: unknown };
	const q = question as Partial<RoomQuestion> | null;
	if (!q || typeof q !== 'object' || !Number.isInteger(q.seq) || typeof q.revealed !== 'boolean')
		return false;
	if (!isRef(q.ref)) return false;
	if (!Array.isArray(q.options) || q.options.length > OPTIONS_MAX) return false;
	if (!q.options.every((o) => typeof o === 'string')) return false;
	if (q.counts !== undefined && !isCounts(q.counts)) return false;
	if (q.correct !== undefined && typeof q.correct !== 'string') return false;
	if (tally === null) return true;
	const t = tally as Partial<Tally> | null;
	return (
		!!t &&
		typeof t === 'object' &&
		Number.isInteger(t.seq) &&
		Number.isInteger(t.answered) &&
		isCounts(t.counts)
	);
}

export { LEARNER_KEY, TRAINER_KEY, learnerStored } from './stored';

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
