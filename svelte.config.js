import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		// The authored-lesson player is linked only from the browser-filled list on /author/.
		prerender: { entries: ['*', '/nl/', '/author/play/', '/nl/author/play/'] },
		// A strict policy in every prerendered page: scripts only from this origin plus the hashes of SvelteKit's
		// own inline start-up script. Styles allow inline attributes, which Svelte Flow positions nodes with.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};
