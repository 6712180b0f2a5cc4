import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import { createActor, type AnyMachineSnapshot, type AnyStateNode } from 'xstate';
import { diskReadMachine } from '$lib/model/diskRead/diskRead.machine';
import { deviceIoMachine } from '$lib/model/deviceIo/deviceIo.machine';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import Statechart from './Statechart.svelte';

const baseLocale = getLocale;

const snapshotOf = (input: { guest: 'enlightened' | 'unenlightened' }): AnyMachineSnapshot =>
	createActor(diskReadMachine, { input }).start().getSnapshot();

const box = (id: string) => document.querySelector<HTMLElement>(`[data-state-id="${id}"]`);
const eventButtons = () =>
	[...document.querySelectorAll<HTMLButtonElement>('.events button')].map((b) =>
		b.textContent?.trim()
	);

describe('Statechart', () => {
	afterEach(() => overwriteGetLocale(baseLocale));

	it('marks the active leaf in words, not only in colour', async () => {
		const screen = await render(Statechart, {
			machine: diskReadMachine,
			snapshot: snapshotOf({ guest: 'enlightened' })
		});
		const app = box('diskRead.synthetic.app');
		expect(app?.getAttribute('aria-current')).toBe('true');
		expect(app?.textContent).toContain('current state');
		// A state says what it stands for, from its machine folder's descriptions.ts.
		expect(box('diskRead.synthetic.ideFilter')?.textContent).toContain('fast path');
		expect(box('diskRead.synthetic')?.textContent).toContain('active');
		expect(document.querySelectorAll('[aria-current]')).toHaveLength(1);
		await expect
			.element(screen.getByTestId('chart-now'))
			.toHaveTextContent('Current state: synthetic › app');
		// The same-named state of the other path is not drawn: its branch is closed.
		expect(box('diskRead.emulated.app')).toBeNull();
		await expect
			.element(screen.getByRole('button', { name: 'emulated' }))
			.toHaveAttribute('aria-expanded', 'false');
	});

	it('offers only the events accepted now, and sends the one clicked', async () => {
		const onsend = vi.fn();
		const screen = await render(Statechart, {
			machine: diskReadMachine,
			snapshot: snapshotOf({ guest: 'enlightened' }),
			onsend
		});
		expect(eventButtons()).toEqual(['io.submit']);
		await userEvent.click(screen.getByRole('button', { name: 'io.submit' }));
		expect(onsend).toHaveBeenCalledExactlyOnceWith('io.submit');
	});

	it('follows the snapshot, and keeps the keyboard on the events after a send', async () => {
		const actor = createActor(diskReadMachine, { input: { guest: 'enlightened' } }).start();
		const log: string[] = [];
		const screen = await render(Statechart, {
			machine: diskReadMachine,
			snapshot: actor.getSnapshot(),
			log,
			onsend: (type: string) => {
				actor.send({ type } as never);
				log.push(type);
				screen.rerender({ snapshot: actor.getSnapshot(), log: [...log] });
			}
		});
		const submit = screen.getByRole('button', { name: 'io.submit' });
		(submit.element() as HTMLElement).focus();
		await userEvent.keyboard('{Enter}');
		await expect.poll(eventButtons).toEqual(['vsc.request']);
		expect(box('diskRead.synthetic.guestStack')?.getAttribute('aria-current')).toBe('true');
		expect(box('diskRead.synthetic.app')?.hasAttribute('aria-current')).toBe(false);
		await expect.element(screen.getByRole('button', { name: 'vsc.request' })).toHaveFocus();
		await expect.element(screen.getByTestId('chart-log')).toHaveTextContent('io.submit');
	});

	it('shows the log in order, newest last, in a region that is read, not announced', async () => {
		const screen = await render(Statechart, {
			machine: diskReadMachine,
			snapshot: snapshotOf({ guest: 'enlightened' }),
			log: ['io.submit', 'vsc.request', 'vmbus.write']
		});
		const region = screen.getByRole('region', { name: 'Event log' });
		await expect.element(region).toBeVisible();
		expect(region.element().getAttribute('aria-live')).toBeNull();
		const items = [...region.element().querySelectorAll('ol > li')].map((li) => li.textContent);
		expect(items).toEqual(['io.submit', 'vsc.request', 'vmbus.write']);
	});

	it('says when nothing was sent, and when the machine is at its end', async () => {
		const screen = await render(Statechart, {
			machine: diskReadMachine,
			snapshot: createActor(diskReadMachine, {
				input: { guest: 'unenlightened', controller: 'scsi' }
			})
				.start()
				.getSnapshot(),
			onsend: () => {}
		});
		await expect.element(screen.getByText('No events sent yet.')).toBeVisible();
		await expect.element(screen.getByText('The machine has reached its end.')).toBeVisible();
		expect(eventButtons()).toEqual([]);
		expect(box('diskRead.noDisk')?.textContent).toContain('final');
	});

	it('opens and closes branches from the keyboard', async () => {
		const screen = await render(Statechart, {
			machine: diskReadMachine,
			snapshot: snapshotOf({ guest: 'enlightened' })
		});
		const emulated = screen.getByRole('button', { name: 'emulated' });
		(emulated.element() as HTMLElement).focus();
		await userEvent.keyboard('{Enter}');
		await expect.element(emulated).toHaveAttribute('aria-expanded', 'true');
		expect(box('diskRead.emulated.app')).not.toBeNull();
		await userEvent.keyboard(' ');
		await expect.element(emulated).toHaveAttribute('aria-expanded', 'false');
		expect(box('diskRead.emulated.app')).toBeNull();
	});

	it('keeps a machine of a hundred-odd states small: only the active branch is open', async () => {
		// Counted from the machine itself, so a model change (a path through one more box) moves both sides.
		const inside = (node: AnyStateNode): number =>
			Object.values(node.states).reduce((n, child) => n + 1 + inside(child), 0);
		const all = inside(deviceIoMachine.root); // every state but the root
		expect(all).toBeGreaterThan(100);
		const snapshot = createActor(deviceIoMachine, {
			input: { guest: 'linux', device: 'network' }
		})
			.start()
			.getSnapshot();
		const screen = await render(Statechart, { machine: deviceIoMachine, snapshot });
		expect(box('deviceIo.linux.network.app')?.getAttribute('aria-current')).toBe('true');
		expect(box('deviceIo.windows')?.textContent).toContain(
			`states inside: ${inside(deviceIoMachine.root.states.windows!)}`
		);
		const drawn = () => document.querySelectorAll('[data-state-id]').length;
		expect(drawn()).toBeLessThan(50);
		await userEvent.click(screen.getByRole('button', { name: 'Expand all' }));
		expect(drawn()).toBe(all);
		await userEvent.click(screen.getByRole('button', { name: 'Show only the active branch' }));
		expect(drawn()).toBeLessThan(50);
	});

	it('speaks Dutch when the page does', async () => {
		overwriteGetLocale(() => 'nl');
		const screen = await render(Statechart, {
			machine: diskReadMachine,
			snapshot: snapshotOf({ guest: 'enlightened' })
		});
		expect(box('diskRead.synthetic.app')?.textContent).toContain('huidige toestand');
		await expect
			.element(screen.getByRole('region', { name: 'Logboek van gebeurtenissen' }))
			.toBeVisible();
	});
});
