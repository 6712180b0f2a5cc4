/**
 * The reader's theme: follow the system (light or dark, and high contrast when the system asks for more), or a
 * fixed light, dark or high-contrast theme; and, independently, projector mode (larger type, thicker lines,
 * stronger colours, a slower default speed). Remembered in this browser. first-paint.js applies the saved
 * choice before the first paint; this class keeps it in step afterwards.
 */
import { MediaQuery } from 'svelte/reactivity';

export const themeChoices = ['system', 'light', 'dark', 'contrast'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

const STORAGE_KEY = 'enlighten:theme';

export class Theme {
	choice = $state<ThemeChoice>('system');
	projector = $state(false);

	#moreContrast = new MediaQuery('prefers-contrast: more');
	#dark = new MediaQuery('prefers-color-scheme: dark');

	/** The theme drawn: what the choice comes to on this system. */
	get resolved(): 'light' | 'dark' | 'contrast' {
		if (this.choice !== 'system') return this.choice;
		if (this.#moreContrast.current) return 'contrast';
		return this.#dark.current ? 'dark' : 'light';
	}

	/** What Svelte Flow should draw its own controls in. */
	get colorMode(): 'light' | 'dark' {
		return this.resolved === 'dark' ? 'dark' : 'light';
	}

	load() {
		try {
			const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<
				string,
				unknown
			>;
			if (themeChoices.includes(saved?.choice as ThemeChoice))
				this.choice = saved.choice as ThemeChoice;
			this.projector = saved?.projector === true;
		} catch {
			// A damaged entry is as good as none: the system's theme.
		}
	}

	save() {
		try {
			localStorage.setItem(
				STORAGE_KEY,
				JSON.stringify({ choice: this.choice, projector: this.projector })
			);
		} catch {
			// Not remembered, still applied.
		}
	}

	/** Puts the theme on the document (what app.css reads). */
	apply(root: HTMLElement) {
		const resolved = this.resolved;
		// "system" without a contrast wish leaves the attribute off, so CSS follows prefers-color-scheme live.
		if (this.choice === 'system' && resolved !== 'contrast') delete root.dataset.theme;
		else root.dataset.theme = resolved;
		if (this.projector) root.dataset.projector = '';
		else delete root.dataset.projector;
	}
}

export const theme = new Theme();
