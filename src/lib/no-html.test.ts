/**
 * Nothing is ever rendered as HTML: narration, glossary, lesson files and imported progress are all text. A
 * `{@html}` anywhere in the components would be the one way around that, so there is none.
 */
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob<string>('/src/**/*.svelte', {
	query: '?raw',
	import: 'default',
	eager: true
});

describe('no HTML from data', () => {
	it('has no {@html} in any component', () => {
		const files = Object.entries(sources);
		expect(files.length).toBeGreaterThan(30);
		const offending = files.filter(([, text]) => /\{@html\s/.test(text)).map(([path]) => path);
		expect(offending).toEqual([]);
	});
});
