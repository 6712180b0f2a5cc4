/**
 * The glossary's terms: which diagram box each is bound to, which sources its definition rests on, and the words
 * that are the same in every language. The rest of the words are in `en.ts` and `nl.ts`, keyed by these ids, so
 * a term without a translation is a type error.
 */
import type { SourceKey } from '$lib/architecture/sources';
import type { ComponentId } from '$lib/architecture/topology';
import type { GlossaryTerm } from '$lib/glossary/types';

/**
 * A term's name where it is the same in every language (most name a part of Windows: `VMMS`), and the spellings
 * that link to it in every language (full names, file names). A locale's words add the name where it differs
 * (`paravirtualisatie`) and the spellings of its own language.
 */
const sharedWords: Record<string, Pick<GlossaryTerm, 'term' | 'aliases'>> = {
	vmms: { term: 'VMMS', aliases: ['Virtual Machine Management Service', 'vmms.exe'] },
	wmi: { term: 'WMI', aliases: ['Windows Management Instrumentation'] },
	vmwp: { term: 'VMWP', aliases: ['VMWPs', 'Virtual Machine Worker Process', 'vmwp.exe'] },
	vid: { term: 'VID', aliases: ['Virtualization Infrastructure Driver', 'vid.sys'] },
	winhv: { term: 'WinHv', aliases: ['Windows Hypervisor Interface Library', 'winhv.sys'] },
	vsp: {
		term: 'VSP',
		aliases: ['VSPs', 'Virtualization Service Provider', 'Virtualization Service Providers']
	},
	storvsp: { term: 'StorVSP' },
	'vlan-id': { aliases: ['VLAN'] },
	vsc: {
		term: 'VSC',
		aliases: [
			'VSCs',
			'Virtualization Service Client',
			'Virtualization Service Clients',
			'Virtualization Service Consumer'
		]
	},
	storvsc: { term: 'StorVSC', aliases: ['storvsc'] },
	netvsc: { term: 'NetVSC', aliases: ['netvsc'] },
	'integration-components': {
		term: 'integration components',
		aliases: [
			'Integration Components',
			'integration component',
			'ICs',
			'IC',
			'integration services',
			'Integration Services'
		]
	},
	'ide-fast-path': { term: 'IDE fast path', aliases: ['fast path', 'storflt'] },
	linuxhv: { term: 'LinuxHv' },
	'xen-hypercall-adapter': { aliases: ['hypercall adapter', 'Hypercall adapter'] },
	vmbus: { term: 'VMBus' },
	'ring-buffer': { aliases: ['ring buffers'] },
	gpadl: { term: 'GPADL', aliases: ['GPADLs', 'Guest Physical Address Descriptor List'] },
	synic: { term: 'SynIC', aliases: ['synthetic interrupt controller'] },
	'monitor-page': { aliases: ['monitor pages'] },
	hypervisor: { term: 'hypervisor', aliases: ['hypervisors'] },
	partition: { aliases: ['partitions'] },
	'root-partition': { aliases: ['parent partition'] },
	hypercall: { term: 'hypercall', aliases: ['hypercalls'] },
	msr: { term: 'MSR', aliases: ['MSRs', 'model-specific register', 'model-specific registers'] },
	intercept: { term: 'intercept', aliases: ['intercepts'] },
	'vm-exit': { term: 'VM exit', aliases: ['VM exits'] },
	'virtual-processor': { aliases: ['vCPU', 'vCPUs'] },
	slat: {
		term: 'SLAT',
		aliases: ['Second Level Address Translation', 'second-level address translation']
	},
	enlightenment: { term: 'enlightenment', aliases: ['enlightenments', 'enlightened'] },
	microkernelized: { term: 'microkernelized', aliases: ['microkernelized hypervisor'] },
	'emulated-device': { aliases: ['emulated devices'] },
	'synthetic-device': { aliases: ['synthetic devices'] },
	vhd: { term: 'VHD', aliases: ['VHDs', '.vhd'] },
	bat: { term: 'BAT', aliases: ['Block Allocation Table'] },
	avhd: { term: 'AVHD', aliases: ['AVHDs', '.avhd'] },
	snapshot: { term: 'snapshot', aliases: ['snapshots', 'checkpoint', 'checkpoints'] },
	'quick-migration': { term: 'Quick Migration', aliases: ['quick migration'] },
	'live-migration': { term: 'Live Migration', aliases: ['live migration'] },
	lun: { term: 'LUN', aliases: ['LUNs'] },
	csv: { term: 'Cluster Shared Volume', aliases: ['Cluster Shared Volumes', 'CSV'] },
	'monolithic-hypervisor': { aliases: ['VMkernel'] },
	dom0: { term: 'dom0', aliases: ['domain 0'] },
	blkback: { term: 'blkback', aliases: ['netback'] },
	hvboot: { term: 'hvboot.sys', aliases: ['hvboot'] },
	hvix64: { term: 'hvix64.exe', aliases: ['hvax64.exe', 'hvix64', 'hvax64'] },
	'hypercall-result-value': { aliases: ['HV_STATUS'] }
};

const t = <const Id extends string>(
	id: Id,
	sources: SourceKey[],
	node?: ComponentId
): GlossaryTerm & { id: Id } => ({ id, ...(node ? { node } : {}), sources, ...sharedWords[id] });

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
