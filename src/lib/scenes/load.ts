/**
 * What a lesson told (partly) on drawn scenes needs besides the architecture figure: the scenes' words and
 * their renderer (SceneStage, with every scene's layout and parts). Loaded by the step page's load function
 * only for such a lesson, so the others do not ship them; loaded before hydration, so a scene step's
 * prerendered drawing hydrates as it was painted.
 */
import type SceneStage from './SceneStage.svelte';
import { loadSceneText, type SceneText } from './text';

export interface LoadedScenes {
	text: SceneText;
	Stage: typeof SceneStage;
}

export async function loadScenes(locale: string): Promise<LoadedScenes> {
	const [text, { default: Stage }] = await Promise.all([
		loadSceneText(locale),
		import('./SceneStage.svelte')
	]);
	return { text, Stage };
}
