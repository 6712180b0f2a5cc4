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

describe('GlossaryText near the edges of the screen', () => {
	const long: Glossary = [
		{
			...glossary[0]!,
			definition:
				'A virtualization service provider: a driver in the root partition that serves one kind of device to the child partitions over VMBus.'
		}
	];

	/** Renders a term at a corner of the viewport, focuses it and returns where its definition box lies. */
	async function tipAt(corner: 'right' | 'bottom-right' | 'left') {
		const host = document.createElement('p');
		host.style.cssText = {
			right: 'position: fixed; top: 40px; right: 4px; margin: 0',
			'bottom-right': 'position: fixed; bottom: 4px; right: 4px; margin: 0',
			left: 'position: fixed; top: 40px; left: 2px; margin: 0'
		}[corner];
		document.body.append(host);
		const screen = await render(GlossaryText, {
			target: host,
			props: { text: 'VSP', glossary: long }
		});
		const link = screen.container.querySelector('a')!;
		link.focus();
		await expect.poll(() => tip(link).style.visibility).toBe('');
		// Placing runs on animation frames; give it the frame it asks for.
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
		const box = tip(link).getBoundingClientRect();
		const at = link.getBoundingClientRect();
		host.remove();
		return { box, at };
	}

	it.each(['right', 'bottom-right', 'left'] as const)(
		'keeps the definition of a term at the %s edge inside the viewport',
		async (corner) => {
			const { box, at } = await tipAt(corner);
			expect(box.width).toBeGreaterThan(40);
			expect(box.left).toBeGreaterThanOrEqual(0);
			expect(box.top).toBeGreaterThanOrEqual(0);
			expect(box.right).toBeLessThanOrEqual(window.innerWidth);
			expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
			// Beside the term, not somewhere else: just below it, or just above it where below has no room.
			if (corner === 'bottom-right') expect(box.bottom).toBeLessThanOrEqual(at.top);
			else expect(box.top).toBeGreaterThanOrEqual(at.bottom);
		}
	);
});
