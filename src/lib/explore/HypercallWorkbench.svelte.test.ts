import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import HypercallWorkbench from './HypercallWorkbench.svelte';
import { defaultWorkbenchConfig, type WorkbenchConfig } from './workbench';

const baseLocale = getLocale;

/** The bits and the value a row of the bit table shows. */
const row = (low: number) => {
	const tr = document.querySelector(`tr[data-low="${low}"]`);
	return {
		bits: tr?.querySelector('.bits')?.textContent?.trim(),
		value: tr?.querySelector('.value')?.textContent?.trim()
	};
};

const createPartitionFromChild: WorkbenchConfig = {
	...defaultWorkbenchConfig(),
	call: { callCode: 0x0040, fast: false, repCount: 0, repStartIndex: 0 }
};

describe('HypercallWorkbench', () => {
	afterEach(() => overwriteGetLocale(baseLocale));

	it('shows HvCallSignalEvent as a fast call bit by bit and in hex', async () => {
		const screen = await render(HypercallWorkbench, { initial: createPartitionFromChild });
		await userEvent.selectOptions(screen.getByLabelText('Call code'), '93');
		await userEvent.click(screen.getByLabelText(/Fast call: parameters in registers/));

		await expect
			.element(screen.getByLabelText('Input value in hex (RCX)'))
			.toHaveValue('0x000000000001005D');
		await expect
			.element(screen.getByRole('table'))
			.toHaveAccessibleName(/Input value 0x000000000001005D, bit by bit/);
		expect(row(0)).toEqual({ bits: '0000 0000 0101 1101', value: '0x005D HvCallSignalEvent' });
		expect(row(16)).toEqual({ bits: '1', value: '1: fast, parameters in registers' });
		expect(row(32)).toEqual({ bits: '0000 0000 0000', value: '0' });
		expect(row(17).value).toBe('must be 0');
		await expect
			.element(screen.getByRole('rowheader', { name: 'Rep start index bits 59–48' }))
			.toBeVisible();
		await expect
			.element(screen.getByRole('rowheader', { name: 'Reserved bits 63–60' }))
			.toBeVisible();
	});

	it('decodes a typed hex value into the fields, and tells the page', async () => {
		const onchange = vi.fn();
		const screen = await render(HypercallWorkbench, { onchange });
		await userEvent.fill(screen.getByLabelText('Input value in hex (RCX)'), '0x0014001900000051');

		await expect
			.element(screen.getByLabelText('Call code'))
			.toHaveDisplayValue('0x0051 HvCallSetVpRegisters');
		await expect.element(screen.getByLabelText(/^Rep count/)).toHaveValue(25);
		await expect.element(screen.getByLabelText(/^Rep start index/)).toHaveValue(20);
		await expect.element(screen.getByLabelText(/Fast call/)).not.toBeChecked();
		expect(row(48).value).toBe('20');
		expect(onchange).toHaveBeenLastCalledWith({
			...defaultWorkbenchConfig(),
			call: { callCode: 0x51, fast: false, repCount: 25, repStartIndex: 20 }
		});
	});

	it('says what is wrong with typed values and keeps the last valid one, never NaN', async () => {
		const screen = await render(HypercallWorkbench);
		const hex = screen.getByLabelText('Input value in hex (RCX)');
		await userEvent.fill(hex, '0xZZ');
		await expect
			.element(screen.getByTestId('hcw-error-hex'))
			.toHaveTextContent(/only the hex digits .* keeps the last valid value, 0x000000000001005D/);
		await expect.element(hex).toHaveAttribute('aria-invalid', 'true');
		await expect.element(hex).toHaveAccessibleDescription(/only the hex digits/);

		await userEvent.fill(hex, '0x8000000000100051');
		await expect
			.element(screen.getByTestId('hcw-error-hex'))
			.toHaveTextContent(/reserved bits set \(63, 20\).*HV_STATUS_INVALID_HYPERCALL_INPUT/);
		expect(row(0).value).toBe('0x005D HvCallSignalEvent');

		await userEvent.fill(screen.getByLabelText(/^Rep count/), '5000');
		await expect
			.element(screen.getByTestId('hcw-error-repCount'))
			.toHaveTextContent('Rep count: enter a number from 0 to 4,095.');
		await userEvent.fill(screen.getByLabelText(/^Rep count/), '');
		await expect
			.element(screen.getByTestId('hcw-error-repCount'))
			.toHaveTextContent('Rep count: enter a number.');
		expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity/);

		// A valid value from another field clears what it replaced.
		await userEvent.fill(hex, '0x0000000300000003');
		await expect.element(screen.getByLabelText(/^Rep count/)).toHaveValue(3);
		expect(document.querySelector('[data-testid="hcw-error-repCount"]')).toBeNull();
		expect(document.querySelector('[data-testid="hcw-error-hex"]')).toBeNull();
	});

	it("denies a child's HvCallCreatePartition, and lets the root through", async () => {
		const screen = await render(HypercallWorkbench);
		await userEvent.selectOptions(screen.getByLabelText('Call code'), '64');
		await expect.element(screen.getByLabelText('CreatePartitions')).not.toBeChecked();
		await userEvent.click(screen.getByRole('button', { name: 'Issue the hypercall' }));

		await expect
			.element(screen.getByTestId('hcw-status'))
			.toHaveTextContent('HV_STATUS_ACCESS_DENIED (0x0006)');
		await expect
			.element(screen.getByTestId('hcw-outcome'))
			.toHaveTextContent(/does not hold the CreatePartitions privilege/);
		await expect.element(screen.getByText('Privilege held: failed')).toBeVisible();
		await expect
			.element(screen.getByText('Blocks aligned, or a fast call: not reached'))
			.toBeVisible();

		await userEvent.click(screen.getByLabelText('Root partition'));
		await expect.element(screen.getByLabelText('CreatePartitions')).toBeChecked();
		await expect
			.element(screen.getByText(/The settings have changed since this call/))
			.toBeVisible();
		await userEvent.click(screen.getByRole('button', { name: 'Issue the hypercall' }));
		await expect
			.element(screen.getByTestId('hcw-status'))
			.toHaveTextContent('HV_STATUS_SUCCESS (0x0000)');
	});

	it('answers a misaligned block with INVALID_ALIGNMENT, and continues a long rep call', async () => {
		const screen = await render(HypercallWorkbench, {
			initial: { ...createPartitionFromChild, caller: 'root', privileges: ['CreatePartitions'] }
		});
		const issue = screen.getByRole('button', { name: 'Issue the hypercall' });
		await userEvent.click(screen.getByLabelText(/8-byte aligned/));
		await userEvent.click(issue);
		await expect
			.element(screen.getByTestId('hcw-status'))
			.toHaveTextContent('HV_STATUS_INVALID_ALIGNMENT (0x0004)');

		await userEvent.click(screen.getByLabelText(/8-byte aligned/));
		await userEvent.selectOptions(screen.getByLabelText('Call code'), '81');
		await expect.element(screen.getByLabelText(/^Rep count/)).toHaveValue(25);
		await userEvent.click(issue);
		await expect.element(screen.getByTestId('hcw-status')).toHaveTextContent('HV_STATUS_SUCCESS');
		await expect.element(screen.getByTestId('hcw-reps')).toHaveTextContent('25');
		await expect
			.element(screen.getByTestId('hcw-continued'))
			.toHaveTextContent(/^Yes, in 2 executions/);
		await expect.element(screen.getByText('0x0014001900000051: reps 20 to 24')).toBeVisible();
	});

	it('fits a 390 px wide phone without sideways scrolling', async () => {
		await page.viewport(390, 844);
		const screen = await render(HypercallWorkbench, {
			initial: {
				...createPartitionFromChild,
				caller: 'root',
				call: { callCode: 0x0002, fast: false, repCount: 0, repStartIndex: 0 }
			}
		});
		await userEvent.click(screen.getByRole('button', { name: 'Issue the hypercall' }));
		await expect.element(screen.getByTestId('hcw-status')).toBeVisible();
		const section = document.querySelector('section')!;
		expect(section.getBoundingClientRect().right).toBeLessThanOrEqual(390);
		expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390);
		for (const el of section.querySelectorAll('table, fieldset, dl, select, input')) {
			expect(el.getBoundingClientRect().right, el.outerHTML.slice(0, 60)).toBeLessThanOrEqual(390);
		}
	});

	it('speaks Dutch when the page does', async () => {
		overwriteGetLocale(() => 'nl');
		const screen = await render(HypercallWorkbench);
		await expect
			.element(screen.getByLabelText('Invoerwaarde in hex (RCX)'))
			.toHaveValue('0x000000000001005D');
		expect(row(16).value).toBe('1: fast, parameters in registers');
		await userEvent.fill(screen.getByLabelText('Invoerwaarde in hex (RCX)'), '0x40');
		await expect
			.element(screen.getByLabelText('Call code'))
			.toHaveDisplayValue('0x0040 HvCallCreatePartition');
		await userEvent.click(screen.getByRole('button', { name: 'Voer de hypercall uit' }));
		await expect
			.element(screen.getByTestId('hcw-status'))
			.toHaveTextContent('HV_STATUS_ACCESS_DENIED (0x0006)');
		await expect
			.element(screen.getByTestId('hcw-outcome'))
			.toHaveTextContent(/heeft het privilege CreatePartitions niet/);
		await expect.element(screen.getByText('Privilege aanwezig: mislukt')).toBeVisible();

		await userEvent.fill(screen.getByLabelText(/^Rep count/), '5000');
		await expect
			.element(screen.getByTestId('hcw-error-repCount'))
			.toHaveTextContent(
				'Rep count: vul een getal van 0 tot en met 4.095 in. De werkbank houdt de laatste geldige waarde aan, 0.'
			);
	});
});
