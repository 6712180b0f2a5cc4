/**
 * Registers the service worker (src/service-worker.ts) and reports when a new version of it takes over a page
 * that an older one controlled: that is the moment the reader is on a new release, offline copy included.
 */

/** The part of `navigator.serviceWorker` this needs (a fake one in the unit test). */
export type WorkerContainer = Pick<
	ServiceWorkerContainer,
	'controller' | 'register' | 'addEventListener' | 'removeEventListener'
>;

/**
 * Registers `scriptUrl` and calls `onUpdated` each time a worker takes over from another. The first worker to
 * control a page that had none (the first visit) is no update. Returns a function that stops listening.
 */
export function watchServiceWorker(
	container: WorkerContainer,
	scriptUrl: string,
	onUpdated: () => void
): () => void {
	let controlled = container.controller !== null;
	const onControllerChange = () => {
		if (controlled) onUpdated();
		controlled = true;
	};
	container.addEventListener('controllerchange', onControllerChange);
	// A failed registration (private mode, a file:// page, an old browser) only means no offline copy.
	container.register(scriptUrl).catch(() => undefined);
	return () => container.removeEventListener('controllerchange', onControllerChange);
}
