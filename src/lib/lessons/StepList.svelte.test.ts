import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import { getLesson, loadNarration } from './catalog';
import StepList from './StepList.svelte';

describe('StepList', () => {
	it('looks like a list that opens: a disclosure triangle and the number of steps', async () => {
		const script = getLesson('synthetic-disk-read')!;
		const narration = await loadNarration(script, 'en');
		const screen = await render(StepList, {
			script,
			narration,
			step: 2,
			hrefOf: (n: number) => `/learn/synthetic-disk-read/${n}/`
		});
		const summary = screen.container.querySelector('summary')!;
		// The browser draws a summary's triangle only while it is displayed as a list item.
		expect(getComputedStyle(summary).display).toBe('list-item');
		expect(getComputedStyle(summary, '::marker').content).not.toBe('none');
		expect(summary.textContent).toContain(`(${script.steps.length})`);
		await userEvent.click(summary);
		await expect
			.element(screen.getByRole('link', { name: narration.steps[script.steps[1]!.id]!.title }))
			.toHaveAttribute('aria-current', 'step');
	});
});
