import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Hyper-V beheren: van een klik tot hypercalls',
	summary:
		'Start, pauzeer, snapshot, sla op, zet terug en schakel een VM uit, en zie welk beheerprogramma, welke service, driver en hypercall elk deel doet: WMI, VMMS, het workerproces, VID en de hypervisor.',
	objectives: [
		'Een startverzoek volgen: Hyper-V Manager of SCVMM, WMI, VMMS, VMWP, VID, hypercalls die alleen de rootpartitie mag doen.',
		'Server Manager, Server Core (ocsetup), Hyper-V Manager, SCVMM 2008 en Operations Manager een plek geven in het plaatje.',
		'AzMan-rolgebaseerde toegang en live back-up met VSS uitleggen, en waarom WSRM niet het middel is voor VM-resources.',
		'Zeggen wat P2V en V2V deden in VMM 2008.',
		'Het artikel uit 2008 corrigeren over edities en licenties, WSRM en SCVMM.'
	],
	steps: {
		role: {
			title: 'De rol wordt toegevoegd',
			text: 'Op een volledige installatie voegt Server Manager de Hyper-V-rol toe; Server Core heeft geen Server Manager, daar doet start /w ocsetup Microsoft-Hyper-V het. Na een herstart draait de hypervisor onder Windows en houdt VMMS (vmms.exe) in de root elke VM bij.',
			correction:
				'Volgens het artikel uit 2008 komt Hyper-V in 32- en 64-bits edities van Standard, Enterprise en Datacenter. Alleen de x64-edities draaien het; de beheertools draaien ook op x86.',
			notes:
				'Na ocsetup beheer je Server Core op afstand (Hyper-V Manager, SCVMM, WMI-scripts). De gratis Hyper-V Server 2008 (oktober 2008) is Server Core met alleen deze rol. Licenties volgens berichten uit 2008: Standard dekte naast de host één Windows Server-gast, Enterprise vier, Datacenter onbeperkt, Hyper-V Server geen.'
		},
		'hyper-v-manager': {
			title: 'Hyper-V Manager vraagt via WMI',
			text: 'Hyper-V Manager, een MMC-console die ook hosts op afstand kan beheren, stuurt Start als WMI-aanroep. SCVMM en scripts gebruiken dezelfde WMI-interface, die VMMS aanbiedt.',
			notes:
				'Vraag waarom Server Core geen lokale console nodig heeft: WMI werkt over het netwerk, dus elk van deze tools kan het van elders beheren.'
		},
		azman: {
			title: 'AzMan beslist, VMMS start een worker',
			text: 'VMMS controleert eerst de rollen van de aanvrager in Authorization Manager (AzMan), zodat iemand bijvoorbeeld de ene VM mag starten maar andere niet mag wijzigen. Daarna start VMMS één workerproces, vmwp.exe, voor deze VM.',
			notes:
				'Het artikel uit 2008 heeft gelijk dat Hyper-V AzMan gebruikt voor rolgebaseerde toegang. Vraag wie in jullie organisatie een rol "VM-operator" zou krijgen.'
		},
		vid: {
			title: 'Naar VID',
			text: 'Het workerproces vraagt VID, de Virtualization Infrastructure Driver in de kernel van de rootpartitie, de partitie te bouwen. VID is via WinHv de verbinding van de rootpartitie met de hypervisor.',
			notes:
				'Wijs de grens tussen user mode en kernel mode aan: VMMS en VMWP draaien in user mode, VID in kernel mode.'
		},
		'create-partition': {
			title: 'HvCallCreatePartition',
			text: 'VID roept HvCallCreatePartition (0x0040) aan, wat alleen een partitie met het privilege CreatePartitions mag: in 2008 alleen de rootpartitie. De precieze volgorde van de opbouwaanroepen hier is onze schatting.',
			notes: 'De hypercallteller begint te lopen: één.'
		},
		deposit: {
			title: 'De rootpartitie betaalt in geheugen',
			text: 'De rootpartitie stort geheugen bij de hypervisor (HvCallDepositMemory, 0x0048) voor de eigen administratie van de nieuwe partitie. De hypervisor heeft zelf geen grote voorraad.',
			notes:
				'Vraag: wiens geheugen gebruikt de hypervisor voor een nieuwe VM? (Dat van de rootpartitie.)'
		},
		'set-up': {
			title: 'Geheugen, processors, intercepts',
			text: 'In het model nog vier aanroepen: de partitie initialiseren, het geheugen van de gast mappen (HvCallMapGpaPages), de virtuele processors maken (HvCallCreateVp) en intercepts installeren voor de poorten van de geëmuleerde apparaten.',
			notes: 'Tot nu toe zes hypercalls, allemaal door de rootpartitie namens de VM.'
		},
		run: {
			title: 'Draaien, op de scheduler van de hypervisor',
			text: 'De VM draait: vanaf nu plant de scheduler van de hypervisor de virtuele processors in, niet Windows in de rootpartitie. Daarom kan WSRM in de rootpartitie het processorgebruik van een VM niet begrenzen; dat doen de eigen reserve, limiet en weging per VM van Hyper-V.',
			correction:
				'Het artikel uit 2008 noemt WSRM voor het beheer van CPU, schijf en netwerk. WSRM regelt alleen processen binnen de rootpartitie, niet de virtuele processors die de hypervisor inplant.',
			notes:
				'Reserve, limiet en relatieve weging stel je in bij de processorinstellingen van de VM.'
		},
		pause: {
			title: 'Pauzeren',
			text: 'Pauzeren: de hypervisor laat de virtuele processors niet meer draaien, maar de partitie en het geheugen blijven, en het workerproces bewaart de toestand. Hervatten gaat meteen.',
			notes:
				'De teller van workerprocessen blijft op één: een gepauzeerde VM heeft nog zijn vmwp.exe.'
		},
		monitoring: {
			title: 'Hervat, en in de gaten gehouden',
			text: "De VM draait weer. Intussen bewaakt Operations Manager 2007 met zijn management pack voor virtualisatie de gezondheid van hosts en VM's, en VMM 2008 kan op die meldingen reageren (PRO).",
			notes:
				'In de gast vertelt de heartbeat-integratieservice de host dat het OS nog leeft; bewaking bouwt op zulke signalen.'
		},
		snapshot: {
			title: 'Een snapshot terwijl hij draait',
			text: 'Een snapshot vanuit Hyper-V Manager: VMMS voegt een .avhd toe aan de schijfketen van de VM, terwijl die doordraait. Zo heb je een punt om naar terug te gaan, geen back-up: het staat op dezelfde opslag.',
			notes: 'De snapshotteller: één. De les over snapshots volgt de .avhd-bestanden in detail.'
		},
		save: {
			title: 'Opslaan, en iets over back-ups',
			text: 'Opslaan: de worker schrijft geheugen en apparaattoestand naar schijf en stopt, en de partitie wordt verwijderd. Een live back-up hoeft niet zo te stoppen: de host gebruikt VSS, en de Backup-integratieservice in de gast bevriest zijn applicaties.',
			notes:
				"Het verwijderen van de partitie is nog een hypercall (HvCallDeletePartition): nu zeven. Het artikel uit 2008 heeft gelijk over live VSS-back-ups van draaiende VM's; daarvoor is de Backup-integratieservice (VSS) in de gast nodig."
		},
		restore: {
			title: 'Terugzetten: een nieuwe worker',
			text: 'Start je de opgeslagen VM, dan wordt hij teruggezet: het verzoek gaat weer via WMI, en VMMS start een nieuw workerproces dat de opgeslagen toestand zal teruglezen.',
			notes: 'De teller van workerprocessen staat weer op één.'
		},
		rebuild: {
			title: 'De partitie opnieuw gebouwd',
			text: 'De partitie wordt opnieuw gebouwd met dezelfde hypercalls van de rootpartitie, en de gast gaat verder waar hij was opgeslagen. Van de onderbreking merkt hij niets.',
			notes:
				'Nu dertien hypercalls: zes om op te bouwen, één om bij het opslaan te verwijderen, zes om opnieuw op te bouwen. Terugzetten kost een volledige opbouw van de partitie.'
		},
		stop: {
			title: 'Uitschakelen',
			text: 'Uitschakelen: de partitie wordt verwijderd (HvCallDeletePartition) en het workerproces stopt. Wat overblijft, is de registratie van de VM in VMMS en zijn bestanden.',
			notes:
				'Vergelijk de tellers met de start: geen worker, geen partitie, in totaal veertien hypercalls, de laatste voor het verwijderen.'
		},
		scvmm: {
			title: 'SCVMM 2008 verplaatst een geclusterde VM',
			text: 'SCVMM 2008 beheert veel hosts vanuit één console en kan een VM binnen een cluster verplaatsen. Onder Windows Server 2008 is dat een Quick Migration: opslaan, de LUN naar de andere node, terugzetten.',
			correction:
				'Het artikel uit 2008 zegt dat komende SCVMM-versies Hyper-V, Citrix XenServer en VMware ESX zouden beheren. VMM 2008 (oktober 2008) beheerde Hyper-V, Virtual Server en VMware via VirtualCenter; XenServer kwam pas met System Center 2012.',
			notes:
				'Een nieuwe run van het migratiemodel: hetzelfde opslaan en terugzetten als eerder, met het cluster dat ertussen de schijf verhuist.'
		},
		p2v: {
			title: 'P2V: een fysieke server wordt een VM',
			text: 'VMM 2008 zet een fysieke Windows-server online om: een VSS-schaduwkopie houdt de volumes consistent terwijl de server doorwerkt, de kopie wordt een .vhd op de host met een VM eromheen. Offline P2V start de bron opnieuw op in Windows PE: de enige weg voor Windows 2000 Server, en de betrouwbare voor FAT-volumes.',
			correction:
				'Het artikel uit 2008 noemt P2V en V2V bij SCVMM 2007, dat volgens het artikel terecht alleen met Virtual Server werkte; die conversies leverden dus Virtual Server-VM’s op. Omzetten naar Hyper-V-VM’s kwam met VMM 2008, in oktober 2008.',
			notes:
				'Offline P2V start de bron aan het eind weer op in zijn eigen besturingssysteem, dus geen van beide verandert de bron. Dat de .vhd geschreven wordt voordat de VM gedefinieerd wordt, is onze schatting van de volgorde.'
		},
		v2v: {
			title: 'V2V: van VMware naar Hyper-V',
			text: 'V2V werkt met de bestanden van een VMware-VM in de VMM-bibliotheek: de .vmx met de configuratie en de .vmdk-schijven, die elk een .vhd worden. Aan het eind heeft VMMS een gewone Hyper-V-VM die uitstaat.',
			notes:
				'VMM 2007 zette VMware-VM’s alleen om naar Virtual Server-VM’s; VMM 2008 voegde Hyper-V als doel toe. Volgens een boek uit 2008 staat de VMware-VM daarbij uit: er worden bestanden omgezet, geen draaiende machine.'
		}
	},
	questions: {
		editions: {
			prompt: 'Op welke edities van Windows Server 2008 kon je de Hyper-V-rol toevoegen?',
			options: {
				'x64-editions': 'De x64-edities van Standard, Enterprise en Datacenter',
				'x86-and-x64': 'Zowel de 32- als de 64-bits edities',
				'datacenter-only': 'Alleen Datacenter',
				'hyper-v-server-only': 'Alleen de losse Hyper-V Server'
			},
			explanation:
				'Alleen x64; alleen de beheertools draaien op x86. Edities zonder Hyper-V waren ongeveer $28 goedkoper, zoals toen werd gemeld, en de gratis Hyper-V Server 2008 volgde in oktober 2008.'
		},
		azman: {
			prompt: 'Wie controleert of een gebruiker een bepaalde VM mag starten?',
			options: {
				'vmms-azman': 'VMMS, aan de hand van de rollen in Authorization Manager (AzMan)',
				hypervisor: 'De hypervisor',
				vid: 'VID, in de kernel van de rootpartitie',
				guest: 'Het besturingssysteem van de gast'
			},
			explanation:
				'Beheerverzoeken komen via WMI bij VMMS binnen, en VMMS toetst ze aan de AzMan-rollen. De hypervisor ziet alleen de hypercalls van de rootpartitie.'
		},
		'hop-worker': {
			prompt: 'VMMS heeft het startverzoek geaccepteerd. Waar gaat het nu heen?',
			explanation:
				'Naar het workerproces: VMMS start één vmwp.exe voor deze VM, en die stuurt de rest van de opbouw aan.'
		},
		'hop-create': {
			prompt: 'VID gaat de partitie aanmaken. Welk deel van de hypervisor handelt de aanroep af?',
			explanation:
				'De partitiebeheerder: HvCallCreatePartition (0x0040) maakt de nieuwe partitie, en alleen de rootpartitie mag die aanroepen.'
		},
		scheduler: {
			prompt: 'Wie plant de virtuele processors van een draaiende VM in?',
			options: {
				hypervisor: 'De hypervisor',
				'root-windows': 'Windows in de rootpartitie',
				vmwp: 'Het workerproces van de VM'
			},
			explanation:
				'De hypervisor plant elke virtuele processor in. Daarom is WSRM in de rootpartitie niet het middel om een VM te begrenzen; de eigen reserve, limiet en weging van Hyper-V wel.'
		},
		backup: {
			prompt: 'Hoe maakt de host een consistente back-up van een draaiende Windows-VM?',
			options: {
				'vss-integration':
					'Met VSS, terwijl de Backup-integratieservice de applicaties in de gast bevriest',
				'pause-and-copy': 'Pauzeren en de .vhd kopiëren',
				snapshot: 'Een snapshot maken: dat is de back-up',
				'not-possible': 'Dat kan niet: eerst de VM afsluiten'
			},
			explanation:
				'De Backup-integratieservice (VSS) was een van de vijf in Windows Server 2008. Een snapshot is geen back-up: die staat op dezelfde opslag als de VM.'
		},
		licensing: {
			prompt:
				'Hoeveel Windows Server-gasten dekte één Windows Server 2008-licentie op de host, zoals in 2008 werd gemeld?',
			options: {
				'one-four-unlimited':
					'Standard één, Enterprise vier, Datacenter onbeperkt, per gelicentieerde host',
				'none-included': 'Geen: elke gast had een eigen licentie nodig, welke editie ook',
				'unlimited-all': 'Onbeperkt met elke editie die Hyper-V draait',
				'hyper-v-server-four': 'Vier met de gratis Hyper-V Server 2008'
			},
			explanation:
				'Zoals toen gemeld: een Standard-licentie stond naast de host één virtuele instantie toe, Enterprise vier en Datacenter zoveel als de host aankon, met welke hypervisor ook. De gratis Hyper-V Server 2008 dekte geen enkele gast; elke gast had een eigen licentie nodig.'
		},
		scvmm: {
			prompt: 'Wat kon System Center Virtual Machine Manager 2008 beheren?',
			options: {
				'hyperv-vs-vmware': 'Hyper-V, Virtual Server en VMware (via VirtualCenter)',
				'hyperv-xenserver-esx': 'Hyper-V, Citrix XenServer en VMware ESX',
				'hyperv-only': 'Alleen Hyper-V',
				'virtual-server-only': 'Alleen Virtual Server'
			},
			explanation:
				'VMM 2008 (oktober 2008) beheerde Hyper-V, Virtual Server en VMware. Ondersteuning voor XenServer kwam pas met System Center 2012 VMM, anders dan het artikel uit 2008 verwachtte.'
		}
	}
};

export default narration;
