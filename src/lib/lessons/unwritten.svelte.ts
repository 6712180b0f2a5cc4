// The step a lesson shows whose address is not written yet (see showStep in stepping.ts): the page shows it at
// once, and the address follows once the step has been painted.

export const unwritten = $state<{
	/** The step and its address, on the page loaded at `on` (page.url, which shallow routing leaves alone). */
	shown?: { step: number; href: string; on: string };
}>({});
