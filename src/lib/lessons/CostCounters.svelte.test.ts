import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import '../../app.css';
import CostCounters from './CostCounters.svelte';

const value = (key: string) =>
	document.querySelector(`[data-counter="${key}"] dd`)?.textContent?.trim();

describe('CostCounters', () => {
	it('changes a counter when the token arrives, not before, and shows the change briefly', async () => {
		const screen = await render(CostCounters, {
			counters: [{ key: 'vmExits', value: 1 }],
			arriveMs: 400
		});
		await screen.rerender({ counters: [{ key: 'vmExits', value: 2 }], arriveMs: 400 });
		await new Promise((r) => setTimeout(r, 150));
		expect(value('vmExits')).toBe('1');
		await expect.poll(() => value('vmExits'), { timeout: 2000 }).toBe('2');
		await expect.element(screen.getByText('+1')).toBeInTheDocument();
		const change = screen.getByText('+1').element();
		// Seen, then gone after a moment (1.6 s), whether hidden or made transparent.
		const seen = () => {
			const style = getComputedStyle(change);
			return style.visibility !== 'hidden' && Number(style.opacity) > 0;
		};
		expect(seen()).toBe(true);
		await expect.poll(seen, { timeout: 4000 }).toBe(false);
	});

	it('says what each counter counts, on focus as on hover', async () => {
		const screen = await render(CostCounters, { counters: [{ key: 'interrupts', value: 0 }] });
		const term = screen.getByRole('button', { name: 'Virtual interrupts' });
		await expect
			.element(term)
			.toHaveAccessibleDescription('Virtual interrupts delivered to the guest.');
		await userEvent.tab();
		await expect.element(term).toHaveFocus();
		await expect.element(screen.getByRole('tooltip')).toBeVisible();
	});

	it('names the sizing rule a memory counter counts by', async () => {
		const screen = await render(CostCounters, {
			counters: [
				{ key: 'started', value: 2 },
				{ key: 'freeMb', value: 1024, by: 'article2008' }
			]
		});
		await expect
			.element(
				screen.getByRole('button', { name: "Memory free (MB) by the 2008 article's formula" })
			)
			.toBeInTheDocument();
		// A counter that is the same by either rule names none.
		await expect.element(screen.getByRole('button', { name: 'VMs started' })).toBeInTheDocument();
	});

	it('says when a new scenario starts instead of swapping the counters silently', async () => {
		const screen = await render(CostCounters, {
			counters: [{ key: 'vmExits', value: 0 }],
			scenario: 'The same read without enlightenment'
		});
		await expect
			.element(screen.getByRole('status'))
			.toHaveTextContent('New scenario: The same read without enlightenment');
	});
});
