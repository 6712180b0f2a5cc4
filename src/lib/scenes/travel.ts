/**
 * How the request gets from one place to the next on a drawn scene: along the route joining the two boxes, run
 * backwards if it is drawn the other way, or else straight across (drawn dashed, as the architecture marks what
 * Microsoft's figure does not draw). Like architecture/travel.ts, derived from consecutive places, never stored.
 */
import { restPoint, routePoints, type Point, type SceneLayout } from './layout';

export interface SceneTravel {
	/** The route travelled, or undefined where the scene draws none between the two boxes. */
	route?: string;
	points: Point[];
}

export function sceneTravel(
	layout: SceneLayout,
	from: string,
	to: string
): SceneTravel | undefined {
	if (from === to) return undefined;
	const a = layout.components.find((c) => c.id === from);
	const b = layout.components.find((c) => c.id === to);
	if (!a || !b) return undefined;
	const route = layout.routes.find(
		(r) => (r.from === from && r.to === to) || (r.from === to && r.to === from)
	);
	if (!route) return { points: routePoints(a, b) };
	const points = routePoints(
		layout.components.find((c) => c.id === route.from)!,
		layout.components.find((c) => c.id === route.to)!,
		route.via
	);
	return { route: route.id, points: route.from === from ? points : points.reverse() };
}

/** Every move along a trail of places, in order; a place repeated is no move. */
export function sceneTravels(layout: SceneLayout, trail: readonly string[]): SceneTravel[] {
	const travels: SceneTravel[] = [];
	for (let i = 1; i < trail.length; i++) {
		const travel = sceneTravel(layout, trail[i - 1]!, trail[i]!);
		if (travel) travels.push(travel);
	}
	return travels;
}

/** The token's path over a whole trail: from the centre of the first place to the centre of the last. */
export function tokenPath(layout: SceneLayout, trail: readonly string[]): Point[] {
	const boxes = trail.flatMap((id) => layout.components.find((c) => c.id === id) ?? []);
	if (!boxes.length) return [];
	const points: Point[] = [restPoint(boxes[0]!)];
	for (const travel of sceneTravels(layout, trail)) points.push(...travel.points);
	points.push(restPoint(boxes.at(-1)!));
	return points;
}

/** SVG path data through points. */
export const pathOf = (points: readonly Point[]) =>
	points.map((p, i) => `${i ? 'L' : 'M'}${Math.round(p.x)} ${Math.round(p.y)}`).join(' ');
