/**
 * Whether a window presents from the moment it opens, told without loading the presenter's code: its address
 * asks it to join (`?present=<id>&role=…`, how the speaker view opens), or it was presenting before a reload
 * (presentation.svelte.ts keeps that in sessionStorage under this key). Otherwise the layout loads the presenter
 * on its first key or the Present button.
 */
export const PRESENTING_KEY = 'enlighten:presenting';
export const PARAM_SESSION = 'present';
export const PARAM_ROLE = 'role';

export function presentingFromStart(url: URL, storage: Pick<Storage, 'getItem'> | undefined) {
	if (url.searchParams.has(PARAM_SESSION)) return true;
	try {
		return storage?.getItem(PRESENTING_KEY) != null;
	} catch {
		// Storage may be off: then nothing was kept either.
		return false;
	}
}
