/**
 * The reader's choice of camera on a narrow diagram: follow the request (the default), or the whole diagram,
 * chosen with the live diagram's "Show the whole diagram" control. The choice holds across steps (and lessons)
 * for this tab, on the drawing as on the live diagram.
 */
import { browser } from '$app/environment';

const KEY = 'enlighten:whole-diagram';

function stored(): boolean {
	try {
		return browser && sessionStorage.getItem(KEY) === '1';
	} catch {
		return false; // storage blocked (an embed in a third-party frame): the choice lives for the page
	}
}

class CameraChoice {
	#whole = $state(stored());

	/** The whole diagram, not the request's neighbourhood. */
	get whole() {
		return this.#whole;
	}

	set whole(value: boolean) {
		this.#whole = value;
		try {
			if (value) sessionStorage.setItem(KEY, '1');
			else sessionStorage.removeItem(KEY);
		} catch {
			// as above
		}
	}
}

export const cameraChoice = new CameraChoice();
