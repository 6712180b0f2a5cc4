/**
 * How a request gets from one hop to the next: along the link that joins the two boxes, if there is one.
 * Derived from the pair of hops, never stored in a state, because a state can be entered from more than one
 * place (the interrupt handler runs after an injected interrupt and after every emulated access).
 */
import { getComponent, links, type ComponentId, type LinkId } from './topology';

export interface Travel {
	link: LinkId;
	/** True when the request runs against the link's drawn direction. */
	reverse: boolean;
}

/** A box and the box it is drawn inside: a link to the VMWP reaches the emulators in it too. */
const endsOf = (id: ComponentId): ComponentId[] => {
	const parent = getComponent(id).parent;
	return parent ? [id, parent] : [id];
};

/** The link between two boxes, or undefined when the request jumps (no link joins them). */
export function travelBetween(from: ComponentId, to: ComponentId): Travel | undefined {
	if (from === to) return undefined;
	const a = endsOf(from);
	const b = endsOf(to);
	// Prefer a link between the boxes themselves over one between their containers.
	const candidates = links.filter(
		(l) => (a.includes(l.from) && b.includes(l.to)) || (a.includes(l.to) && b.includes(l.from))
	);
	const exact = candidates.find(
		(l) => (l.from === from && l.to === to) || (l.from === to && l.to === from)
	);
	const link = exact ?? candidates[0];
	if (!link) return undefined;
	return { link: link.id, reverse: a.includes(link.to) };
}

/** The links a request travels along a trail of boxes, in order; jumps are left out. */
export function travelAlong(trail: readonly ComponentId[]): Travel[] {
	const travels: Travel[] = [];
	for (let i = 1; i < trail.length; i++) {
		const travel = travelBetween(trail[i - 1]!, trail[i]!);
		if (travel) travels.push(travel);
	}
	return travels;
}
