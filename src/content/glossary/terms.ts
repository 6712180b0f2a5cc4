/**
 * The glossary's terms: which diagram box each is bound to and which sources its definition rests on. The words
 * are in `en.ts` and `nl.ts`, keyed by these ids, so a term without a translation is a type error.
 */
import type { SourceKey } from '$lib/architecture/sources';
import type { ComponentId } from '$lib/architecture/topology';
import type { GlossaryTerm } from '$lib/glossary/types';

const t = <const Id extends string>(
	id: Id,
	sources: SourceKey[],
	node?: ComponentId
): GlossaryTerm & { id: Id } => (node ? { id, node, sources } : { id, sources });

export const terms = [
	// Root partition
	t('vmms', ['S1', 'S13'], 'root-vmms'),
	t('wmi', ['S1'], 'root-wmi'),
	t('vmwp', ['S1', 'S14'], 'root-vmwp'),
	t('vid', ['S1'], 'root-vid'),
	t('winhv', ['S1'], 'root-winhv'),
	t('vsp', ['S1', 'S14', 'U6', 'U39'], 'root-vsp'),
	t('storvsp', ['S1', 'S14', 'S5'], 'root-vsp'),
	t('virtual-switch', ['S1'], 'root-vsp'),
	t('virtual-network', ['S46'], 'root-vsp'),
	t('vlan-id', ['S46', 'S47'], 'root-vsp'),
	// Children
	t('vsc', ['S1', 'S26'], 'win-vsc'),
	t('storvsc', ['S5', 'S6'], 'win-vsc'),
	t('netvsc', ['S1', 'S5'], 'win-vsc'),
	t('integration-components', ['S1', 'S26', 'S7'], 'win-vsc'),
	t('ide-fast-path', ['S13'], 'win-vsc'),
	t('linuxhv', ['S1', 'S5'], 'linux-hv'),
	t('xen-hypercall-adapter', ['S18', 'S18c']),
	// VMBus
	t('vmbus', ['S1', 'S5'], 'root-vmbus'),
	t('ring-buffer', ['S5'], 'win-vmbus'),
	t('gpadl', ['S5', 'S6'], 'win-vmbus'),
	t('synic', ['S2c', 'S3'], 'hv-synic'),
	t('monitor-page', ['S3', 'S6'], 'hv-synic'),
	// Hypervisor and processor
	t('hypervisor', ['S1', 'S16']),
	t('partition', ['S1'], 'hv-partitions'),
	t('root-partition', ['S1', 'S3', 'S13']),
	t('child-partition', ['S1']),
	t('hypercall', ['S2a', 'S3'], 'hv-hypercalls'),
	t('hypercall-page', ['S2a'], 'hv-hypercalls'),
	t('msr', ['S4', 'S2a'], 'hv-msrs'),
	t('intercept', ['S3'], 'hv-intercepts'),
	t('vm-exit', ['S3', 'S2a']),
	t('virtual-processor', ['S1', 'S10'], 'hv-scheduler'),
	t('slat', ['S23'], 'hv-address'),
	t('enlightenment', ['S2b', 'S3']),
	t('paravirtualization', ['S17', 'S18']),
	t('microkernelized', ['S16', 'S33', 'S13']),
	// Devices
	t('emulated-device', ['S9', 'S14'], 'root-vmwp'),
	t('generation-1', ['S8', 'S9']),
	t('synthetic-device', ['S1', 'S8', 'U6'], 'root-vsp'),
	// Storage
	t('vhd', ['S20', 'S10'], 'hw-disk'),
	t('bat', ['S20'], 'hw-disk'),
	t('differencing-disk', ['S20', 'S14'], 'hw-disk'),
	t('avhd', ['S10'], 'hw-disk'),
	t('snapshot', ['S10', 'S40']),
	t('pass-through-disk', ['S12b'], 'hw-disk'),
	// Operations
	t('quick-migration', ['S19', 'S12', 'S12b']),
	t('live-migration', ['S19', 'S13']),
	// Drawn only in the scenes (their place there: scene-parts.ts)
	t('sector-bitmap', ['S20']),
	t('vhd-footer', ['S20']),
	t('lun', ['S19', 'S12b']),
	t('csv', ['S19']),
	t('failover-cluster', ['S12', 'S19']),
	t('monolithic-hypervisor', ['S16', 'S33']),
	t('dom0', ['S17']),
	t('blkback', ['S17']),
	t('hvboot', ['S22']),
	t('hvix64', ['S22']),
	t('memory-overhead', ['S42', 'S2g']),
	t('hypercall-input-value', ['S2a', 'S3']),
	t('hypercall-result-value', ['S2a', 'S3'])
];

export type TermId = (typeof terms)[number]['id'];
