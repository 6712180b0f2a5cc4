// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/**
			 * Which kind of bad address this was, so the error page can offer the right way out; `unexpected` is an
			 * error nobody planned for (src/hooks.client.ts).
			 */
			reason?: 'unknown-lesson' | 'unknown-step' | 'unexpected';
			lesson?: string;
			step?: string;
			total?: number;
		}
		interface PageState {
			/**
			 * The step a lesson shows, when the learner stepped inside the page rather than loading it (see
			 * src/lib/lessons/stepping.ts): the page's own data still holds the step it was loaded with.
			 */
			shown?: { step: number; href: string };
		}
	}
}

export {};
