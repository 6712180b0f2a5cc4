/**
 * Lessons loaded from files, kept in localStorage as the file's own text and read again (validated again) each
 * time: what is stored is data to check, not trusted output. A failed load or a full storage leaves what is
 * stored exactly as it was.
 */
import * as v from 'valibot';
import type { AuthorError } from './errors';
import { parseAuthoredLesson, type AuthoredLesson, type ParseResult } from './parse';
import { limits } from './schema';

export const STORE_KEY = 'enlighten.authored';

const storedSchema = v.array(
	v.object({
		id: v.pipe(v.string(), v.maxLength(200)),
		name: v.pipe(v.string(), v.maxLength(500)),
		text: v.pipe(v.string(), v.maxLength(limits.fileBytes))
	})
);
type Stored = v.InferOutput<typeof storedSchema>;

/** A stored lesson: its file name and what reading it gives now. */
export interface StoredLesson {
	id: string;
	name: string;
	/** The file's text as it was loaded, to export again. */
	text: string;
	result: ParseResult;
}

// The same text always reads the same: cache by text so stepping through a lesson does not re-validate it
// and the player keeps one script object (its timeline is cached per object).
const cache = new Map<string, ParseResult>();
function parseCached(text: string): ParseResult {
	let result = cache.get(text);
	if (!result) {
		result = parseAuthoredLesson(text);
		if (cache.size > limits.stored * 2) cache.clear();
		cache.set(text, result);
	}
	return result;
}

function readRaw(storage: Storage): Stored {
	try {
		const raw = storage.getItem(STORE_KEY);
		if (raw === null) return [];
		const parsed = v.safeParse(storedSchema, JSON.parse(raw));
		return parsed.success ? parsed.output : [];
	} catch {
		return [];
	}
}

/** Every stored lesson, in the order they were first loaded. */
export function storedLessons(storage: Storage): StoredLesson[] {
	return readRaw(storage).map(({ id, name, text }) => ({
		id,
		name,
		text,
		result: parseCached(text)
	}));
}

/** The stored lesson with this id, if it still reads. */
export function storedLesson(storage: Storage, id: string): AuthoredLesson | undefined {
	const entry = readRaw(storage).find((e) => e.id === id);
	if (!entry) return undefined;
	const result = parseCached(entry.text);
	return result.ok ? result.lesson : undefined;
}

export type AddResult =
	{ ok: true; lesson: AuthoredLesson; replaced: boolean } | { ok: false; errors: AuthorError[] };

/** Reads a file's text and, only if it is a valid lesson, stores it (replacing one with the same id). */
export function addLesson(storage: Storage, name: string, text: string): AddResult {
	const result = parseAuthoredLesson(text);
	if (!result.ok) return result;
	const stored = readRaw(storage);
	const id = result.lesson.script.id;
	const replaced = stored.some((e) => e.id === id);
	if (!replaced && stored.length >= limits.stored) {
		return {
			ok: false,
			errors: [{ path: '', code: 'too_many_lessons', values: { max: limits.stored } }]
		};
	}
	const entry = { id, name: name.slice(0, 500), text };
	const next = replaced ? stored.map((e) => (e.id === id ? entry : e)) : [...stored, entry];
	try {
		storage.setItem(STORE_KEY, JSON.stringify(next));
	} catch {
		return { ok: false, errors: [{ path: '', code: 'storage_full', values: {} }] };
	}
	return { ok: true, lesson: result.lesson, replaced };
}

/** Forgets the lesson with this id. */
export function removeLesson(storage: Storage, id: string): void {
	const next = readRaw(storage).filter((e) => e.id !== id);
	try {
		if (next.length) storage.setItem(STORE_KEY, JSON.stringify(next));
		else storage.removeItem(STORE_KEY);
	} catch {
		// Disabled storage: nothing was stored either.
	}
}
