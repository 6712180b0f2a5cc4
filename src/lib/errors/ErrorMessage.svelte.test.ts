import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import '../../app.css';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import ErrorMessage from './ErrorMessage.svelte';

const baseLocale = getLocale;

describe('ErrorMessage', () => {
	afterEach(() => overwriteGetLocale(baseLocale));

	it('turns an unexpected error into a friendly word with a way to try again and a way home', async () => {
		const screen = await render(ErrorMessage, {
			status: 500,
			error: { message: 'TypeError: x is undefined' }
		});
		await expect
			.element(screen.getByRole('heading', { level: 1 }))
			.toHaveTextContent('Something went wrong');
		await expect
			.element(
				screen.getByText('Enlighten ran into a problem it did not expect.', { exact: false })
			)
			.toBeVisible();
		expect(document.body.textContent).not.toContain('TypeError');
		await expect.element(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
		await expect
			.element(screen.getByRole('link', { name: 'Go to the home page' }))
			.toHaveAttribute('href', '/');
	});

	it('speaks Dutch on a Dutch page, and links to the Dutch home page', async () => {
		overwriteGetLocale(() => 'nl');
		const screen = await render(ErrorMessage, {
			status: 500,
			error: { message: 'Internal Error' }
		});
		await expect
			.element(screen.getByRole('heading', { level: 1 }))
			.toHaveTextContent('Er ging iets mis');
		await expect.element(screen.getByRole('button', { name: 'Probeer het opnieuw' })).toBeVisible();
		await expect
			.element(screen.getByRole('link', { name: 'Naar de startpagina' }))
			.toHaveAttribute('href', '/nl/');
	});

	it('keeps the lesson loader’s own message for a step that does not exist, with a link to step 1', async () => {
		const screen = await render(ErrorMessage, {
			status: 404,
			error: {
				message: 'Lesson “hypercalls” has steps 1 to 12; there is no step “99”.',
				reason: 'unknown-step',
				lesson: 'hypercalls'
			}
		});
		await expect
			.element(screen.getByRole('heading', { level: 1 }))
			.toHaveTextContent('Something is not here');
		await expect.element(screen.getByText('there is no step “99”', { exact: false })).toBeVisible();
		await expect
			.element(screen.getByRole('link', { name: 'Start the lesson at step 1' }))
			.toHaveAttribute('href', '/learn/hypercalls/1/');
		await expect.element(screen.getByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
	});
});
