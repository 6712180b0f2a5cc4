// Keeps the style sheets of components the browser loads later out of a page's first paint (vite.config.ts).
//
// SvelteKit links in a page's head the style sheets of every component the page's code imports with `import()`,
// in case that component is drawn while the page is prerendered. Ours never are: each is imported in an onMount,
// an event handler or an `{#await}` block, which the server leaves at its pending branch. Yet the live diagram's
// 21 KB of style (Svelte Flow's included), the presenter's and their dependencies' were render-blocking on home
// and in every lesson step (home: 8 style sheets, 5 of them for code it loads only when the pointer reaches the
// diagram or a presenter key is pressed). In the browser the bundler's loader fetches a component's style sheets
// with its code and waits for them before the component is drawn, so taking them out of the head loses nothing.
//
// SvelteKit decides it from the server build: a page's dynamically imported component counts as prerendered when
// the server's code imports it too. So in the server build only, a component's `import()` of another component
// becomes a promise that never settles, as it is while the page prerenders anyway: a component can only use it in
// onMount, an event handler, an effect or an `{#await}` block, and on the server those do not run or stay pending.
// Only in components: a load function (the lesson step's, for its drawn scenes) awaits its `import()` while
// prerendering, and that component is drawn in the prerendered page, so it keeps its style sheets.

/** `import('…/X.svelte')`, as the Svelte compiler and TypeScript leave a lazily loaded component. */
const LAZY_COMPONENT = /\bimport\(\s*(['"])([^'"\n]+\.svelte)\1\s*\)/g;

/** What the server build gets instead: the pending promise it would have been during prerendering. */
export const NEVER = 'new Promise(() => {})';

/**
 * The module's code with each lazily loaded component replaced by NEVER, or null when it loads none.
 * @param {string} code
 */
export function withoutLazyComponents(code) {
	const replaced = code.replace(LAZY_COMPONENT, NEVER);
	return replaced === code ? null : replaced;
}

/**
 * A Svelte component of this app (not a library's, not a virtual module such as its style).
 * @param {string} id
 */
export function isOwnComponent(id) {
	return id.endsWith('.svelte') && !id.includes('/node_modules/');
}

/** @returns {import('vite').Plugin} */
export function lazyStyles() {
	return {
		name: 'enlighten:lazy-styles',
		apply: 'build',
		// After the Svelte compiler: the `import()` is then plain JavaScript.
		enforce: 'post',
		transform(code, id, options) {
			if (!options?.ssr || !isOwnComponent(id)) return null;
			const replaced = withoutLazyComponents(code);
			return replaced === null ? null : { code: replaced, map: null };
		}
	};
}
