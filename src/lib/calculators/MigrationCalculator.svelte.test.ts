import { describe, expect, it } from 'vitest';
import '../../app.css';
import MigrationCalculator from './MigrationCalculator.svelte';
import { renderCalculator, shownText, typeInto } from './render-calculator';

const text = (testId: string) => shownText(`[data-testid="${testId}"]`);

describe('MigrationCalculator', () => {
	it('sets Quick Migration downtime beside the Live Migration blackout, with passes and ratio', async () => {
		const screen = await renderCalculator(MigrationCalculator);
		// 4 GB: save 40.96 s + move 5 s + restore 40.96 s; pre-copy 4096 → 744.7 → 135.4 MB, 24.6 MB left.
		expect(text('mig-quick-down')).toBe('86.9 s');
		expect(text('mig-live-down')).toBe('224 ms');
		expect(text('mig-passes')).toBe('3 of at most 10');
		expect(text('mig-sent')).toBe('4,096 MB · 744.7 MB · 135.4 MB');
		expect(text('mig-converged')).toBe('yes: 24.6 MB left, no more than 64 MB');
		expect(text('mig-ratio')).toContain('388 times as long');
		await expect
			.element(screen.getByRole('columnheader', { name: /Live Migration \(2008 R2\) estimate/ }))
			.toBeVisible();
		await expect
			.element(screen.getByRole('table', { name: 'Downtime by kind of migration (estimates)' }))
			.toBeVisible();
	});

	it('labels every input, and shows pre-copy cut off at 10 passes when the VM dirties too fast', async () => {
		const screen = await renderCalculator(MigrationCalculator, {
			typed: { 'VM memory (MB)': '1024', 'Memory the running VM changes (MB/s)': '200' }
		});
		await expect.poll(() => text('mig-passes')).toBe('10 of at most 10');
		expect(text('mig-converged')).toBe('no: cut off at 10 passes with 1,024 MB still to send');
		// 1024 / 110 = 9.31 s blackout; 2 × 10.24 + 5 = 25.48 s for Quick Migration.
		expect(text('mig-live-down')).toBe('9.3 s');
		expect(text('mig-quick-down')).toBe('25.5 s');
		expect(text('mig-ratio')).toContain('2.74 times');
		await expect
			.element(screen.getByLabelText('Migration network (MB/s)'))
			.toHaveAccessibleDescription(/1 Gbit\/s/);
	});

	it('has no ratio when the VM changes no memory', async () => {
		await renderCalculator(MigrationCalculator, {
			typed: { 'Memory the running VM changes (MB/s)': '0' }
		});
		await expect.poll(() => text('mig-live-down')).toBe('0 ms');
		expect(text('mig-ratio')).toContain('no ratio');
	});

	it('speaks Dutch when the page does', async () => {
		const screen = await renderCalculator(MigrationCalculator, { locale: 'nl' });
		await expect.element(screen.getByLabelText('Geheugen van de VM (MB)')).toHaveValue(4096);
		expect(text('mig-quick-down')).toBe('86,9 s');
		expect(text('mig-sent')).toBe('4.096 MB · 744,7 MB · 135,4 MB');
		await typeInto(screen, { 'Schijf naar de andere node verplaatsen (s)': '-1' });
		await expect
			.element(screen.getByTestId('mig-error'))
			.toHaveTextContent('Schijf naar de andere node verplaatsen: vul minstens 0 in.');
	});
});
