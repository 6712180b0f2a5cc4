/**
 * The shared vocabulary of every machine: a state's `meta.hop` says where a request is. The diagram highlight,
 * the moving token, the live narration and (later) the hop inspector all read this, never a copy of it.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { ComponentId } from '$lib/architecture/topology';
import type { Privilege } from '$lib/architecture/privilege';
import type { SourceKey } from '$lib/architecture/sources';
import type { PayloadKind } from './payloads';
import type { ScenePlaces } from '$lib/scenes/ids';

export type { Privilege };

export interface Hop {
	/** The component the request is at. Which link it came along follows from the hop before it. */
	node: ComponentId;
	privilege: Privilege;
	sources: SourceKey[];
	/** True when what this hop claims is a reasoned estimate ([M]/[L] in the fact sheet), not a documented fact. */
	estimate?: boolean;
	/**
	 * Work done at this hop that the privilege levels alone do not show: a packet written into a VMBus ring, or
	 * data copied from one buffer to another. The cost model (cost.ts) counts it.
	 */
	work?: HopWork;
	/** What the request carries here, field by field (see payloads.ts), for the hop inspector. */
	carries?: PayloadKind;
	/**
	 * What happens on arriving here, as the hardware or protocol names it (`WRMSR 0x40000001`, `EOI`): the
	 * diagram shows it beside the box, most of all when the request stays in one box. Technical, not translated.
	 */
	act?: string;
	/**
	 * Where the request is on the scenes other than the architecture figure (src/lib/scenes): which cluster
	 * node, which part of a VHD file. A lesson step shown on such a scene needs its hop to have a place there.
	 */
	places?: ScenePlaces;
}

export type HopWork = 'ring-write' | 'data-copy';

export interface HopMeta {
	hop: Hop;
}

/**
 * The hop of a snapshot: the `meta.hop` of its deepest active state. Machines put hops on leaf states only,
 * so there is at most one; a snapshot without one (a machine still being set up) has no hop.
 */
export function hopOf(snapshot: AnyMachineSnapshot): Hop | undefined {
	const metas = Object.values(snapshot.getMeta()) as Array<Partial<HopMeta> | undefined>;
	for (let i = metas.length - 1; i >= 0; i--) {
		const hop = metas[i]?.hop;
		if (hop) return hop;
	}
	return undefined;
}

/** A state's meta, saying where the request is: `meta: at('win-vsc', 'guest-kernel', ['S5'])`. */
export function at(
	node: ComponentId,
	privilege: Privilege,
	sources: SourceKey[],
	options: {
		estimate?: boolean;
		work?: HopWork;
		carries?: PayloadKind;
		act?: string;
		places?: ScenePlaces;
	} = {}
): HopMeta {
	return { hop: { node, privilege, sources, ...options } };
}
