/**
 * How VHD files were made and changed around Windows Server 2008, outside a running VM:
 *
 * - VMM 2008 conversions. P2V online: VMM's agent on the physical source takes a VSS snapshot of its NTFS
 *   volumes while it keeps serving, and the copy becomes a VHD (S48). P2V offline: the source restarts into
 *   Windows PE and VMM clones its volumes (S48). V2V: a VMware VM's .vmx and .vmdk files, from the VMM
 *   library, with each .vmdk converted to a .vhd (S49, S52). Either way the files reach the host over the
 *   network, the .vhd is written to its disk and a VM is defined around it through Hyper-V's WMI interface;
 *   VMMS then holds an ordinary VM that is off. The order of the last two is our estimate.
 * - Hyper-V's image management (Msvm_ImageManagementService in root\virtualization, served by VMMS's WMI
 *   provider, S50): what Hyper-V Manager's Edit Disk wizard calls to compact, convert or expand a .vhd, and the
 *   Mount method, the only built-in way in WS2008 to open a .vhd as a disk in the root: the virtual disk API
 *   behind diskpart's vdisk commands arrived with Windows 7 and WS2008 R2 (S51).
 *
 * One run is one job, chosen by the input; the source computer and the VMM server are not on Microsoft's
 * figure, so a run starts where the host first sees the job: at its NIC, or at the WMI interface.
 */
import { setup } from 'xstate';
import { at, type HopMeta } from '../hop';
import { doneAt } from '../legs';

export const conversionJobs = ['p2vOnline', 'p2vOffline', 'v2v'] as const;
export const diskJobs = ['compact', 'convert', 'expand', 'mount'] as const;
export type VhdToolsJob = (typeof conversionJobs)[number] | (typeof diskJobs)[number];

export interface VhdToolsInput {
	job: VhdToolsJob;
}

export interface VhdToolsContext {
	job: VhdToolsJob;
}

export type VhdToolsEvent = {
	type: 'vhd.write' | 'vm.define' | 'vmms.register' | 'vhd.edit' | 'vhd.mount' | 'disk.surface';
};

const is =
	(job: VhdToolsJob) =>
	({ context }: { context: VhdToolsContext }) =>
		context.job === job;

/**
 * Where the host first sees each conversion job: the copy of the source's disks arriving over the network. A disk
 * job starts at the image management service instead.
 */
const copiedFirst = {
	p2vOnline: 'vssCopy',
	p2vOffline: 'winPeCopy',
	v2v: 'vmwareFiles'
} as const satisfies Record<(typeof conversionJobs)[number], string>;

export const vhdToolsMachine = setup({
	types: {
		context: {} as VhdToolsContext,
		events: {} as VhdToolsEvent,
		input: {} as VhdToolsInput,
		meta: {} as HopMeta,
		tags: {} as 'completed'
	},
	guards: {
		p2vOnline: is('p2vOnline'),
		p2vOffline: is('p2vOffline'),
		v2v: is('v2v'),
		compact: is('compact'),
		convert: is('convert'),
		expand: is('expand'),
		mount: is('mount')
	}
}).createMachine({
	id: 'vhdTools',
	context: ({ input }) => ({ job: input.job }),
	initial: 'job',
	states: {
		// Which job this run is; left at once for the first place the host sees it.
		job: {
			always: [
				...conversionJobs.map((job) => ({ guard: job, target: copiedFirst[job] })),
				{ target: 'imageService' }
			]
		},
		vssCopy: {
			meta: at('hw-nic', 'hardware', ['S48', 'S52'], { act: 'VSS' }),
			on: { 'vhd.write': 'vhdWritten' }
		},
		winPeCopy: {
			meta: at('hw-nic', 'hardware', ['S48'], { act: 'WinPE' }),
			on: { 'vhd.write': 'vhdWritten' }
		},
		vmwareFiles: {
			meta: at('hw-nic', 'hardware', ['S49', 'S52'], { act: '.vmdk' }),
			on: { 'vhd.write': 'vmdkConverted' }
		},
		vhdWritten: {
			meta: at('hw-disk', 'hardware', ['S48'], { act: '.vhd' }),
			on: { 'vm.define': 'defined' }
		},
		vmdkConverted: {
			meta: at('hw-disk', 'hardware', ['S49'], { act: '→ .vhd' }),
			on: { 'vm.define': 'defined' }
		},
		// The order of "write the disk, then define the VM" is our reading: the sources list the parts, not it.
		defined: {
			meta: at('root-wmi', 'root-user', ['S48', 'S1'], { estimate: true }),
			on: { 'vmms.register': 'registered' }
		},
		registered: doneAt(at('root-vmms', 'root-user', ['S1', 'S48'])),
		// Hyper-V Manager (or a script) calls Msvm_ImageManagementService through WMI.
		imageService: {
			meta: at('root-wmi', 'root-user', ['S50', 'S31']),
			on: {
				'vhd.edit': [
					{ guard: 'compact', target: 'compacted' },
					{ guard: 'convert', target: 'converted' },
					{ guard: 'expand', target: 'expanded' }
				],
				'vhd.mount': { guard: 'mount', target: 'mounted' }
			}
		},
		compacted: doneAt(at('hw-disk', 'hardware', ['S50'], { act: 'Compact' })),
		converted: doneAt(at('hw-disk', 'hardware', ['S50'], { act: 'Convert' })),
		expanded: doneAt(at('hw-disk', 'hardware', ['S50'], { act: 'Expand' })),
		mounted: {
			meta: at('hw-disk', 'hardware', ['S50'], { act: 'Mount' }),
			on: { 'disk.surface': 'surfaced' }
		},
		surfaced: doneAt(at('root-io-stack', 'root-kernel', ['S50'], { act: 'new disk' }))
	}
});
