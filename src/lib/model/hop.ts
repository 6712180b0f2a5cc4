/**
 * The shared vocabulary of every machine: a state's `meta.hop` says where a request is. The diagram highlight,
 * the moving token, the live narration and (later) the hop inspector all read this, never a copy of it.
 */
import type { AnyMachineSnapshot } from 'xstate';
import type { ComponentId, LinkId } from '$lib/architecture/topology';
import type { SourceKey } from '$lib/architecture/sources';

/** Who is running at this hop: which partition's user or kernel mode, the hypervisor, or the hardware. */
export type Privilege =
	'guest-user' | 'guest-kernel' | 'root-user' | 'root-kernel' | 'hypervisor' | 'hardware';

export interface Hop {
	/** The component the request is at. */
	node: ComponentId;
	/** The link it travelled to get here, if it moved along one. */
	edge?: LinkId;
	/** True when it travelled the link against the link's drawn direction (e.g. a completion going back up). */
	reverse?: boolean;
	privilege: Privilege;
	sources: SourceKey[];
	/** True when what this hop claims is a reasoned estimate ([M]/[L] in the fact sheet), not a documented fact. */
	estimate?: boolean;
}

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
