import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Hoge beschikbaarheid: Quick Migration en Live Migration',
	summary:
		'Verplaats een VM twee keer tussen de nodes van een failovercluster: op de manier van 2008 (opslaan, schijf verhuizen, terugzetten) en op de manier van R2 (geheugen kopiëren terwijl hij draait, dan kort pauzeren).',
	objectives: [
		'Noemen wat een Hyper-V-cluster in Windows Server 2008 nodig heeft: tot 16 nodes, Enterprise of Datacenter, gedeelde opslag.',
		'De drie stappen van Quick Migration uitleggen, en waarom de downtime groeit met het geheugen van de VM.',
		'Live Migration uitleggen: pre-copy-rondes, de grens van 10 rondes en de korte blackout.',
		'Beide vergelijken met VMware VMotion en Xen live migration, en een migratie onderscheiden van een failover.'
	],
	steps: {
		cluster: {
			title: 'Een Hyper-V-failovercluster',
			text: 'Hoge beschikbaarheid betekent in Windows Server 2008 een failovercluster: tot 16 Hyper-V-hosts met Enterprise of Datacenter, allemaal aan gedeelde opslag (Fibre Channel, iSCSI of SAS). Elke VM is een clusterresource die steeds één node in bezit heeft.',
			notes:
				'Wijs de twee nodes aan en de opslag die ze allebei bereiken: de VM draait op node 1 en verhuist naar node 2. De 16 nodes uit het artikel van 2008 kloppen.'
		},
		'quick-save': {
			title: 'Quick Migration 1: opslaan',
			text: 'Een beheerder verplaatst de VM naar een andere node. Eerst wordt de VM gepauzeerd en schrijft zijn workerproces geheugen en apparaattoestand naar de gedeelde schijf: vanaf nu staat de gast stil.',
			notes:
				'Vraag wat bepaalt hoe lang dit duurt: de hoeveelheid geheugen en de snelheid van de opslag.'
		},
		'quick-move': {
			title: 'Quick Migration 2: de schijf wisselt van eigenaar',
			text: 'Het cluster geeft de schijfresource van de VM aan de doelnode: de LUN wordt hier losgelaten en daar overgenomen. Er wordt niets gekopieerd; alleen het eigendom verhuist.',
			correction:
				'Het artikel uit 2008 zegt dat de .vhd op een gemeenschappelijk "geheugen" moet staan. Bedoeld is gedeelde opslag: een clusterschijf (LUN) waarvan het eigendom van node naar node gaat.',
			notes:
				"Een LUN wisselt in zijn geheel van eigenaar, dus elke VM erop moet mee. Vraag wat dat betekent als je meerdere VM's op één LUN zet."
		},
		'quick-restore': {
			title: 'Quick Migration 3: terugzetten',
			text: 'De doelnode leest de opgeslagen toestand terug en laat de VM verder draaien. De gast merkt niets, maar stond de hele tijd stil, en verbindingen van clients kunnen zijn verbroken.',
			correction:
				'Het artikel uit 2008 zegt dat een VM met 1 GB in ongeveer 4 seconden verhuist. Gepubliceerde richtlijnen noemen 15 seconden tot enkele minuten, ongeveer 30 seconden voor een paar GB: de downtime groeit met het geheugen en de snelheid van de opslag.',
			notes: 'Quick Migration is een geplande verhuizing: beide hosts moeten draaien.'
		},
		'live-config': {
			title: 'Live Migration (R2): eerst de configuratie',
			text: 'Windows Server 2008 R2 (2009) bracht Live Migration. Eerst gaat de configuratie van de VM over, en op het doel wordt een lege VM gemaakt terwijl het origineel gewoon doordraait.',
			notes:
				'Een nieuwe run: een VM van 2 GB die weinig geheugen wijzigt, op een link van ongeveer 100 MB/s (1 Gbit/s).'
		},
		'live-copy': {
			title: 'Geheugen over het netwerk',
			text: "Nu wordt het geheugen over het netwerk naar het doel gekopieerd, terwijl de VM draait. Hyper-V houdt bij welke pagina's de gast intussen wijzigt.",
			notes:
				'Laat de groep voorspellen welk blok nu het werk doet: de netwerkkaart, niet de gedeelde schijf.'
		},
		'pass-one': {
			title: 'Ronde 1: al het geheugen',
			text: 'De eerste ronde stuurt alle 2048 MB, ongeveer 20 seconden bij 100 MB/s. Intussen wijzigt de gast volgens de schatting van ons model ongeveer 410 MB aan pagina’s, die opnieuw moeten.',
			notes:
				'De rondeteller is het model; de MB-getallen komen uit de rekensom, niet uit een meting.'
		},
		'pass-two': {
			title: 'Ronde 2: alleen wat veranderde',
			text: "De tweede ronde stuurt alleen die 410 MB, in ongeveer 4 seconden, dus heeft de gast minder tijd om pagina's te wijzigen: volgens het model nu ongeveer 82 MB.",
			notes: 'Elke ronde is korter omdat de vorige korter was.'
		},
		'pass-three': {
			title: 'Ronde 3: bijna klaar',
			text: 'De derde ronde stuurt de 82 MB in minder dan een seconde, en daarna is nog maar ongeveer 16 MB gewijzigd. Dat is weinig genoeg om te stoppen.',
			notes:
				'De rondes convergeren zolang de gast zijn geheugen langzamer wijzigt dan de link het kan overbrengen.'
		},
		blackout: {
			title: 'De blackout',
			text: 'Nu wordt de VM gepauzeerd: de laatste 16 MB plus de processor- en apparaattoestand gaan over, volgens het model ongeveer 0,16 s, en de opslag wordt overgedragen. Met Cluster Shared Volumes hoeft geen schijf te worden ontkoppeld en gekoppeld.',
			notes:
				'Dit is het enige moment dat de gast stilstaat. Vraag: wat had Quick Migration met 2 GB gedaan?'
		},
		'live-done': {
			title: 'Draaiend op het doel',
			text: 'De VM draait verder op het doel, en een gratuitous ARP vertelt de switches waar hij nu zit. De pauze was korter dan de TCP-time-outs, dus verbindingen blijven staan.',
			notes:
				'R2 bracht ook een processorcompatibiliteitsmodus voor hosts met verschillende CPU-generaties van één fabrikant.'
		},
		'busy-vm': {
			title: 'Een drukke VM: de grens van 10 rondes',
			text: 'Deze VM van 4 GB wijzigt 80 MB/s aan geheugen op een link van 110 MB/s, dus elke ronde krimpt maar een beetje. Na 10 rondes stopt Hyper-V toch met kopiëren, met volgens het model nog ongeveer 170 MB aan gewijzigde pagina’s.',
			notes: 'Een nieuwe run. De teller staat op 10 rondes: de grens, niet convergentie.'
		},
		'forced-blackout': {
			title: 'Een langere blackout, dezelfde methode',
			text: 'Die 170 MB gaan over terwijl de VM gepauzeerd is, volgens het model ongeveer 1,5 s. VMware VMotion en Xen live migration (XenMotion) gebruiken dezelfde iteratieve pre-copy; het Xen-artikel mat blackouts van 60 tot 210 ms.',
			notes:
				'Het artikel uit 2008 heeft gelijk dat Quick Migration geen VMotion of XenMotion is; R2 dichtte dat gat.'
		}
	},
	questions: {
		nodes: {
			prompt: 'Hoeveel nodes kon een failovercluster in Windows Server 2008 hebben?',
			explanation: '16 nodes (KB288778). Hier heeft het artikel uit 2008 gelijk.'
		},
		'quick-downtime': {
			prompt: 'Waardoor duurt een Quick Migration langer?',
			options: {
				'vm-memory': 'Meer geheugen in de VM (en tragere opslag)',
				'vhd-size': 'Een groter .vhd-bestand',
				'vcpu-count': 'Meer virtuele processors',
				'node-count': 'Meer nodes in het cluster'
			},
			explanation:
				'Al het geheugen wordt naar schijf geschreven en op het doel teruggelezen. De .vhd zelf wordt niet gekopieerd: alleen de LUN krijgt een andere eigenaar.'
		},
		unplanned: {
			prompt: "Een clusternode crasht. Wat gebeurt er met zijn VM's?",
			options: {
				'cold-restart': 'Ze worden koud opnieuw gestart op een andere node',
				'quick-migration': 'Ze worden via Quick Migration verplaatst',
				'live-migration': 'Ze worden via Live Migration verplaatst',
				'no-impact': 'Niets: ze draaien door'
			},
			explanation:
				"Een migratie heeft de bronhost nodig om geheugen op te slaan of te kopiëren. Na een crash valt er niets meer te kopiëren, dus start het cluster de VM's opnieuw op een andere node."
		},
		'pause-when': {
			prompt: 'Wanneer pauzeert Live Migration de VM?',
			options: {
				'little-left-or-ten': 'Als er weinig geheugen over is, of na hoogstens 10 rondes',
				'after-one-pass': 'Na de eerste volledige kopie',
				never: 'Nooit',
				'after-fifty': 'Na 50 rondes'
			},
			explanation:
				"Pre-copy herhaalt zolang de rondes krimpen; is de rest klein genoeg, of zijn er 10 rondes geweest, dan pauzeert de VM voor de laatste pagina's en zijn toestand."
		},
		vmotion: {
			prompt:
				'Hoe verplaatsen VMware VMotion en Xen live migration (XenMotion) het geheugen van een draaiende VM?',
			options: {
				'iterative-precopy': 'Iteratieve pre-copy, daarna een korte stop',
				'save-restore': 'Opslaan op schijf, terugzetten op het doel',
				'shared-memory': 'Beide hosts delen hetzelfde RAM',
				'cold-restart': 'Ze starten de VM opnieuw op het doel'
			},
			explanation:
				'Beide kopiëren het geheugen in rondes terwijl de VM draait en stoppen hem alleen voor de rest, net als Live Migration in R2. Opslaan en terugzetten is Quick Migration.'
		},
		'hop-quick': {
			prompt: 'De VM is opgeslagen op de gedeelde schijf. Waar gaat de migratie nu heen?',
			explanation:
				'Naar de schijf: het cluster draagt het eigendom van de LUN over aan de doelnode.'
		},
		'hop-live': {
			prompt: 'De configuratie staat op het doel. Waar gebeurt het werk nu?',
			explanation: "Op het netwerk: geheugenpagina's gaan naar het doel terwijl de VM doordraait."
		}
	}
};

export default narration;
