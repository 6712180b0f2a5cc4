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
			description: 'Chooses the job: a VMM conversion or an image-management call.',
			always: [
				{ guard: 'p2vOnline', target: 'vssCopy' },
				{ guard: 'p2vOffline', target: 'winPeCopy' },
				{ guard: 'v2v', target: 'vmwareFiles' },
				{ target: 'imageService' }
			]
		},
		vssCopy: {
			description:
				'Online P2V: the source keeps serving; VMM copies its NTFS volumes from a read-only VSS snapshot, and the copy reaches the host over the network.',
			meta: at('hw-nic', 'hardware', ['S48', 'S52'], { act: 'VSS' }),
			on: { 'vhd.write': 'vhdWritten' }
		},
		winPeCopy: {
			description:
				'Offline P2V: the source restarts into Windows PE, VMM clones its volumes, and the copy reaches the host over the network.',
			meta: at('hw-nic', 'hardware', ['S48'], { act: 'WinPE' }),
			on: { 'vhd.write': 'vhdWritten' }
		},
		vmwareFiles: {
			description:
				"V2V: the VMware VM's .vmx and .vmdk files come from the VMM library to the host over the network.",
			meta: at('hw-nic', 'hardware', ['S49', 'S52'], { act: '.vmdk' }),
			on: { 'vhd.write': 'vmdkConverted' }
		},
		vhdWritten: {
			description: "P2V: the source's volumes written into a .vhd on the host's disk.",
			meta: at('hw-disk', 'hardware', ['S48'], { act: '.vhd' }),
			on: { 'vm.define': 'defined' }
		},
		vmdkConverted: {
			description: 'V2V: each .vmdk converted into a .vhd on the host’s disk.',
			meta: at('hw-disk', 'hardware', ['S49'], { act: '→ .vhd' }),
			on: { 'vm.define': 'defined' }
		},
		// The order of "write the disk, then define the VM" is our reading: the sources list the parts, not it.
		defined: {
			description: "A VM is defined around the new .vhd through Hyper-V's WMI interface.",
			meta: at('root-wmi', 'root-user', ['S48', 'S1'], { estimate: true }),
			on: { 'vmms.register': 'registered' }
		},
		registered: {
			type: 'final',
			tags: ['completed'],
			description:
				'VMMS holds the new VM, off, like any VM made in Hyper-V Manager; the source is left as it was.',
			meta: at('root-vmms', 'root-user', ['S1', 'S48'])
		},
		// Hyper-V Manager (or a script) calls Msvm_ImageManagementService through WMI.
		imageService: {
			description:
				"Hyper-V Manager's Edit Disk wizard or a script calls Msvm_ImageManagementService through WMI.",
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
		compacted: {
			type: 'final',
			tags: ['completed'],
			description:
				'A dynamically expanding .vhd compacted: its unused blocks given back, so the file shrinks; nothing is compressed.',
			meta: at('hw-disk', 'hardware', ['S50'], { act: 'Compact' })
		},
		converted: {
			type: 'final',
			tags: ['completed'],
			description:
				'A .vhd converted from dynamically expanding to fixed size, or back, as a new file.',
			meta: at('hw-disk', 'hardware', ['S50'], { act: 'Convert' })
		},
		expanded: {
			type: 'final',
			tags: ['completed'],
			description: 'A .vhd given a larger size.',
			meta: at('hw-disk', 'hardware', ['S50'], { act: 'Expand' })
		},
		mounted: {
			description: 'The Mount method opens the .vhd file in loopback mode.',
			meta: at('hw-disk', 'hardware', ['S50'], { act: 'Mount' }),
			on: { 'disk.surface': 'surfaced' }
		},
		surfaced: {
			type: 'final',
			tags: ['completed'],
			description:
				"The .vhd shows up in the root's storage stack as one more disk, its volumes readable.",
			meta: at('root-io-stack', 'root-kernel', ['S50'], { act: 'new disk' })
		}
	}
});
