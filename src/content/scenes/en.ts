import type { SceneText } from '$lib/scenes/text';

const text: SceneText = {
	titles: {
		cluster: 'Two nodes of a failover cluster',
		vhd: 'A virtual hard disk, file by file',
		memory: "The host's memory, VM by VM",
		boot: 'The boot, stage by stage'
	},
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
	memory: {
		ram: 'Physical memory',
		root: 'Root partition',
		vmms: 'VMMS',
		vmwp: 'Worker process',
		vid: 'VID',
		hypervisor: 'Hypervisor'
	},
	boot: {
		'host-lane': 'The host boots',
		firmware: 'BIOS',
		loader: 'Windows loader',
		hvboot: 'hvboot.sys',
		hypervisor: 'hvix64 / hvax64',
		root: 'Root partition made',
		'root-continues': 'Windows goes on as root',
		vmms: 'VMMS',
		'child-lane': 'A child VM starts',
		'child-firmware': "The VM's BIOS",
		'child-kernel': 'Its kernel',
		cpuid: 'CPUID',
		msrs: 'Synthetic MSRs',
		contact: 'VMBus contact',
		offers: 'Device offers',
		drivers: 'Drivers bind'
	},
	requirements: {
		x64: 'an x64 processor',
		vt: 'hardware virtualization (Intel VT, AMD-V)',
		dep: 'hardware DEP (Intel XD, AMD NX)'
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
		passThrough: 'no VHD file',
		ramTaken: "the VM's memory taken",
		overheadDeposited: 'overhead deposited',
		refused: 'does not fit the plan',
		vmRuns: 'the VM runs',
		noX64: 'no x64: no Hyper-V',
		noLaunch: 'hypervisor not launched',
		takeMemory: 'takes over the memory',
		versionResponse: 'VERSION_RESPONSE',
		allOffers: 'ALLOFFERS_DELIVERED'
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
		notDrawn: 'Not in Microsoft’s figure: drawn for this lesson',
		planningBar: 'By the planning rule (estimate): root {root} MB',
		articleBar: "By the 2008 article's formula: root {root} MB",
		rootShare: 'Root',
		vm: 'VM {n}',
		free: '{free} MB free of {host} MB',
		overhead: 'overhead {mb} MB',
		refusedPlanning: 'VM {n} needs {need} MB: by the planning rule it does not fit',
		refusedArticle: "VM {n} needs {need} MB: by the article's formula it does not fit",
		noReserve:
			'WS2008 itself keeps no reserve for the root: the refusal is the plan’s, not Hyper-V’s.',
		time: 'time',
		stopped: 'The boot goes no further: {what} is missing'
	}
};

export default text;
