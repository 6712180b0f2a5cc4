// What every calculator promises, checked once for all four: a number it cannot use gets a message saying which
// and why, the input is marked and described by it, nothing reads NaN, and a corrected number clears it. Each
// calculator's own file tests its answers.
import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../app.css';
import LimitsChecker from './LimitsChecker.svelte';
import MemoryCalculator from './MemoryCalculator.svelte';
import MigrationCalculator from './MigrationCalculator.svelte';
import VhdSizeCalculator from './VhdSizeCalculator.svelte';
import { renderCalculator, type Typed } from './render-calculator';

const escaped = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

interface BadNumber {
	calculator: Component;
	/** Numbers typed first, to set the case up. */
	before?: Typed;
	label: string;
	value: string;
	/** The message's test id: the form's one message, or (LimitsChecker) the input's own. */
	testid: string;
	message: string;
	/** A number that is fine again. */
	fix: string;
}

/** One calculator's bad numbers, each [label, value, message, fix], with the test id of their message. */
const casesOf = (
	calculator: Component,
	testid: string,
	rows: readonly (readonly [label: string, value: string, message: string, fix: string])[]
): BadNumber[] =>
	rows.map(([label, value, message, fix]) => ({ calculator, label, value, testid, message, fix }));

const cases: BadNumber[] = [
	...casesOf(MemoryCalculator, 'calc-error', [
		['Host memory (MB)', '', 'Host memory: enter a number.', '8192'],
		['Memory per VM (MB)', '100000', 'Memory per VM: at most 65,536 MB', '1024'],
		['Number of VMs', '-2', 'Number of VMs: enter at least 0.', '3']
	]),
	...casesOf(MigrationCalculator, 'mig-error', [
		['Migration network (MB/s)', '0', 'Migration network: enter more than 0.', '110'],
		['VM memory (MB)', '', 'VM memory: enter a number.', '4096'],
		['VM memory (MB)', '70000', 'VM memory: at most 65,536 MB', '4096'],
		['Shared storage (MB/s)', '-5', 'Shared storage: enter more than 0.', '100'],
		['Shared storage (MB/s)', '1e9', 'at most 100,000 MB/s', '100']
	]),
	...casesOf(VhdSizeCalculator, 'vhd-error', [
		['Virtual disk size (GB)', '0', 'Virtual disk size: enter more than 0.', '10'],
		['Virtual disk size (GB)', '3000', 'Virtual disk size: at most 2,040 GB', '10'],
		['Data written (GB)', '', 'Data written: enter a number.', '1']
	]),
	{
		calculator: VhdSizeCalculator,
		before: { 'Virtual disk size (GB)': '10' },
		label: 'Data written (GB)',
		value: '20',
		testid: 'vhd-error',
		message: 'Data written: at most 10 GB, the size of the disk.',
		fix: '5'
	},
	// LimitsChecker puts each message at its own input.
	...(
		[
			['Virtual processors', '0', 'vcpus', 'Virtual processors: enter at least 1.', '2'],
			['Memory (MB)', '', 'memoryMb', 'Memory: enter a number.', '2048'],
			['Memory (MB)', '2097152', 'memoryMb', 'Memory: at most 1,048,576 MB', '2048'],
			['Snapshots', '1000000', 'snapshots', 'Snapshots: at most 1,000.', '3'],
			[
				'Legacy network adapters (emulated)',
				'1.5',
				'legacyNics',
				'Legacy network adapters (emulated): enter a whole number.',
				'0'
			],
			['SCSI controllers', '-1', 'scsiControllers', 'SCSI controllers: enter at least 0.', '1']
		] as const
	).flatMap(([label, value, field, message, fix]) =>
		casesOf(LimitsChecker, `lim-error-${field}`, [[label, value, message, fix]])
	)
];

describe('every calculator', () => {
	it.each(cases.map((c) => [c.label, c.value, c] as const))(
		'says what is wrong with %s = "%s", at the input, never NaN',
		async (label, value, c) => {
			const screen = await renderCalculator(c.calculator, { typed: c.before });
			const input = screen.getByLabelText(label);
			await userEvent.fill(input, value);
			await expect.element(screen.getByTestId(c.testid)).toHaveTextContent(c.message);
			await expect.element(input).toHaveAttribute('aria-invalid', 'true');
			await expect.element(input).toHaveAccessibleDescription(escaped(c.message));
			expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity/);
			// LimitsChecker checks the other numbers still; the others answer only when all are usable.
			if (c.calculator !== LimitsChecker) expect(document.querySelector('table')).toBeNull();

			await userEvent.fill(input, c.fix);
			await expect.element(input).not.toHaveAttribute('aria-invalid');
			await expect.element(screen.getByTestId(c.testid)).not.toBeInTheDocument();
		}
	);

	it.each([
		['LimitsChecker', LimitsChecker],
		['MigrationCalculator', MigrationCalculator],
		['VhdSizeCalculator', VhdSizeCalculator]
	] as const)(
		'%s fits a 390 px wide phone without scrolling sideways',
		async (_name, calculator) => {
			await page.viewport(390, 800);
			await renderCalculator(calculator);
			const scroller = document.querySelector<HTMLElement>('.scroll');
			expect(scroller).not.toBeNull();
			expect(scroller!.scrollWidth).toBeLessThanOrEqual(scroller!.clientWidth);
			expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390);
		}
	);
});
