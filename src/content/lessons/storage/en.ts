import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Virtual disks and controllers',
	summary:
		'How the root serves a guest disk from a fixed, dynamic or differencing VHD or from a pass-through disk, and why the boot disk must hang on IDE while SCSI needs integration components.',
	objectives: [
		'Describe the layout of fixed, dynamically expanding and differencing VHDs: footer, BAT, sector bitmap, parent.',
		'Explain what a first write to a dynamic VHD costs, and when a read falls through to a parent.',
		'Say what a pass-through disk gains and loses.',
		'Name the 2008 tools that changed a VHD outside a VM: the Edit Disk wizard and the Mount method.',
		'Explain why a generation 1 VM boots from IDE, and what a guest without integration components sees on SCSI.'
	],
	steps: {
		fixed: {
			title: 'A read reaches the root',
			text: 'StorVSP in the root has a guest read for a disk that is a fixed VHD file. A fixed VHD is just the disk’s sectors, followed by a 512-byte footer that starts with the cookie "conectix".',
			notes: 'Ask: how big is the file of a fixed 40 GB disk? (40 GB plus 512 bytes.)'
		},
		'fixed-offset': {
			title: 'Plain arithmetic',
			text: 'Finding the sector is arithmetic: sector number times 512 is its offset in the file. There is no table to read and nothing to allocate.',
			notes: 'Keep this picture in mind; every other VHD type adds a step here.'
		},
		'fixed-disk': {
			title: 'One file read',
			text: "One read of the file goes down the root's storage stack to the physical disk. That makes a fixed VHD the simplest to serve, at the price of taking its full size from day one.",
			notes: 'Watch the file I/O counter: one.'
		},
		'fixed-done': {
			title: 'Size limits',
			text: 'The data goes back to StorVSP and on to the guest. Any VHD can be at most 2040 GB, 8 GB short of 2 TB; the larger VHDX format came only with Windows Server 2012.',
			notes: 'VHDX reaches 64 TB; mention it only as the later successor.'
		},
		'dynamic-bat': {
			title: 'A dynamic VHD and its BAT',
			text: 'Now a dynamically expanding VHD: after a copy of the footer and a header with the cookie "cxsparse" comes the BAT. It has one 32-bit entry per block, 2 MB by default, saying where that block sits in the file.',
			correction:
				'The 2008 article lists Fixed, Dynamic, Sparse and Delta disks. In fact a dynamic VHD is the sparse kind; the Hyper-V types are fixed, dynamically expanding and differencing VHDs, plus pass-through disks.',
			notes: 'Draw the file on the board: footer copy, header, BAT, blocks, footer.'
		},
		'dynamic-hole': {
			title: 'A block never written',
			text: 'This block was never written, so its BAT entry is 0xFFFFFFFF. By our estimate the read then returns zeros without reading any data.',
			notes: 'The zeros are our reading of the format, not a documented Hyper-V behaviour.'
		},
		'dynamic-write': {
			title: 'Now a first write',
			text: 'Next the guest writes to a block that has no space in the file yet. The BAT lookup again finds 0xFFFFFFFF.',
			notes: 'Ask the class what has to happen before the data can land.'
		},
		allocate: {
			title: 'The file grows',
			text: 'The block is appended at the end of the file: a 512-byte sector bitmap, then 2 MB of data space. The BAT entry now points at it, and the footer is rewritten at the new end.',
			notes: 'Watch the counters: one allocation and two extra file writes.'
		},
		'dynamic-written': {
			title: 'Growth has a cost',
			text: 'Only then is the data itself written: in our model three file writes, where a fixed VHD needs one. A dynamic VHD saves space, but pays extra on every first write to a block.',
			notes: 'In our model later writes to the same block cost one file write again.'
		},
		differencing: {
			title: 'A differencing VHD',
			text: 'A differencing VHD has the same layout, but its header names a parent disk by UUID and name, with locators to find the parent’s file. Snapshots use exactly this: each is an .avhd differencing file.',
			correction:
				'The 2008 article calls this a Delta disk, a word from a pre-release Microsoft blog. Hyper-V calls it a differencing VHD.',
			notes: 'Ask: what happens to the child disks if someone edits the parent directly?'
		},
		parent: {
			title: 'Not in the child',
			text: 'The block is in the file, but the sector bitmap has no bit set for this sector: the child never wrote it. So the read falls through to the parent.',
			notes: 'Point at the parent counter.'
		},
		'parent-read': {
			title: 'Read from the parent',
			text: 'The sector comes from the parent, which may itself be a differencing disk with a parent of its own. Every level a read misses adds another lookup.',
			notes: 'By our estimate, this is why long snapshot chains make reads slower.'
		},
		'pass-through': {
			title: 'A pass-through disk',
			text: 'A pass-through disk is a physical disk or LUN, set offline in the root and given to one VM alone. There is no file and no VHD layer: the request goes straight to the root’s disk driver.',
			notes: 'Ask: why must the root take the disk offline first?'
		},
		'pass-through-disk': {
			title: 'Nothing in between',
			text: 'The physical disk serves the sector with no file in between. In return it has none of the VHD features: no snapshots, no differencing, no growing.',
			notes:
				'The 2008 article describes pass-through disks correctly: physical disks given exclusively to one VM.'
		},
		'pass-through-done': {
			title: 'Two kinds of controller',
			text: 'The data goes back to StorVSP. Each disk hangs on a virtual controller: two IDE controllers with two devices each, or up to four SCSI controllers with 64 disks each.',
			correction:
				'The 2008 article says each SCSI controller supports 255 devices. That was a pre-release figure; Windows Server 2008 allows 64 disks per controller, 256 in all.',
			notes: 'The IDE devices include any DVD drive.'
		},
		controllers: {
			title: 'SCSI is a VMBus device',
			text: 'An enlightened guest’s read from a SCSI disk goes straight to StorVSC. The SCSI controller is no emulated chip at all: it exists only as a VMBus device, invisible to the BIOS.',
			notes:
				'Compare with IDE, which is emulated in the worker process and also reachable over VMBus.'
		},
		'no-disk': {
			title: 'No integration components, no SCSI disk',
			text: 'So a guest without integration components finds no disk at all on the SCSI controller, and no VM can boot from it. A generation 1 boot disk hangs on IDE; with integration components, the fast path makes it as quick as SCSI once the guest runs.',
			notes:
				'End with the question: which disk would you give a guest that has no integration components?'
		},
		'edit-disk': {
			title: 'The Edit Disk wizard',
			text: "Hyper-V Manager's Edit Disk wizard calls the image management service through WMI, which works on the file itself. Compact gives a dynamic VHD's unused blocks back so the file shrinks, Convert turns dynamic into fixed or back, and Expand makes the disk larger.",
			correction:
				'The 2008 article says the VHD tools compress, expand and check VHD files. Compacting compresses nothing: it frees the unused blocks of a dynamically expanding VHD. The article also leaves out Convert and, for a differencing VHD, Merge.',
			notes:
				'For a differencing VHD the same service merges it into its parent or reconnects it to a parent that moved. Ask: why can a fixed VHD not be compacted? (It has no blocks to give back.)'
		},
		mount: {
			title: 'A VHD opened in the root',
			text: "In Windows Server 2008 the built-in way to open a VHD as a disk in the root was the image management service's Mount method, called from a script. The virtual disk API behind diskpart's attach vdisk came only with Windows 7 and Server 2008 R2.",
			correction:
				'The 2008 article promises changing a VM’s disk straight from the host, for file copies, patching or virus scans, without saying how. On Windows Server 2008 that meant a WMI script calling Mount.',
			notes:
				'The root’s storage stack now sees one more disk until Unmount. Every use the article lists starts from here.'
		}
	},
	questions: {
		'pass-through-hop': {
			prompt: 'StorVSP has a read for a pass-through disk. Which box does it go to next?',
			explanation:
				"Straight to the root's disk driver: a pass-through disk has no file and no VHD layer, so there is nothing to look up first."
		},
		'bat-entry': {
			prompt: 'What does the BAT of a dynamic VHD hold for a block that was never written?',
			options: {
				'parent-offset': "The block's offset in the parent disk",
				bitmap: 'A sector bitmap full of zeros'
			},
			explanation:
				"0xFFFFFFFF means the block has no space in the file yet. Once written, the entry holds the block's sector offset in the file."
		},
		'differencing-miss': {
			prompt:
				"A differencing VHD's sector bitmap shows the child never wrote a sector. What happens when the guest reads it?",
			options: {
				parent: 'It is read from the parent disk',
				zeros: 'It returns zeros',
				error: 'It fails with an error',
				allocate: 'A new block is allocated first'
			},
			explanation:
				'Only sectors whose bitmap bit is set live in the child; every other sector is read from the parent chain.'
		},
		'boot-controller': {
			prompt: 'Where must the boot disk of a Windows Server 2008 VM hang?',
			options: {
				ide: 'On an IDE controller',
				scsi: 'On a SCSI controller',
				either: 'On either one',
				'pass-through-only': 'It must be a pass-through disk'
			},
			explanation:
				'The BIOS only knows the emulated IDE controller; the SCSI controller is a VMBus device it cannot see. With integration components the IDE disk is fast anyway.'
		},
		'scsi-limit': {
			prompt: 'How many SCSI disks can a Windows Server 2008 VM have?',
			options: { unlimited: 'As many as the storage allows' },
			explanation:
				'Four synthetic SCSI controllers with 64 disks each. The 255 per controller in the 2008 article was a pre-release figure; 2 × 2 is the IDE limit.'
		},
		'no-snapshots': {
			prompt: 'Which kind of disk gives up snapshots?',
			options: {
				fixed: 'Fixed VHD',
				dynamic: 'Dynamically expanding VHD',
				differencing: 'Differencing VHD',
				'pass-through': 'Pass-through disk'
			},
			explanation:
				'A snapshot is a differencing .avhd file on top of a VHD. A pass-through disk has no VHD layer, so it cannot have one.'
		},
		'mount-2008': {
			prompt: 'On Windows Server 2008, before R2, how did you open the files in a VHD on the host?',
			options: {
				'wmi-mount':
					"From a script, with the Mount method of Hyper-V's image management service (WMI)",
				diskpart: 'With diskpart: select vdisk, then attach vdisk',
				'disk-management': 'In Disk Management, with Attach VHD',
				'not-possible': 'Not at all: that came only with Windows Server 2008 R2'
			},
			explanation:
				"Msvm_ImageManagementService's Mount method opened the VHD as a disk in the root. diskpart's vdisk commands and Attach VHD in Disk Management use a virtual disk API that needs Windows 7 or Windows Server 2008 R2."
		},
		'max-size': {
			prompt: 'What is the largest VHD in Windows Server 2008?',
			options: { '2-tb': 'Exactly 2 TB' },
			explanation:
				'2040 GB, 8 GB short of 2 TB. 64 TB is the limit of VHDX, which came with Windows Server 2012.'
		}
	}
};

export default narration;
