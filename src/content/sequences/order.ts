/**
 * The course's sequences (its topics), in the order the home page lists and numbers them. A lesson joins one by
 * naming it in its script's `sequence`; each sequence's title, in each language, is in `<locale>.ts` beside this.
 */
export const sequenceIds = [
	'foundations',
	'io',
	'inside',
	'guests',
	'storage',
	'operations'
] as const;
