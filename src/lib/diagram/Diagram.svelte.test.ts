import { beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import { initialTransition, transition } from 'xstate';
import en from '../../content/architecture/en';
import { diskReadMachine, type DiskReadEventType } from '$lib/model/diskRead/diskRead.machine';
import { hopOf } from '$lib/model/hop';
import { travelAlong } from '$lib/architecture/travel';
import Diagram from './Diagram.svelte';

function hopAfter(guest: 'enlightened' | 'unenlightened', events: DiskReadEventType[]) {
	let [snapshot] = initialTransition(diskReadMachine, { guest });
	for (const type of events) [snapshot] = transition(diskReadMachine, snapshot, { type });
	return hopOf(snapshot);
}

const box = (id: string) => document.querySelector<HTMLElement>(`[data-component="${id}"]`);

describe('Diagram', () => {
	beforeAll(async () => {
		// The diagram fills its container, as it does on the page; give the test's container a page's size.
		await page.viewport(1280, 800);
		document.head.insertAdjacentHTML('beforeend', '<style>body > div { height: 720px; }</style>');
	});

	it('lights the box the snapshot names, and only that one', async () => {
		const hop = hopAfter('enlightened', ['io.submit', 'vsc.request', 'vmbus.write']);
		expect(hop?.node).toBe('win-vmbus');
		const travels = travelAlong(['win-vsc', 'win-vmbus']);
		const screen = await render(Diagram, { text: en, hop, travels });
		await expect
			.element(screen.getByRole('button', { name: /^VMBus, Enlightened Windows/ }))
			.toHaveAttribute('aria-current', 'step');
		expect(document.querySelectorAll('[aria-current="step"]')).toHaveLength(1);
		await expect
			.poll(() =>
				document
					.querySelector('.svelte-flow__edge-path.active')
					?.closest('[data-id]')
					?.getAttribute('data-id')
			)
			.toBe('win-vsc-vmbus');
		await expect.poll(() => document.querySelectorAll('.token-layer circle').length).toBe(1);
	});

	it('follows the hop when the snapshot moves on', async () => {
		const screen = await render(Diagram, {
			text: en,
			hop: hopAfter('unenlightened', [])
		});
		await expect.poll(() => box('legacy-apps')?.getAttribute('aria-current')).toBe('step');
		await screen.rerender({
			hop: hopAfter('unenlightened', ['io.submit', 'driver.start', 'cpu.trap']),
			travels: travelAlong(['legacy-drivers', 'hv-intercepts'])
		});
		await expect.poll(() => box('hv-intercepts')?.getAttribute('aria-current')).toBe('step');
		expect(box('legacy-apps')?.getAttribute('aria-current')).toBeNull();
	});

	it('runs the token along every link of the step, one after another, to where the request is', async () => {
		const hop = hopAfter('enlightened', [
			'io.submit',
			'vsc.request',
			'vmbus.write',
			'vmbus.signal',
			'hv.hypercall',
			'synic.signal'
		]);
		expect(hop?.node).toBe('hv-synic');
		const travels = travelAlong(['win-vmbus', 'win-winhv', 'hv-hypercalls', 'hv-synic']);
		expect(travels).toHaveLength(3);
		await render(Diagram, { text: en, hop, travels });
		// All three links are lit for this step.
		await expect
			.poll(() => document.querySelectorAll('.svelte-flow__edge-path.active').length)
			.toBe(3);
		// The token ends on the SynIC box's bottom edge, where the last link (drawn bottom to bottom) enters it.
		const centre = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { x: r.left + r.width / 2, y: r.top + r.height / 2, bottom: r.bottom };
		};
		await expect
			.poll(
				() => {
					const token = document.querySelector('.token-layer circle');
					const synic = box('hv-synic');
					if (!token || !synic) return Infinity;
					const t = centre(token);
					const s = centre(synic);
					return Math.hypot(t.x - s.x, t.y - s.bottom);
				},
				{ timeout: 4000 }
			)
			.toBeLessThan(8);
	});

	it('opens the details of a clicked box, and closes them with Escape', async () => {
		const screen = await render(Diagram, { text: en });
		await screen.getByRole('button', { name: /^VID,/ }).click();
		const details = screen.getByRole('complementary', { name: 'VID' });
		await expect.element(details).toBeVisible();
		await expect.element(details).toHaveTextContent(en.components['root-vid'].description);
		await userEvent.keyboard('{Escape}');
		await expect.element(details).not.toBeInTheDocument();
	});

	it('is one tab stop, and arrow keys move between boxes', async () => {
		await render(Diagram, { text: en });
		const focusable = [...document.querySelectorAll('[data-component]')].filter(
			(el) => el.getAttribute('tabindex') === '0'
		);
		expect(focusable).toHaveLength(1);
		box('root-vsp')!.focus();
		await userEvent.keyboard('{ArrowDown}');
		expect(document.activeElement?.getAttribute('data-component')).toBe('root-io-stack');
		await userEvent.keyboard('{Enter}');
		await expect.element(page.getByRole('complementary', { name: 'I/O stack' })).toBeVisible();
	});

	it('offers the whole diagram as text, and no hidden link handles as buttons', async () => {
		const screen = await render(Diagram, { text: en });
		await expect.element(screen.getByRole('button', { name: /^VID,/ })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Handle', exact: true }).query()).toBeNull();
		await expect
			.element(screen.getByRole('heading', { name: 'The diagram as text' }))
			.toBeInTheDocument();
		await expect.element(screen.getByText(/^StorVSP|VSPs \(Kernel mode\)/)).toBeInTheDocument();
	});
});
