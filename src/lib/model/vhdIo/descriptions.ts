/** What each state of the vhdIo machine stands for, by state path: explore's statechart shows it beside the state. */
import type { StateDescriptions } from '../leg-descriptions';

export default {
	request: 'The request arrives from StorVSP (or the IDE emulator) in the root.',
	physical:
		'A disk set offline in the root and given to one VM: no file, no VHD features, no snapshots.',
	offset: 'Sector \u00d7 512 from the start of the file: nothing to look up.',
	bat: "The block's BAT entry: a sector offset in the file, or 0xFFFFFFFF.",
	parent: 'A differencing disk without the sector: the read goes on to the parent in the chain.',
	zeros: "A dynamic disk's unwritten block reads as zeros, with no data read at all [M].",
	allocate:
		'The first write to a block: a new block, its sector bitmap first, is appended to the file, and the BAT entry and the footer are rewritten.',
	claim:
		"A write into a differencing disk's allocated block also marks the sector as its own in the block's bitmap.",
	data: "Where the sector's data lives in this file.",
	device: 'The physical disk reads or writes the sectors.',
	done: 'The access is served; StorVSP (or the IDE emulator) completes it to the guest.'
} satisfies StateDescriptions;
