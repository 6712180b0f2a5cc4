import type { SceneText } from '$lib/scenes/text';

const text: SceneText = {
	titles: { cluster: 'Two nodes of a failover cluster', vhd: 'A virtual hard disk, file by file' },
	cluster: {
		'a-host': 'Node 1',
		'a-root': 'Root partition',
		'a-vmms': 'VMMS',
		'a-vmwp': 'Worker process',
		'a-vm': 'VM',
		'a-nic': 'NIC',
		'b-host': 'Node 2',
		'b-root': 'Root partition',
		'b-vmms': 'VMMS',
		'b-vmwp': 'Worker process',
		'b-vm': 'VM',
		'b-nic': 'NIC',
		network: 'Network',
		storage: 'Shared storage'
	},
	vhd: {
		vsp: 'StorVSP (root)',
		parent: 'Parent .vhd',
		'avhd-older': 'Older .avhd',
		'avhd-newest': 'Newest .avhd',
		'vhd-footer-copy': 'Footer copy',
		'vhd-header': 'Dynamic header',
		'vhd-bat': 'BAT',
		'vhd-bitmap': 'Sector bitmap',
		'vhd-data': 'Data block',
		'vhd-new-block': 'New block',
		'vhd-footer': 'Footer',
		disk: 'Physical disk'
	},
	vm: {
		none: 'no VM',
		running: 'running',
		paused: 'paused',
		empty: 'empty VM created',
		receiving: 'receiving memory'
	},
	events: {
		pass: 'pass sent, dirty pages left',
		blackout: 'VM paused',
		arp: 'unsolicited ARP',
		lunMove: 'LUN ownership moves',
		csvHandover: 'open handles move',
		zeros: '0xFFFFFFFF: zeros',
		bitmapSet: 'bitmap bit set',
		allocate: 'block appended',
		snapshot: 'new .avhd',
		deleted: 'deleted: merge waits for shutdown',
		merge: 'blocks merged into the parent',
		passThrough: 'no VHD file'
	},
	phases: { save: 'save', move: 'move', restore: 'restore', pass: 'pass', blackout: 'blackout' },
	words: {
		lun: 'LUN (2008), owned by {owner}',
		csv: 'Cluster Shared Volume (R2): every node',
		toSend: 'Pass {n}: {mb} MB of {total} MB to send',
		finalSend: 'Blackout: the last {mb} MB',
		memoryBar: 'Memory still to copy',
		timeline: 'Timeline: red while the VM is paused',
		downtime: 'Paused {down} s of {total} s',
		inside: 'Inside {file}',
		batFull: 'block 0 → in the file',
		batEmpty: 'block 0 → 0xFFFFFFFF',
		bitSet: 'sector bit = 1',
		bitClear: 'sector bit = 0',
		fixed: 'Fixed VHD: all the data, then the footer',
		passThrough: 'Pass-through: a whole disk, no file',
		olderMany: '{n} more .avhd',
		estimate: 'estimate',
		notDrawn: 'Not in Microsoft’s figure: drawn for this lesson'
	}
};

export default text;
