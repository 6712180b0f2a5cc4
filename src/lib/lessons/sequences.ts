/**
 * The titles of the course's sequences in one language (src/content/sequences/<locale>.ts), checked like all
 * content: a title for every sequence of `order.ts`, filled in, and none for a sequence that is not there.
 */
import * as v from 'valibot';
import type { Locale } from '$lib/paraglide/runtime';
import { sequenceIds, type SequenceId } from './types';

const title = v.pipe(v.string(), v.trim(), v.nonEmpty('a sequence needs a title'));

export const sequenceTitlesSchema = v.strictObject(
	Object.fromEntries(sequenceIds.map((id) => [id, title])) as Record<SequenceId, typeof title>
);
export type SequenceTitles = v.InferOutput<typeof sequenceTitlesSchema>;

// Read at build time only (the home page's server load), so every language may be here at once.
const modules = import.meta.glob<{ default: unknown }>(
	['/src/content/sequences/*.ts', '!/src/content/sequences/order.ts'],
	{ eager: true }
);

/** The sequences' titles in `locale`; throws, naming the file and the fault, if they are missing or wrong. */
export function sequenceTitlesOf(locale: Locale): SequenceTitles {
	const file = `/src/content/sequences/${locale}.ts`;
	const module = modules[file];
	if (!module) throw new Error(`No sequence titles in ${locale}: add ${file}`);
	const checked = v.safeParse(sequenceTitlesSchema, module.default);
	if (!checked.success) {
		const faults = checked.issues.map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`);
		throw new Error(`${file}: ${faults.join('; ')}`);
	}
	return checked.output;
}
