import type { SceneText } from '$lib/scenes/text';

const text: SceneText = {
	titles: {
		cluster: 'Twee nodes van een failovercluster',
		vhd: 'Een virtuele harde schijf, bestand voor bestand',
		memory: 'Het geheugen van de host, VM na VM',
		boot: 'Het opstarten, fase na fase'
	},
	cluster: {
		'a-host': 'Node 1',
		'a-root': 'Rootpartitie',
		'a-vmms': 'VMMS',
		'a-vmwp': 'Workerproces',
		'a-vm': 'VM',
		'a-nic': 'NIC',
		'b-host': 'Node 2',
		'b-root': 'Rootpartitie',
		'b-vmms': 'VMMS',
		'b-vmwp': 'Workerproces',
		'b-vm': 'VM',
		'b-nic': 'NIC',
		network: 'Netwerk',
		storage: 'Gedeelde opslag'
	},
	vhd: {
		vsp: 'StorVSP (root)',
		parent: 'Ouder-.vhd',
		'avhd-older': 'Oudere .avhd',
		'avhd-newest': 'Nieuwste .avhd',
		'vhd-footer-copy': 'Kopie van footer',
		'vhd-header': 'Dynamische header',
		'vhd-bat': 'BAT',
		'vhd-bitmap': 'Sectorbitmap',
		'vhd-data': 'Datablok',
		'vhd-new-block': 'Nieuw blok',
		'vhd-footer': 'Footer',
		disk: 'Fysieke schijf'
	},
	memory: {
		ram: 'Fysiek geheugen',
		root: 'Rootpartitie',
		vmms: 'VMMS',
		vmwp: 'Workerproces',
		vid: 'VID',
		hypervisor: 'Hypervisor'
	},
	boot: {
		'host-lane': 'De host start op',
		firmware: 'BIOS',
		loader: 'Loader van Windows',
		hvboot: 'hvboot.sys',
		hypervisor: 'hvix64 / hvax64',
		root: 'Rootpartitie gemaakt',
		'root-continues': 'Windows gaat door als root',
		vmms: 'VMMS',
		'child-lane': 'Een child-VM start',
		'child-firmware': 'BIOS van de VM',
		'child-kernel': 'Zijn kernel',
		cpuid: 'CPUID',
		msrs: "Synthetische MSR's",
		contact: 'Contact via VMBus',
		offers: 'Aanbod van apparaten',
		drivers: 'Drivers koppelen'
	},
	requirements: {
		x64: 'een x64-processor',
		vt: 'hardwarevirtualisatie (Intel VT, AMD-V)',
		dep: 'hardware-DEP (Intel XD, AMD NX)'
	},
	vm: {
		none: 'geen VM',
		running: 'draait',
		paused: 'gepauzeerd',
		empty: 'lege VM gemaakt',
		receiving: 'ontvangt geheugen'
	},
	events: {
		pass: 'ronde verstuurd, vuile pagina’s over',
		blackout: 'VM gepauzeerd',
		arp: 'ongevraagde ARP',
		lunMove: 'LUN krijgt nieuwe eigenaar',
		csvHandover: 'open handles verhuizen',
		zeros: '0xFFFFFFFF: nullen',
		bitmapSet: 'bitmapbit gezet',
		allocate: 'blok toegevoegd',
		snapshot: 'nieuwe .avhd',
		deleted: 'verwijderd: samenvoegen wacht op afsluiten',
		merge: 'blokken samengevoegd in de parent',
		passThrough: 'geen VHD-bestand',
		ramTaken: 'geheugen van de VM genomen',
		overheadDeposited: 'overhead gedeponeerd',
		refused: 'past niet in het plan',
		vmRuns: 'de VM draait',
		noX64: 'geen x64: geen Hyper-V',
		noLaunch: 'hypervisor niet gestart',
		takeMemory: 'neemt het geheugen over',
		versionResponse: 'VERSION_RESPONSE',
		allOffers: 'ALLOFFERS_DELIVERED'
	},
	phases: {
		save: 'opslaan',
		move: 'verhuizen',
		restore: 'terugzetten',
		pass: 'ronde',
		blackout: 'blackout'
	},
	words: {
		lun: 'LUN (2008), eigendom van {owner}',
		csv: 'Cluster Shared Volume (R2): alle nodes',
		toSend: 'Ronde {n}: {mb} MB van {total} MB te versturen',
		finalSend: 'Blackout: de laatste {mb} MB',
		memoryBar: 'Nog te kopiëren geheugen',
		timeline: 'Tijdlijn: rood zolang de VM stilstaat',
		downtime: '{down} s stil van {total} s',
		inside: 'In {file}',
		batFull: 'blok 0 → in het bestand',
		batEmpty: 'blok 0 → 0xFFFFFFFF',
		bitSet: 'sectorbit = 1',
		bitClear: 'sectorbit = 0',
		fixed: 'Vaste VHD: alle data, dan de footer',
		passThrough: 'Pass-through: een hele schijf, geen bestand',
		olderMany: 'nog {n} .avhd',
		estimate: 'schatting',
		notDrawn: 'Niet in de figuur van Microsoft: getekend voor deze les',
		planningBar: 'Volgens de planningsregel (schatting): root {root} MB',
		articleBar: 'Volgens de formule van het artikel uit 2008: root {root} MB',
		rootShare: 'Root',
		vm: 'VM {n}',
		free: '{free} MB vrij van {host} MB',
		overhead: 'overhead {mb} MB',
		refusedPlanning: 'VM {n} vraagt {need} MB: volgens de planningsregel past hij niet',
		refusedArticle: 'VM {n} vraagt {need} MB: volgens de formule van het artikel past hij niet',
		noReserve:
			'WS2008 houdt zelf geen reserve voor de root vast: de weigering komt van het plan, niet van Hyper-V.',
		time: 'tijd',
		stopped: 'Het opstarten stopt hier: {what} ontbreekt'
	}
};

export default text;
