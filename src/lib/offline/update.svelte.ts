/**
 * What the "updated" notice shows: nothing, that a new version took over (and is stored for offline use), or
 * that it did while this page still runs the previous version, which a reload replaces.
 */
export type UpdateState = 'none' | 'updated' | 'reload';

/** The notice's state, shared between the registration (which sets it) and UpdateNotice.svelte. */
export class UpdateStatus {
	#state = $state<UpdateState>('none');

	get state(): UpdateState {
		return this.#state;
	}

	/** A new worker took over; `pageIsStale` says whether this page was built before it (see $app/state `updated`). */
	updated(pageIsStale: boolean): void {
		this.#state = pageIsStale ? 'reload' : 'updated';
	}

	dismiss(): void {
		this.#state = 'none';
	}
}
