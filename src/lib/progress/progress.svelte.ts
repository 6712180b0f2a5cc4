/**
 * The learner's progress as shared reactive state: read from storage once in the browser, written back on
 * every change, and kept in step with other tabs through the `storage` event.
 */
import { browser } from '$app/environment';
import { markSeen, mergeProgress, recordAnswer, emptyProgress, type Progress } from './progress';
import { loadStored, store, STORAGE_KEY } from './storage';

/**
 * The browser's localStorage, or undefined where even reading the property throws: storage blocked for a
 * third-party frame (an embedded lesson in an LMS), or by privacy settings. Progress then lives for the page.
 */
function localStore(): Storage | undefined {
	try {
		return browser ? localStorage : undefined;
	} catch {
		return undefined;
	}
}

class ProgressState {
	current = $state<Progress>(emptyProgress());
	/** A stored value could not be read at start-up and was kept aside. */
	setAside = $state(false);
	#loaded = false;

	/** Reads storage the first time it is needed in the browser; on the server progress stays empty. */
	load() {
		if (this.#loaded || !browser) return;
		this.#loaded = true;
		const storage = localStore();
		if (!storage) return;
		const loaded = loadStored(storage);
		this.current = loaded.progress;
		this.setAside = loaded.setAside;
		window.addEventListener('storage', (event) => {
			if (event.key !== STORAGE_KEY) return;
			const again = loadStored(storage);
			if (!again.setAside) this.current = again.progress;
		});
	}

	#update(next: Progress) {
		if (next === this.current) return;
		this.current = next;
		const storage = localStore();
		if (storage) store(storage, next);
	}

	seen(lesson: string, step: string) {
		this.load();
		this.#update(markSeen(this.current, lesson, step));
	}

	answer(lesson: string, question: string, correct: boolean) {
		this.load();
		this.#update(recordAnswer(this.current, lesson, question, correct));
	}

	merge(imported: Progress) {
		this.load();
		this.#update(mergeProgress(this.current, imported));
	}
}

export const progress = new ProgressState();
