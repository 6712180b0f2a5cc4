import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import en from '../../content/architecture/en';
import { playToEnd } from '$lib/model/run';
import { hopOf } from '$lib/model/hop';
import { machines } from '$lib/model/machines';
import HopInspector from './HopInspector.svelte';

// The emulated read's first intercept message, as the model has it: the root's WinHv receives it.
const emulated = playToEnd(machines.diskRead, { guest: 'unenlightened' }).states.map(hopOf);
const messageHop = emulated.find((h) => h?.carries === 'ioPortIntercept')!;
const synthetic = playToEnd(machines.diskRead, { guest: 'enlightened' }).states.map(hopOf);
const packetHop = synthetic.find((h) => h?.carries === 'vstorRequest')!;

describe('HopInspector', () => {
	it('names the box, its partition and privilege, and the intercept message it receives', async () => {
		const screen = await render(HopInspector, { hop: messageHop, text: en, event: 'hv.message' });
		await expect.element(screen.getByRole('heading', { name: 'WinHv' })).toBeVisible();
		await expect.element(screen.getByText('root kernel mode')).toBeVisible();
		await expect.element(screen.getByText('Root partition')).toBeVisible();
		const table = screen.getByRole('table', { name: /the intercept message to the root/ });
		await expect.element(table).toHaveTextContent('0x80010000 HvMessageTypeX64IoPortIntercept');
		await expect.element(table).toHaveTextContent('PortNumber');
		// Estimated hops say so in words.
		await expect.element(screen.getByText(/Estimate/)).toBeVisible();
	});

	it("shows StorVSC's packet on the synthetic path", async () => {
		const screen = await render(HopInspector, { hop: packetHop, text: en });
		await expect
			.element(screen.getByRole('table'))
			.toHaveTextContent('VSTOR_OPERATION_EXECUTE_SRB (3)');
		await expect.element(screen.getByText('guest kernel mode')).toBeVisible();
	});

	it('says when there is no hop yet', async () => {
		const screen = await render(HopInspector, { hop: undefined, text: en });
		await expect.element(screen.getByText('The request has not started yet.')).toBeVisible();
	});
});
