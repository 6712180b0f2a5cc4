/**
 * first-paint.js decides in plain script, before the app runs, what the app decides again once it does: the
 * saved theme, and whether this window is a speaker's. Run here in a bare context, as a page's head runs it.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { pick, seeded } from '$lib/testing/fuzz';
import { presentationAtStart } from '$lib/presenter/presentation.svelte';
import { PRESENTING_KEY } from '$lib/presenter/wanted';
import script from './first-paint.js?raw';

/** The document's data attributes after the script ran on this address, with these stores. */
function firstPaint(address: string, kept: Record<string, string> = {}) {
	const url = new URL(address, 'https://example.org');
	const dataset: Record<string, string> = {};
	const storage = (items: Record<string, string>) => ({
		getItem: (key: string) => items[key] ?? null
	});
	runInNewContext(script, {
		document: { documentElement: { dataset } },
		location: { search: url.search, pathname: url.pathname },
		localStorage: storage({}),
		sessionStorage: storage(kept),
		URLSearchParams
	});
	return dataset;
}

describe('first-paint.js, a speaker’s window', () => {
	it('is marked when the address or the tab’s kept presentation makes it the speaker', () => {
		expect(firstPaint('/learn/storage/3/?present=talk-1&role=speaker').presenting).toBe('speaker');
		const kept = { [PRESENTING_KEY]: JSON.stringify({ session: 'talk-1', role: 'speaker' }) };
		expect(firstPaint('/learn/storage/4/', kept).presenting).toBe('speaker');
		expect(
			firstPaint('/learn/storage/3/?present=talk-1&role=audience', kept).presenting
		).toBeUndefined();
		expect(firstPaint('/embed/storage/3/?present=talk-1&role=speaker').presenting).toBeUndefined();
	});

	it('decides as the app does once it runs, over 300 generated addresses and kept presentations', () => {
		// Valid ones more often than not, so both answers come up often.
		const ids = ['talk-1', 'talk-1', 'a', '', 'no spaces!', 'x'.repeat(65), '%3Cb%3E'];
		const roles = ['speaker', 'speaker', 'speaker', 'audience', '', 'Speaker', 'presenter'];
		let speakers = 0;
		for (let seed = 1; seed <= 300; seed++) {
			const r = seeded(seed);
			const query = [
				r() < 0.7 ? `present=${pick(r, ids)}` : '',
				r() < 0.7 ? `role=${pick(r, roles)}` : '',
				r() < 0.3 ? 'step=2' : ''
			]
				.filter(Boolean)
				.join('&');
			const address = `/learn/storage/3/${query ? `?${query}` : ''}`;
			const stored = pick(r, [
				undefined,
				'not json',
				'null',
				'7',
				JSON.stringify({ session: pick(r, ids), role: pick(r, roles) })
			]);
			const kept: Record<string, string> = stored === undefined ? {} : { [PRESENTING_KEY]: stored };
			const app = presentationAtStart(new URL(address, 'https://example.org'), {
				getItem: (key) => kept[key] ?? null
			});
			const marked = firstPaint(address, kept).presenting === 'speaker';
			expect(marked, `seed ${seed}: ${address} with ${stored}`).toBe(app?.role === 'speaker');
			if (marked) speakers++;
		}
		// The cases cover both answers, not one.
		expect(speakers).toBeGreaterThan(20);
		expect(speakers).toBeLessThan(270);
	});
});
