/**
 * What a comparison totals, kept apart from compare.ts (which plays machines) so the lesson's comparison table
 * can name the totals without loading XState.
 */
export interface Totals {
	hops: number;
	guestExits: number;
	hypercalls: number;
	vmwpTrips: number;
	partitionSwitches: number;
	kernelUser: number;
	copies: number;
	ringWrites: number;
	/** Modelled CPU overhead in nanoseconds (an estimate; see model/cost.ts). */
	modelledNs: number;
}

export const totalKeys = [
	'hops',
	'guestExits',
	'hypercalls',
	'vmwpTrips',
	'partitionSwitches',
	'kernelUser',
	'copies',
	'ringWrites',
	'modelledNs'
] as const satisfies readonly (keyof Totals)[];
