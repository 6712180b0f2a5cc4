import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import MemoryCalculator from './MemoryCalculator.svelte';

const baseLocale = getLocale;

const needed = (rule: string) =>
	document.querySelector(`tr.total td[data-rule="${rule}"]`)?.textContent?.trim();

describe('MemoryCalculator', () => {
	afterEach(() => overwriteGetLocale(baseLocale));

	it("sets the 2008 article's formula beside the planning rule, with the difference", async () => {
		const screen = await render(MemoryCalculator);
		// Three 2 GB VMs on 8 GB: 512 + 3 × 2080 against 2048 + 3 × 2088.
		expect(needed('article2008')).toBe('6,752 MB');
		expect(needed('planning')).toBe('8,312 MB');
		await expect.element(screen.getByText('short by 120 MB')).toBeVisible();
		await expect
			.element(screen.getByTestId('calc-difference'))
			.toHaveTextContent('The planning rule asks 1,560 MB more');
		await expect
			.element(screen.getByRole('columnheader', { name: /Planning rule estimate/ }))
			.toBeVisible();
	});

	it('labels every input, and answers again as the numbers change', async () => {
		const screen = await render(MemoryCalculator);
		await userEvent.fill(screen.getByLabelText('Host memory (MB)'), '16384');
		await userEvent.fill(screen.getByLabelText('Number of VMs'), '6');
		await userEvent.fill(screen.getByLabelText('Memory per VM (MB)'), '2048');
		await expect.poll(() => needed('article2008')).toBe('12,992 MB');
		expect(needed('planning')).toBe('14,576 MB');
		await expect.element(screen.getByTestId('calc-difference')).toHaveTextContent('1,584 MB more');
	});

	it('speaks Dutch when the page does', async () => {
		overwriteGetLocale(() => 'nl');
		const screen = await render(MemoryCalculator);
		await expect.element(screen.getByLabelText('Geheugen van de host (MB)')).toHaveValue(8192);
		expect(needed('planning')).toBe('8.312 MB');
		await expect.element(screen.getByText('120 MB tekort')).toBeVisible();
		await userEvent.fill(screen.getByLabelText("Aantal VM's"), '2.5');
		await expect
			.element(screen.getByTestId('calc-error'))
			.toHaveTextContent("Aantal VM's: vul een heel getal in.");
	});
});
