/**
 * Switching language keeps the reader's place. The other language is another page (`/nl/…`), loaded afresh,
 * so what the address holds is kept by linking to the full address (path, query and fragment: explore's
 * configuration and step, a handout's `?notes=0`, a glossary entry), and what only the page holds (the quiz's
 * question and answers) is handed over through sessionStorage: a component names it with keepAcrossLanguages(),
 * the language link writes it as the reader leaves, and the page in the other language takes it back once.
 */
import { untrack } from 'svelte';
import { appPath, localHref } from '$lib/i18n';
import type { Locale } from '$lib/paraglide/runtime';

const STORAGE_KEY = 'enlighten-language-switch';

/** The address `url` in `locale`: the same page, query and fragment in the other language. */
export function languageHref(url: URL, locale: Locale, prefix?: string): string {
	return localHref(appPath(url, prefix), locale, prefix) + url.search + url.hash;
}

type Handover = { to: string; values: Record<string, unknown> };

/** What the page on screen keeps, by key: read when the reader switches language (bookkeeping, not state). */
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const kept = new Map<string, () => unknown>();
/** What the page in the previous language handed to this one (read once per page load). */
let received: Record<string, unknown> | undefined;

const here = () => location.pathname + location.search;

/** Hands what this page keeps over to the page at `href`, which the reader is about to open. */
export function handOver(href: string) {
	// A one-off reading of an address, not state.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const to = new URL(href, location.href);
	const values: Record<string, unknown> = {};
	for (const [key, get] of kept) values[key] = get();
	try {
		sessionStorage.setItem(
			STORAGE_KEY,
			JSON.stringify({ to: to.pathname + to.search, values } satisfies Handover)
		);
	} catch {
		// Storage off: the other language still opens at the same address, only without the page's own state.
	}
}

/** The values handed to this page, if it was opened by a language switch (once: they are taken out). */
function handedOver(): Record<string, unknown> {
	if (received) return received;
	received = {};
	try {
		const raw = sessionStorage.getItem(STORAGE_KEY);
		sessionStorage.removeItem(STORAGE_KEY);
		const parsed: unknown = JSON.parse(raw ?? 'null');
		if (
			parsed &&
			typeof parsed === 'object' &&
			(parsed as Handover).to === here() &&
			typeof (parsed as Handover).values === 'object' &&
			(parsed as Handover).values !== null
		) {
			received = { ...(parsed as Handover).values };
		}
	} catch {
		// Nothing readable was handed over: the page starts as it always does.
	}
	return received;
}

/**
 * Keeps a component's state across a switch of language: `get` is read as the reader switches; on the page in
 * the other language, the value comes back through `set` once `accept` has vetted it (it passed through storage
 * the page does not own). Call it during component initialisation, with a key that names the same thing in
 * every language.
 */
export function keepAcrossLanguages<T>(
	key: () => string,
	get: () => T,
	set: (value: T) => void,
	accept: (value: unknown) => value is T
) {
	$effect(() => {
		const k = key();
		const read = () => $state.snapshot(get());
		kept.set(k, read);
		const values = handedOver();
		if (k in values) {
			const value = values[k];
			delete values[k];
			if (accept(value)) untrack(() => set(value));
		}
		return () => {
			if (kept.get(k) === read) kept.delete(k);
		};
	});
}
