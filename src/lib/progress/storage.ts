/**
 * Progress in `localStorage`. A stored value that does not parse is moved aside under its own key (so a
 * learner or a developer can still recover it) and the app starts from empty progress with a notice.
 */
import { emptyProgress, parseProgress, serializeProgress, type Progress } from './progress';

export const STORAGE_KEY = 'enlighten.progress';
export const SET_ASIDE_KEY = 'enlighten.progress.set-aside';

export interface Loaded {
	progress: Progress;
	/** True when a stored value could not be read and was kept aside. */
	setAside: boolean;
}

export function loadStored(storage: Storage): Loaded {
	let raw: string | null;
	try {
		raw = storage.getItem(STORAGE_KEY);
	} catch {
		// Storage can be disabled (privacy settings): progress then lives for this page only.
		return { progress: emptyProgress(), setAside: false };
	}
	if (raw === null) return { progress: emptyProgress(), setAside: false };
	const parsed = parseProgress(raw);
	if (parsed.ok) return { progress: parsed.progress, setAside: false };
	try {
		storage.setItem(SET_ASIDE_KEY, raw);
		storage.removeItem(STORAGE_KEY);
	} catch {
		// Full or disabled storage: leave the old value where it is rather than lose it.
	}
	return { progress: emptyProgress(), setAside: true };
}

export function store(storage: Storage, progress: Progress): boolean {
	try {
		storage.setItem(STORAGE_KEY, serializeProgress(progress));
		return true;
	} catch {
		return false;
	}
}
