import { describe, expect, it } from 'vitest';
import '../../app.css';
import VhdSizeCalculator from './VhdSizeCalculator.svelte';
import { renderCalculator, shownText, typeInto } from './render-calculator';

const cell = (part: string, type: string) =>
	shownText(`tr[data-part="${part}"] td[data-type="${type}"]`);

describe('VhdSizeCalculator', () => {
	it('shows the bytes of every part: a 127 GB disk with 10 GB written', async () => {
		const screen = await renderCalculator(VhdSizeCalculator);
		// Fixed: 127 × 2³⁰ bytes of data and the 512-byte footer.
		expect(cell('data', 'fixed')).toBe('136,365,211,648');
		expect(cell('footer', 'fixed')).toBe('512');
		expect(cell('bat', 'fixed')).toBe('—does not apply');
		expect(cell('total', 'fixed')).toBe('136,365,212,160 (127 GB)');
		// Dynamic: 512 + 1024 + a BAT of 65,024 × 4 = 260,096 + 5120 × (512 + 2 MB) + 512.
		expect(cell('footerCopy', 'dynamic')).toBe('512');
		expect(cell('dynamicHeader', 'dynamic')).toBe('1,024');
		expect(cell('bat', 'dynamic')).toBe('260,096');
		expect(cell('bitmaps', 'dynamic')).toBe('2,621,440');
		expect(cell('data', 'dynamic')).toBe('10,737,418,240');
		expect(cell('total', 'dynamic')).toBe('10,740,301,824 (10 GB)');
		await expect
			.element(screen.getByRole('columnheader', { name: 'Dynamically expanding or differencing' }))
			.toBeVisible();
		await expect
			.element(screen.getByTestId('vhd-blocks'))
			.toHaveTextContent('5,120 of 65,024 blocks of 2 MB hold data.');
		await expect
			.element(
				screen.getByRole('rowheader', {
					name: 'Block allocation table (65,024 entries of 4 bytes)'
				})
			)
			.toBeVisible();
		await expect
			.element(screen.getByRole('table', { name: 'The VHD file, part by part, in bytes' }))
			.toBeVisible();
	});

	it('labels every input, and answers again as the numbers change', async () => {
		const screen = await renderCalculator(VhdSizeCalculator, {
			typed: { 'Virtual disk size (GB)': '10', 'Data written (GB)': '1' }
		});
		// 10 GB, 1 GB written: 512 + 1024 + 20,480 + 512 × 512 + 2³⁰ + 512.
		await expect.poll(() => cell('total', 'dynamic')).toBe('1,074,026,496 (1 GB)');
		expect(cell('total', 'fixed')).toBe('10,737,418,752 (10 GB)');
		await typeInto(screen, { 'Data written (GB)': '0' });
		await expect.poll(() => cell('total', 'dynamic')).toBe('22,528 (22 KB)');
		await expect
			.element(screen.getByLabelText('Data written (GB)'))
			.toHaveAccessibleDescription(/differencing disk/);
	});

	it('speaks Dutch when the page does', async () => {
		const screen = await renderCalculator(VhdSizeCalculator, { locale: 'nl' });
		expect(cell('total', 'dynamic')).toBe('10.740.301.824 (10 GB)');
		await typeInto(screen, { 'Geschreven data (GB)': '-1' });
		await expect
			.element(screen.getByTestId('vhd-error'))
			.toHaveTextContent('Geschreven data: vul minstens 0 in.');
	});
});
