import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import type { Glossary } from './types';
import GlossaryText from './GlossaryText.svelte';

const glossary: Glossary = [
	{
		id: 'vsp',
		node: 'root-vsp',
		sources: ['S1'],
		term: 'VSP',
		aliases: ['VSPs'],
		definition: 'Serves devices.'
	},
	{
		id: 'vmbus',
		node: 'root-vmbus',
		sources: ['S1'],
		term: 'VMBus',
		aliases: [],
		definition: 'The channel.'
	}
];
const text = 'A VSP reads from VMBus; the VSP answers.';

const tip = (link: Element) =>
	document.getElementById(link.getAttribute('aria-describedby') ?? '') as HTMLElement;

describe('GlossaryText', () => {
	it('renders the text unchanged, with each term linked once to its glossary entry', async () => {
		const screen = await render(GlossaryText, { text, glossary });
		const links = [...screen.container.querySelectorAll('a')];
		expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
			['VSP', '/glossary/#vsp'],
			['VMBus', '/glossary/#vmbus']
		]);
		// Hidden definitions aside, the words and spaces are exactly those of the text.
		expect(screen.container.innerText.trim()).toBe(text);
		expect(screen.container.querySelector('[title]')).toBeNull();
	});

	it('gives each link its definition as accessible description, not as part of its name', async () => {
		const screen = await render(GlossaryText, { text, glossary });
		const link = screen.getByRole('link', { name: 'VSP', exact: true });
		await expect.element(link).toHaveAccessibleDescription('Serves devices.');
		await expect
			.element(screen.getByRole('link', { name: 'VMBus' }))
			.toHaveAccessibleDescription('The channel.');
	});

	it('shows the definition on focus and hides it on Escape', async () => {
		const screen = await render(GlossaryText, { text, glossary });
		const link = screen.container.querySelector('a')!;
		expect(getComputedStyle(tip(link)).display).toBe('none');
		await userEvent.tab();
		expect(document.activeElement).toBe(link);
		expect(getComputedStyle(tip(link)).display).toBe('block');
		await userEvent.keyboard('{Escape}');
		expect(getComputedStyle(tip(link)).display).toBe('none');
		await userEvent.tab();
		await userEvent.tab({ shift: true });
		expect(getComputedStyle(tip(link)).display).toBe('block');
	});

	it('never renders the text as HTML', async () => {
		const screen = await render(GlossaryText, { text: '<b>VSP</b> & co', glossary });
		expect(screen.container.querySelector('b')).toBeNull();
		expect(screen.container.textContent).toContain('<b>');
	});
});
