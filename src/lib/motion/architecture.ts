/** The architecture figure as a topology moves are found on (see moves.ts). */
import { getComponent, getLink, isComponentId, links } from '$lib/architecture/topology';
import type { Travel } from '$lib/architecture/travel';
import type { Move, SceneTopology } from './moves';

export const architectureTopology: SceneTopology = {
	links,
	parentOf: (id) => (isComponentId(id) ? getComponent(id).parent : undefined)
};

/** Travels along the figure's links as moves: for a view that knows only those (explore, a quiz). */
export const movesOfTravels = (travels: readonly Travel[]): Move[] =>
	travels.map(({ link, reverse }) => {
		const l = getLink(link);
		const [from, to] = reverse ? [l.to, l.from] : [l.from, l.to];
		return { kind: 'link', link, reverse, from, to };
	});
