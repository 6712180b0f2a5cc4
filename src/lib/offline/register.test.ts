import { describe, expect, it, vi } from 'vitest';
import { watchServiceWorker, type WorkerContainer } from './register';

/** A stand-in for navigator.serviceWorker: an event target with a controller the test switches. */
function fakeContainer(controller: object | null, register = vi.fn(() => Promise.resolve())) {
	const target = new EventTarget();
	const container: { controller: object | null } = {
		controller,
		register,
		addEventListener: target.addEventListener.bind(target),
		removeEventListener: target.removeEventListener.bind(target)
	} as { controller: object | null };
	/** A new worker takes over, as the browser reports it. */
	const takeOver = () => {
		container.controller = {};
		target.dispatchEvent(new Event('controllerchange'));
	};
	return { container: container as unknown as WorkerContainer, takeOver, register };
}

describe('watchServiceWorker', () => {
	it('registers the worker script it is given', () => {
		const { container, register } = fakeContainer(null);
		watchServiceWorker(container, '/enlighten/service-worker.js', () => {});
		expect(register).toHaveBeenCalledWith('/enlighten/service-worker.js');
	});

	it('says nothing when the first worker takes over a page on its first visit', () => {
		const { container, takeOver } = fakeContainer(null);
		const onUpdated = vi.fn();
		watchServiceWorker(container, '/service-worker.js', onUpdated);
		takeOver();
		expect(onUpdated).not.toHaveBeenCalled();
	});

	it('reports an update when a new worker takes over from the one that controlled the page', () => {
		const { container, takeOver } = fakeContainer({});
		const onUpdated = vi.fn();
		watchServiceWorker(container, '/service-worker.js', onUpdated);
		expect(onUpdated).not.toHaveBeenCalled();
		takeOver();
		expect(onUpdated).toHaveBeenCalledTimes(1);
	});

	it('reports a second release found while the page stays open, after a first install', () => {
		const { container, takeOver } = fakeContainer(null);
		const onUpdated = vi.fn();
		watchServiceWorker(container, '/service-worker.js', onUpdated);
		takeOver();
		takeOver();
		expect(onUpdated).toHaveBeenCalledTimes(1);
	});

	it('stops listening when asked, and survives a registration the browser refuses', async () => {
		const refused = vi.fn(() => Promise.reject(new DOMException('blocked', 'SecurityError')));
		const { container, takeOver } = fakeContainer({}, refused);
		const onUpdated = vi.fn();
		const stop = watchServiceWorker(container, '/service-worker.js', onUpdated);
		await Promise.resolve();
		stop();
		takeOver();
		expect(onUpdated).not.toHaveBeenCalled();
		expect(refused).toHaveBeenCalledOnce();
	});
});
