import type { PageLoad } from './$types';

// The scene's renderer is imported here, not in +page.svelte, like the lesson step's (scenes/load.ts): only so is
// SceneStage.svelte a chunk of its own in the browser's build. Imported statically by any page, the bundler merges
// it into a shared chunk, the browser's manifest then names the lesson step's `import()` by that chunk instead of
// the file, SvelteKit cannot match it with the server's and leaves the scene's style sheet out of the prerendered
// lesson step: its scene painted unstyled (black shapes) until the script ran (tests/e2e/first-paint.test.ts).
export const load: PageLoad = async ({ data }) => ({
	...data,
	Stage: data.view.frame ? (await import('$lib/scenes/SceneStage.svelte')).default : undefined
});
