/**
 * A path as data: a list of legs, each a state with its hop and the one event that moves the request on.
 * Paths that differ only in their boxes (a Windows or a Linux guest) or in a few legs (network or video) are
 * then built from shared lists instead of copied state by state. The result is an ordinary XState config.
 */
import type { HopMeta } from '../hop';

export interface Leg<A extends string> {
	/** The state's name; unique within the chain. */
	name: string;
	meta: HopMeta;
	/** The event that moves to the next leg; the last leg has none and is final. */
	on?: string;
	/** Actions on entering the leg, by name (counters). */
	entry?: A[];
}

export interface ChainConfig<A extends string> {
	initial: string;
	states: Record<
		string,
		{
			meta: HopMeta;
			entry?: A[];
			on?: Record<string, string>;
			type?: 'final';
			tags?: 'completed'[];
		}
	>;
}

export function chain<A extends string>(legs: readonly Leg<A>[]): ChainConfig<A> {
	const names = new Set(legs.map((l) => l.name));
	if (names.size !== legs.length)
		throw new Error(`A chain repeats a leg name: ${legs.map((l) => l.name)}`);
	const states: ChainConfig<A>['states'] = {};
	legs.forEach((leg, i) => {
		const next = legs[i + 1];
		if (!!leg.on !== !!next) {
			throw new Error(`Leg ${leg.name}: only the last leg may (and must) lack an event`);
		}
		states[leg.name] = {
			meta: leg.meta,
			...(leg.entry ? { entry: leg.entry } : {}),
			...(next && leg.on
				? { on: { [leg.on]: next.name } }
				: { type: 'final' as const, tags: ['completed' as const] })
		};
	});
	return { initial: legs[0]!.name, states };
}
