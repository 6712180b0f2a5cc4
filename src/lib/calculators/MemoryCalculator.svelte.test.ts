import { describe, expect, it } from 'vitest';
import MemoryCalculator from './MemoryCalculator.svelte';
import { renderCalculator, shownText, typeInto } from './render-calculator';

const needed = (rule: string) => shownText(`tr.total td[data-rule="${rule}"]`);

describe('MemoryCalculator', () => {
	it("sets the 2008 article's formula beside the planning rule, with the difference", async () => {
		const screen = await renderCalculator(MemoryCalculator);
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
		const screen = await renderCalculator(MemoryCalculator, {
			typed: { 'Host memory (MB)': '16384', 'Number of VMs': '6', 'Memory per VM (MB)': '2048' }
		});
		await expect.poll(() => needed('article2008')).toBe('12,992 MB');
		expect(needed('planning')).toBe('14,576 MB');
		await expect.element(screen.getByTestId('calc-difference')).toHaveTextContent('1,584 MB more');
	});

	it('speaks Dutch when the page does', async () => {
		const screen = await renderCalculator(MemoryCalculator, { locale: 'nl' });
		await expect.element(screen.getByLabelText('Geheugen van de host (MB)')).toHaveValue(8192);
		expect(needed('planning')).toBe('8.312 MB');
		await expect.element(screen.getByText('120 MB tekort')).toBeVisible();
		await typeInto(screen, { "Aantal VM's": '2.5' });
		await expect
			.element(screen.getByTestId('calc-error'))
			.toHaveTextContent("Aantal VM's: vul een heel getal in.");
	});
});
