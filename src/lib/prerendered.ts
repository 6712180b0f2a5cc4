/**
 * Data computed at build time and published as prerendered JSON (src/routes/data/): fetched once per address
 * in the browser, so moving between pages that need it fetches nothing more. While prerendering, every page
 * fetches it itself, so that SvelteKit inlines the response in that page's HTML and hydration needs no request.
 */
import { browser } from '$app/environment';

const fetched = new Map<string, Promise<unknown>>();

export function loadPrerendered<T>(fetch: typeof globalThis.fetch, path: string): Promise<T> {
	let data = browser ? fetched.get(path) : undefined;
	if (!data) {
		data = fetch(path).then((response) => {
			if (!response.ok) throw new Error(`${path} answered ${response.status}`);
			return response.json();
		});
		if (browser) {
			fetched.set(path, data);
			// A failed fetch (offline before the data was stored, say) is tried again next time.
			data.catch(() => fetched.delete(path));
		}
	}
	return data as Promise<T>;
}
