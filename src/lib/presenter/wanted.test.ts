import { describe, expect, it } from 'vitest';
import { PRESENTING_KEY, presentingFromStart } from './wanted';

const storage = (saved: Record<string, string>) => ({
	getItem: (key: string) => saved[key] ?? null
});

describe('presentingFromStart: whether a window loads the presenter as it opens', () => {
	it('does for a speaker view or audience window opened by its address', () => {
		const url = new URL('https://x/learn/storage/2/?present=abc&role=speaker');
		expect(presentingFromStart(url, storage({}))).toBe(true);
	});

	it('does after a reload in the middle of a presentation', () => {
		const url = new URL('https://x/learn/storage/2/');
		expect(presentingFromStart(url, storage({ [PRESENTING_KEY]: '{}' }))).toBe(true);
	});

	it('does not otherwise, nor when storage is off or refuses to be read', () => {
		const url = new URL('https://x/?role=speaker');
		expect(presentingFromStart(url, storage({}))).toBe(false);
		expect(presentingFromStart(url, undefined)).toBe(false);
		const refusing = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			}
		};
		expect(presentingFromStart(url, refusing)).toBe(false);
	});
});
