/**
 * The root's part of a synthetic read, as lessons and tests send it: StorVSP issues it into the root's stack, the
 * driver reads the disk, and the completion comes back up to StorVSP. Apart from the machine, so lesson scripts
 * can use it on pages that run no machine.
 */
export const rootRead = [
	'io.issue',
	'driver.start',
	'disk.read',
	'disk.complete',
	'io.complete',
	'vsp.complete'
] as const;
