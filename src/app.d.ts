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
	}
}

export {};
