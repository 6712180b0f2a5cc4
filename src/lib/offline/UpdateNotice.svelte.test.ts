import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import '../../app.css';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import UpdateNotice from './UpdateNotice.svelte';
import { UpdateStatus } from './update.svelte';

const baseLocale = getLocale;

describe('UpdateNotice', () => {
	afterEach(() => overwriteGetLocale(baseLocale));

	it('keeps an empty status region in the page until a new version takes over, then says so', async () => {
		const status = new UpdateStatus();
		const screen = await render(UpdateNotice, { status, register: false });
		const region = screen.getByRole('status');
		await expect.element(region).toBeInTheDocument();
		await expect.element(region).toHaveTextContent('');
		status.updated(false);
		await expect
			.element(region)
			.toHaveTextContent(
				'Enlighten has been updated to a new version, which is stored for use without a network.'
			);
		await expect.element(screen.getByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
	});

	it('closes when dismissed, and the region stays for the next announcement', async () => {
		const status = new UpdateStatus();
		const screen = await render(UpdateNotice, { status, register: false });
		status.updated(false);
		await screen.getByRole('button', { name: 'Dismiss' }).click();
		await expect.element(screen.getByRole('status')).toHaveTextContent('');
		expect(status.state).toBe('none');
	});

	it('offers a reload when this page is older than the version that took over, in Dutch too', async () => {
		overwriteGetLocale(() => 'nl');
		const status = new UpdateStatus();
		const screen = await render(UpdateNotice, { status, register: false });
		status.updated(true);
		await expect
			.element(screen.getByRole('status'))
			.toHaveTextContent('Laad de pagina opnieuw om die te gebruiken.');
		await expect.element(screen.getByRole('button', { name: 'Opnieuw laden' })).toBeVisible();
		await expect.element(screen.getByRole('button', { name: 'Sluiten' })).toBeVisible();
	});
});
