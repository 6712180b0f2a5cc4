import { describe, expect, it } from 'vitest';
import '../../app.css';
import LimitsChecker from './LimitsChecker.svelte';
import { renderCalculator, typeInto } from './render-calculator';

const cells = (row: string) =>
	[...document.querySelectorAll(`tr[data-row="${row}"] > *`)].map((c) =>
		c.textContent?.replace(/\s+/g, ' ').trim()
	);
/** The verdict, then each line of explanation under the row. */
const result = (row: string) =>
	[
		cells(row)[3],
		...[...document.querySelectorAll(`[data-testid="lim-detail-${row}"] .why`)].map((line) =>
			line.textContent?.trim()
		)
	].join(' ');

describe('LimitsChecker', () => {
	it("checks a modest VM: all within the limits, with the 2008 article's wrong figures beside the real ones", async () => {
		const screen = await renderCalculator(LimitsChecker);
		await expect
			.element(screen.getByTestId('lim-summary'))
			.toHaveTextContent('Everything fits within the Windows Server 2008 limits.');
		expect(cells('vcpus')).toEqual(['Virtual processors', '2', '4', 'Within the limit']);
		expect(cells('memoryMb')).toEqual(['Memory (MB)', '2,048', '65,536', 'Within the limit']);
		expect(cells('scsiDisks').slice(1, 3)).toEqual(['2', '64']);
		expect(result('scsiDisks')).toContain(
			'The 2008 article said 255 disks per SCSI controller (255 here), a pre-release figure'
		);
		expect(result('nics')).toContain(
			'The 2008 article said at most 4 network adapters; the released product allows 12.'
		);
		expect(result('snapshots')).toContain(
			'snapshots go 10 levels deep; the released product allows 50'
		);
		// The 8 + 4 split of the NICs is [M].
		expect(cells('syntheticNics')[2]).toBe('8 estimate');
		await expect
			.element(
				screen.getByRole('table', { name: 'This VM against the Windows Server 2008 limits' })
			)
			.toBeVisible();
	});

	it('explains each over-limit value with the real limit', async () => {
		const screen = await renderCalculator(LimitsChecker, {
			typed: {
				'Virtual processors': '8',
				'Network adapters (synthetic)': '9',
				'SCSI disks': '255'
			}
		});
		await expect
			.poll(() => result('vcpus'))
			.toBe('Over the limit A VM has at most 4 virtual processors; its guest OS may allow fewer.');
		expect(result('syntheticNics')).toContain('Over the limit A VM has at most 8 synthetic');
		// One SCSI controller holds 64, whatever the 2008 article's 255.
		expect(result('scsiDisks')).toContain('Over the limit 64 disks on each SCSI controller: 64');
		// 9 + 0 = 9 NICs are within the 12, though over the article's 4.
		expect(result('nics')).toMatch(/^Within the limit/);
		await expect
			.element(screen.getByTestId('lim-summary'))
			.toHaveTextContent('Over the limit: 3 of 9 items.');
		await typeInto(screen, { 'IDE devices (disks and DVD drives)': '0' });
		await expect.poll(() => result('ideDevices')).toContain('boots only from IDE');
	});

	it('checks the other numbers while one cannot be used', async () => {
		const screen = await renderCalculator(LimitsChecker, {
			typed: { 'Virtual processors': '0', 'Memory (MB)': '' }
		});
		await expect
			.element(screen.getByLabelText('Memory (MB)'))
			.toHaveAccessibleDescription('Memory: enter a number.');
		expect(document.querySelector('tr[data-row="vcpus"]')).toBeNull();
		expect(result('snapshots')).toMatch(/^Within the limit/);
		await expect.element(screen.getByTestId('lim-summary')).toHaveTextContent('cannot be checked');
	});

	it('speaks Dutch when the page does', async () => {
		const screen = await renderCalculator(LimitsChecker, { locale: 'nl' });
		expect(cells('memoryMb')).toEqual(['Geheugen (MB)', '2.048', '65.536', 'Binnen de limiet']);
		await typeInto(screen, { 'Virtuele processors': '5' });
		await expect.poll(() => result('vcpus')).toContain('Boven de limiet');
		await typeInto(screen, { Snapshots: '2.5' });
		await expect
			.element(screen.getByTestId('lim-error-snapshots'))
			.toHaveTextContent('Snapshots: vul een heel getal in.');
	});
});
