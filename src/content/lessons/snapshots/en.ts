import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Snapshots: a chain of differencing disks',
	summary:
		'Take snapshots of a running VM, see why each one is a new .avhd file, what the 2008 limit really was, and follow reads and writes through the chain.',
	objectives: [
		'Explain a snapshot as a differencing disk (.avhd) plus saved configuration and state.',
		'State the Windows Server 2008 limit: 50 snapshots per VM, not "10 levels".',
		'Describe what applying and deleting a snapshot do, and when the merge happened.',
		'Follow a read and a write through a differencing disk: BAT, sector bitmap, parent.'
	],
	steps: {
		'one-disk': {
			title: 'One VM, one virtual disk',
			text: "This VM is switched off and has one virtual hard disk, a .vhd file on the root's storage. VMMS, the management service in the root, keeps track of the VM and of any snapshots it gets.",
			notes:
				'Point at VMMS: snapshot requests from Hyper-V Manager or SCVMM all end up here. Ask the class where they expect a snapshot to keep its data.'
		},
		running: {
			title: 'Started and running',
			text: 'We start the VM: VMMS launches its worker process, and the hypervisor builds the partition and schedules it. The guest writes to its .vhd as usual.',
			notes: 'The start path is the subject of the management lesson; here it is one click.'
		},
		'first-snapshot': {
			title: 'First snapshot: a new .avhd',
			text: "A snapshot freezes the .vhd: Hyper-V creates a differencing disk, an .avhd file with the .vhd as its parent, and saves the VM's configuration and state beside it. From now on every write goes to the .avhd.",
			notes:
				'The counter shows one snapshot, and the VM never had to be shut down. Ask: what must the .vhd now be? (Read-only.)'
		},
		'second-snapshot': {
			title: 'A chain of differencing disks',
			text: 'A second snapshot adds another .avhd whose parent is the first one. The chain now runs from the .vhd through two .avhd files, and only the newest file takes writes.',
			notes:
				'Draw the chain on the board, oldest on the left, and mark every file but the newest as frozen.'
		},
		fifty: {
			title: 'Up to 50 per VM',
			text: 'Keep going and the counter stops at 50: Windows Server 2008 allows 50 snapshots per VM, fewer if the storage fills up. The model refuses a 51st.',
			correction:
				'The 2008 article says snapshots go "10 levels deep". In fact the released product allowed 50 snapshots per VM, each stored as an .avhd file.',
			notes:
				'Every extra level is one more file a read may have to pass through, so deep chains cost time as well as space.'
		},
		delete: {
			title: 'Deleting a snapshot',
			text: 'Deleting a snapshot takes it out of the tree at once: the counter drops to 49. Its .avhd stays in the chain, waiting to be merged into its parent, because the VM is still running.',
			notes:
				'Point at the two counters: 49 snapshots, 1 file waiting to merge, so the chain is still 50 files long. Ask: what would free the disk space? (Shutting the VM down.)'
		},
		'delete-and-merge': {
			title: 'Deleting means merging',
			text: 'Shut the VM down, and the .avhd folds its blocks into its parent: the chain is one file shorter. Microsoft documents this wait for the VM to be off for 2008 R2, with live merge only in Windows Server 2012; that 2008 did the same is our estimate.',
			notes:
				'Watch the chain count drop from 50 files to 49 on the merge, not on the delete. A VM that is never shut down keeps its whole chain, and the disk space it uses.'
		},
		'read-arrives': {
			title: 'Inside the newest .avhd',
			text: 'Now zoom in on the files. A guest read arrives at StorVSP in the root, aimed at the newest differencing disk.',
			notes:
				'This is a fresh run of the disk model: one read of one sector. The request could as well come from the IDE emulator; the VHD layer is the same.'
		},
		bat: {
			title: 'Look up the block',
			text: "An .avhd is laid out like a dynamic VHD: its Block Allocation Table (BAT) gives each block's place in the file (blocks are 2 MB by default), or 0xFFFFFFFF if the file has no such block yet.",
			notes:
				'Before showing it, ask where this lookup runs: in the root kernel, in the storage stack.'
		},
		'bitmap-hit': {
			title: 'The sector bitmap says: mine',
			text: 'This block exists in the .avhd, and its sector bitmap has a 1 for our sector: it was written after the snapshot. So this file serves the read.',
			notes:
				'One bit per 512-byte sector: a 2 MB block carries a 512-byte bitmap in front of its data.'
		},
		'from-the-avhd': {
			title: 'Read from the newest file',
			text: 'One read of the .avhd file on the physical disk, and the data goes back up to StorVSP. The older files in the chain were not touched.',
			notes: 'Point at the file I/O counter: one read.'
		},
		apply: {
			title: 'Apply a snapshot, then read',
			text: 'Applying a snapshot throws away the current state and the writes since the snapshot: the VM goes on with a new, empty .avhd whose parent is the disk that snapshot froze, so the frozen disk stays unchanged. The new BAT has no block for our sector, so the read passes to the parent.',
			notes:
				'Ask what happened to the writes made since that snapshot: they are gone, unless a snapshot of the current state was taken first.'
		},
		'parent-read': {
			title: 'Down the chain',
			text: 'The read goes to the parent file on disk instead, and further up the chain until some file holds the sector. Every level is one more lookup.',
			notes: 'The parent-read counter shows one fall-through; in a deep chain there can be many.'
		},
		'parent-done': {
			title: 'Served by the parent',
			text: "The parent's data comes back to StorVSP. The guest cannot tell which file in the chain served it.",
			notes:
				'Ask: is the parent file changed by this read? (No: only the newest file is ever written.)'
		},
		'first-write': {
			title: 'The first write to a block',
			text: 'Now the guest writes a sector in a block the new .avhd does not have yet. Hyper-V appends a block with its sector bitmap to the file, points the BAT at it and rewrites the footer at the new end.',
			notes:
				'Counters: one allocation and two bookkeeping writes, before the data itself is written.'
		},
		'write-lands': {
			title: 'Data into the .avhd',
			text: "The data goes into the new block and the sector's bitmap bit is set, so later reads of it stay in this file. The parent is never written.",
			notes:
				'Contrast with the read: reads may walk the chain, writes always land in the newest file.'
		},
		'write-done': {
			title: 'What differencing costs',
			text: "The write is done and the snapshot's files are untouched, which is what makes going back possible. The price is extra lookups, bookkeeping writes and disk space that grows with every change.",
			notes:
				'Recap: a snapshot is a point in a chain of files on the same storage as the VM. It is not a backup.'
		}
	},
	questions: {
		limit: {
			prompt: 'How many snapshots could one VM have in Windows Server 2008?',
			options: { 'ten-levels': '10 levels deep', unlimited: 'No limit' },
			explanation:
				'50 per VM, fewer if the storage runs out. The 2008 article\'s "10 levels deep" was wrong for the released product.'
		},
		avhd: {
			prompt: "What does Hyper-V store for a snapshot's disk contents?",
			options: {
				'differencing-avhd': 'A differencing VHD (.avhd) whose parent is the previous disk',
				'full-copy': 'A full copy of the .vhd',
				'memory-only': "Only the VM's memory",
				'sparse-disk': 'A separate "sparse" disk'
			},
			explanation:
				'Each snapshot adds an .avhd, a differencing VHD, next to the saved configuration and state. "Sparse" is not a separate Hyper-V disk type: a dynamic VHD is the sparse kind.'
		},
		'not-in-child': {
			prompt:
				'A read asks for a sector the newest .avhd does not hold (no block, or a 0 in the bitmap). Where does the data come from?',
			options: {
				parent: 'From the parent disk in the chain',
				zeros: 'It reads as zeros',
				error: 'The read fails',
				allocate: 'A block is allocated first'
			},
			explanation:
				'A differencing disk only holds what changed. Whatever it does not claim is read from its parent, and so on up the chain to the base .vhd.'
		},
		'first-write': {
			prompt: 'The guest writes to a block the .avhd does not have yet. What happens?',
			options: {
				'append-block':
					'A block with its sector bitmap is appended, the BAT points at it and the footer is rewritten',
				'copy-parent-file': 'The whole parent file is copied first',
				'write-parent': 'The write goes into the parent',
				refuse: 'The write is refused until a merge'
			},
			explanation:
				'New blocks are appended to the end of the file; the BAT entry and the footer are updated. The parent stays untouched, which is what keeps the snapshot intact.'
		},
		merge: {
			prompt: "In Windows Server 2008, when was a deleted snapshot's .avhd merged?",
			options: {
				'at-shutdown': 'When the VM was shut down',
				'immediately-live': 'At once, while the VM kept running',
				never: 'Never: the file stayed',
				'next-snapshot': 'At the next snapshot'
			},
			explanation:
				'Microsoft documents it for Windows Server 2008 R2: a deleted snapshot was merged only once the VM was off, and live merge came with Windows Server 2012. That Windows Server 2008 behaved the same is our estimate.'
		},
		'pass-through': {
			prompt: 'This VM reads from a pass-through disk. Where does the root send the request?',
			explanation:
				"Straight to the physical disk's driver: there is no VHD layer, no BAT and no bitmap, and so no snapshots of that disk."
		},
		'where-next': {
			prompt: 'The read has fallen through to the parent file. Where does it go next?',
			explanation:
				"To the physical disk, to read the parent's file. Only then does the data travel back up to StorVSP."
		}
	}
};

export default narration;
