/**
 * Which of a scene's boxes a step shows, and how: a file the chain does not have yet is left out, the parts a
 * fixed VHD or a pass-through disk lacks are dimmed, a block not yet appended is drawn as a dashed outline.
 * Read off the view (views.ts), so it follows the model.
 */
import type { SceneRoute } from './layout';
import { bootChildStages, bootHostStages } from './ids';
import type { SceneView } from './views';

export type Presence = 'shown' | 'dim' | 'ghost' | 'hidden';

const dynamicOnly = ['vhd-footer-copy', 'vhd-header', 'vhd-bat', 'vhd-bitmap', 'vhd-new-block'];

export function presenceOf(view: SceneView, id: string): Presence {
	if (view.scene === 'cluster' || view.scene === 'memory' || view.scene === 'designs')
		return 'shown';
	if (view.scene === 'boot') {
		// A stage still to come is an outline; after a stop, the stages the boot never reaches are dimmed.
		const host = (bootHostStages as readonly string[]).indexOf(id);
		const child = (bootChildStages as readonly string[]).indexOf(id);
		if (host < 0 && child < 0) return 'shown';
		if (view.lane === 'child') return host >= 0 || child <= view.reached ? 'shown' : 'ghost';
		if (child >= 0) return view.missing ? 'dim' : 'ghost';
		if (host <= view.reached) return 'shown';
		return view.missing ? 'dim' : 'ghost';
	}
	if (id === 'avhd-newest') return view.chain >= 1 ? 'shown' : 'hidden';
	if (id === 'avhd-older') return view.chain >= 2 ? 'shown' : 'hidden';
	if (!id.startsWith('vhd-')) return 'shown';
	if (view.disk === 'passThrough') return 'dim';
	if (view.disk === 'fixed' && dynamicOnly.includes(id)) return 'dim';
	if (id === 'vhd-new-block') return view.appended ? 'shown' : 'ghost';
	return 'shown';
}

/** A route is drawn while both its boxes are; the newest file points at the parent itself only with no file between. */
export function routeShown(view: SceneView, route: SceneRoute): boolean {
	if (presenceOf(view, route.from) === 'hidden' || presenceOf(view, route.to) === 'hidden')
		return false;
	return route.id !== 'newest-parent' || presenceOf(view, 'avhd-older') === 'hidden';
}
