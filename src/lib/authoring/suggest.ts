/**
 * "Did you mean …?" for a lesson file: when a value is not one of a known set (an event, a source key, a machine),
 * the nearest valid values by edit distance, and the whole set, so a trainer never has to know internal names by
 * heart. Pure: the sets come from the callers (the machine registry, sources.ts), nothing is looked up here.
 */
import { sources } from '$lib/architecture/sources';
import { machineIds } from '$lib/model/machine-ids';
import type { AuthorError } from './errors';

/** Suggestions shown at most; more would be a list, not a suggestion. */
const maxSuggestions = 3;

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours), case-insensitive: `io.compelte`
 * is one edit from `io.complete`, `s5` none from `S5`.
 */
export function editDistance(a: string, b: string): number {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i]);
	for (let j = 1; j <= y.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= x.length; i++) {
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
				best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			}
			rows[i]![j] = best;
		}
	}
	return rows[x.length]![y.length]!;
}

/** The dotted parts of an event name (`io.submit` → `io`, `submit`): a right part under a wrong prefix counts. */
const partsOf = (name: string) => name.toLowerCase().split(/[.\-_]/);

/**
 * The valid values nearest to `value`, best first: close in spelling (at most about a third of the letters
 * wrong), or sharing a whole dotted part with it (`disk.submit` → `io.submit`). Empty when nothing is close.
 */
export function nearest(value: string, valid: readonly string[], max = maxSuggestions): string[] {
	const wanted = value.trim();
	if (!wanted) return [];
	const limit = Math.max(1, Math.floor(wanted.length / 3));
	// Short parts (`io`, `vsc`) are shared by too many names to point at one.
	const parts = new Set(partsOf(wanted).filter((p) => p.length > 3));
	const close = valid
		.map((candidate) => {
			const distance = editDistance(wanted, candidate);
			const sharesPart = partsOf(candidate).some((p) => parts.has(p));
			return { candidate, distance, close: distance <= limit || sharesPart };
		})
		.filter((c) => c.close && c.candidate !== wanted)
		.sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
	// Only the best and the nearly best: `s5` is `S5` in another case, not also `S1` or `S15`.
	const best = close[0]?.distance ?? 0;
	return close
		.filter((c) => c.distance <= best + (best === 0 ? 0 : 1))
		.slice(0, max)
		.map((c) => c.candidate);
}

/** The values valid where an error of this code points, when they are a known set. */
function validFor(error: AuthorError): readonly string[] | undefined {
	if (error.valid) return error.valid;
	switch (error.code) {
		case 'unknown_source':
			return Object.keys(sources);
		case 'unknown_machine':
			return machineIds;
	}
	return undefined;
}

/** The value an error is about, for the codes that name one. */
const valueOf = (error: AuthorError) => String(error.values.event ?? error.values.value ?? '');

/**
 * The error with its nearest valid values (`suggestions`) and the whole set (`valid`) where the code has a set:
 * unknown sources and machines from the registries, unknown and refused events from what the caller found.
 */
export function withSuggestions(error: AuthorError): AuthorError {
	const valid = validFor(error);
	if (!valid) return error;
	return { ...error, valid: [...valid], suggestions: nearest(valueOf(error), valid) };
}
