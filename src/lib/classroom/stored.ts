/**
 * Where this tab keeps its classroom, and whether it has one: all the root layout needs of a classroom on every
 * page, in a module of its own so that every page's shell does not carry the classroom's state (live.svelte.ts).
 */

/** Where a learner's classroom is kept for this tab: a reload rejoins it. */
export const LEARNER_KEY = 'enlighten:classroom';
/** Where a trainer's room (code and key) is kept for this tab: a reload takes it back. */
export const TRAINER_KEY = 'enlighten:classroom-trainer';

/** Whether this tab joined a classroom as a learner (the layout then loads the learner's bar). */
export function learnerStored(): boolean {
	try {
		return sessionStorage.getItem(LEARNER_KEY) !== null;
	} catch {
		return false;
	}
}
