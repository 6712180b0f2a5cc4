/** What each state of the vhdTools machine stands for, by state path: explore's statechart shows it beside the state. */
import type { StateDescriptions } from '../leg-descriptions';

export default {
	job: 'Chooses the job: a VMM conversion or an image-management call.',
	vssCopy:
		'Online P2V: the source keeps serving; VMM copies its NTFS volumes from a read-only VSS snapshot, and the copy reaches the host over the network.',
	winPeCopy:
		'Offline P2V: the source restarts into Windows PE, VMM clones its volumes, and the copy reaches the host over the network.',
	vmwareFiles:
		"V2V: the VMware VM's .vmx and .vmdk files come from the VMM library to the host over the network.",
	vhdWritten: "P2V: the source's volumes written into a .vhd on the host's disk.",
	vmdkConverted: 'V2V: each .vmdk converted into a .vhd on the host\u2019s disk.',
	defined: "A VM is defined around the new .vhd through Hyper-V's WMI interface.",
	registered:
		'VMMS holds the new VM, off, like any VM made in Hyper-V Manager; the source is left as it was.',
	imageService:
		"Hyper-V Manager's Edit Disk wizard or a script calls Msvm_ImageManagementService through WMI.",
	compacted:
		'A dynamically expanding .vhd compacted: its unused blocks given back, so the file shrinks; nothing is compressed.',
	converted: 'A .vhd converted from dynamically expanding to fixed size, or back, as a new file.',
	expanded: 'A .vhd given a larger size.',
	mounted: 'The Mount method opens the .vhd file in loopback mode.',
	surfaced: "The .vhd shows up in the root's storage stack as one more disk, its volumes readable."
} satisfies StateDescriptions;
