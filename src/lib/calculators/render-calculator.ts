/**
 * For the calculators' browser tests: what a reader does with one of them, said once. Render it (in a locale),
 * type numbers into fields found by their labels, and read back what a table cell or message says.
 */
import type { Component } from 'svelte';
import { onTestFinished } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

/** Numbers to type, by the label of their field, in the order a reader types them. */
export type Typed = Readonly<Record<string, string>>;

/** Renders `calculator`, in `locale` if one is given (the page's own again after the test), and types `typed`. */
export async function renderCalculator(
	calculator: Component,
	{ locale, typed = {} }: { locale?: 'en' | 'nl'; typed?: Typed } = {}
) {
	if (locale) {
		const pageLocale = getLocale;
		overwriteGetLocale(() => locale);
		onTestFinished(() => overwriteGetLocale(pageLocale));
	}
	const screen = await render(calculator);
	await typeInto(screen, typed);
	return screen;
}

/** Types each number into the field with its label. */
export async function typeInto(screen: Awaited<ReturnType<typeof render>>, typed: Typed) {
	for (const [label, value] of Object.entries(typed))
		await userEvent.fill(screen.getByLabelText(label), value);
}

/** The text of the first element `selector` finds, as a reader sees it: runs of white space as one. */
export const shownText = (selector: string) =>
	document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
