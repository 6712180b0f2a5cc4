/**
 * A learner's progress: the steps seen and the quiz answers, per lesson. Kept in the browser, exported to a
 * file and imported on another machine. Everything read back (from storage or a file) is parsed, never
 * trusted: a corrupt or foreign value is refused with a reason, and what is already saved is never lost
 * (an import merges; a corrupt stored value is kept aside, not overwritten).
 */
import * as v from 'valibot';

export const PROGRESS_VERSION = 1;

const slug = v.pipe(v.string(), v.maxLength(80), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

const lessonProgressSchema = v.object({
	seen: v.pipe(v.array(slug), v.maxLength(200)),
	quiz: v.record(slug, v.object({ correct: v.boolean() }))
});

export const progressSchema = v.object({
	app: v.literal('enlighten'),
	version: v.literal(PROGRESS_VERSION),
	lessons: v.record(slug, lessonProgressSchema)
});

export type Progress = v.InferOutput<typeof progressSchema>;
export type LessonProgress = v.InferOutput<typeof lessonProgressSchema>;

export const emptyProgress = (): Progress => ({
	app: 'enlighten',
	version: PROGRESS_VERSION,
	lessons: {}
});

/** Why a value could not be read as progress; the UI words each reason in the learner's language. */
export type RefusalReason = 'not-json' | 'not-progress' | 'newer-version' | 'too-large';

export type ParseResult = { ok: true; progress: Progress } | { ok: false; reason: RefusalReason };

/** Files larger than this are not progress of ours (a complete course is a few kilobytes). */
export const MAX_BYTES = 256 * 1024;

export function parseProgress(text: string): ParseResult {
	if (text.length > MAX_BYTES) return { ok: false, reason: 'too-large' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'not-json' };
	}
	const parsed = v.safeParse(progressSchema, data);
	if (parsed.success) return { ok: true, progress: parsed.output };
	const version = (data as { app?: unknown; version?: unknown } | null)?.version;
	if (
		(data as { app?: unknown } | null)?.app === 'enlighten' &&
		typeof version === 'number' &&
		version > PROGRESS_VERSION
	) {
		return { ok: false, reason: 'newer-version' };
	}
	return { ok: false, reason: 'not-progress' };
}

export const lessonOf = (p: Progress, lesson: string): LessonProgress =>
	p.lessons[lesson] ?? { seen: [], quiz: {} };

export function markSeen(p: Progress, lesson: string, step: string): Progress {
	const current = lessonOf(p, lesson);
	if (current.seen.includes(step)) return p;
	return {
		...p,
		lessons: { ...p.lessons, [lesson]: { ...current, seen: [...current.seen, step] } }
	};
}

export function recordAnswer(
	p: Progress,
	lesson: string,
	question: string,
	correct: boolean
): Progress {
	const current = lessonOf(p, lesson);
	return {
		...p,
		lessons: {
			...p.lessons,
			[lesson]: { ...current, quiz: { ...current.quiz, [question]: { correct } } }
		}
	};
}

/**
 * Two progresses as one: every step seen in either, and for each question the better result, so importing an
 * older file never undoes what was learned since.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
	const lessons: Progress['lessons'] = {};
	for (const id of new Set([...Object.keys(a.lessons), ...Object.keys(b.lessons)])) {
		const x = lessonOf(a, id);
		const y = lessonOf(b, id);
		const quiz: LessonProgress['quiz'] = { ...x.quiz };
		for (const [q, answer] of Object.entries(y.quiz)) {
			quiz[q] = { correct: (quiz[q]?.correct ?? false) || answer.correct };
		}
		lessons[id] = { seen: [...new Set([...x.seen, ...y.seen])], quiz };
	}
	return { ...emptyProgress(), lessons };
}

export const serializeProgress = (p: Progress) => JSON.stringify(p, null, 2);
