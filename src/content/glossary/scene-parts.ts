/**
 * Where a glossary term is drawn in one of the scenes (or among the hypercall registers), for its "Show in the
 * diagram" link: the page /scenes/<scene>/<part>/ shows that scene with the part lit. A term may also have a box
 * in the architecture figure (terms.ts); then the glossary offers both. Checked by parseSceneParts (the part must
 * be one its scene has), where the site is built and in the tests.
 */
import type { ScenePart } from '$lib/glossary/scene-parts';
import type { TermId } from './terms';

export const sceneParts: Partial<Record<TermId, ScenePart>> = {
	// A virtual disk, file by file
	bat: { scene: 'vhd', part: 'vhd-bat' },
	'sector-bitmap': { scene: 'vhd', part: 'vhd-bitmap' },
	'vhd-footer': { scene: 'vhd', part: 'vhd-footer' },
	avhd: { scene: 'vhd', part: 'avhd-newest' },
	'differencing-disk': { scene: 'vhd', part: 'avhd-newest' },
	// Two cluster nodes
	'failover-cluster': { scene: 'cluster', part: 'a-host' },
	lun: { scene: 'cluster', part: 'storage' },
	csv: { scene: 'cluster', part: 'storage' },
	'quick-migration': { scene: 'cluster', part: 'storage' },
	'live-migration': { scene: 'cluster', part: 'network' },
	// The host's memory
	'memory-overhead': { scene: 'memory', part: 'ram' },
	// Three hypervisor designs
	'monolithic-hypervisor': { scene: 'designs', part: 'esx-vmkernel' },
	dom0: { scene: 'designs', part: 'xen-dom0' },
	blkback: { scene: 'designs', part: 'xen-blkback' },
	microkernelized: { scene: 'designs', part: 'hv-root' },
	// The boot
	hvboot: { scene: 'boot', part: 'hvboot' },
	hvix64: { scene: 'boot', part: 'hypervisor' },
	// The hypercall registers
	'hypercall-input-value': { scene: 'registers', part: 'rcx' },
	'hypercall-result-value': { scene: 'registers', part: 'rax' }
};
