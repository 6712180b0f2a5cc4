import type { TermText } from '$lib/glossary/types';
import type { TermId } from './terms';

const glossary: Record<TermId, TermText> = {
	vmms: {
		definition:
			'De Virtual Machine Management Service (vmms.exe), een service in user mode in de rootpartitie die alle virtuele machines bijhoudt. Hij maakt ze aan, start en stopt ze, maakt er snapshots van, biedt de WMI-beheerinterface aan en start voor elke draaiende VM een workerproces.'
	},
	wmi: {
		definition:
			'Windows Management Instrumentation: de programmeerbare beheerinterface van Windows. VMMS stelt de beheerfuncties van Hyper-V daarmee beschikbaar, dus beheerconsoles en scripts maken en besturen virtuele machines via WMI.'
	},
	vmwp: {
		aliases: ["VMWP's", 'workerproces', 'workerprocessen'],
		definition:
			'Het Virtual Machine Worker Process (vmwp.exe): een proces in user mode in de rootpartitie, één per draaiende VM. Het bewaart de toestand van die VM en draait zijn geëmuleerde devices, dus elke toegang tot een geëmuleerd device komt hier terecht.'
	},
	vid: {
		definition:
			'De Virtualization Infrastructure Driver (vid.sys) in de kernel van de rootpartitie. Hij beheert partities, virtuele processors en geheugen voor VMMS en de workerprocessen, en geeft hun verzoeken via WinHv door aan de hypervisor.'
	},
	winhv: {
		definition:
			'De Windows Hypervisor Interface Library (winhv.sys), een kerneldriver waarmee andere Windows-drivers de hypervisor met gewone functieaanroepen kunnen aanspreken; WinHv zet die om in hypercalls. Hij draait in de rootpartitie en in enlightened Windows-childpartities.'
	},
	vsp: {
		aliases: ["VSP's"],
		definition:
			'Een Virtualization Service Provider: het deel van de rootpartitie dat één soort synthetisch device aan de childpartities levert en verzoeken van de bijbehorende VSC via VMBus aanneemt. De VSP’s voor opslag en netwerk zijn kerneldrivers die verzoeken aan de eigen I/O-stack van de root geven; synthetische video, muis en de integration services worden in user mode vanuit het workerproces van de VM bediend (gedocumenteerd voor latere builds, niet nagegaan voor 2008).'
	},
	storvsp: {
		definition:
			'De storage-VSP in de kernel van de rootpartitie. Hij leest de diskverzoeken die StorVSC op het kanaal zet, voert ze via de storage-stack van de root uit op het VHD-bestand of de pass-through-disk en schrijft de completion terug, zonder tussenstap in het workerproces.'
	},
	'virtual-switch': {
		term: 'virtuele switch',
		aliases: ['virtuele switches', 'virtual switch'],
		definition:
			'Software in de rootpartitie die de netwerkadapters van de virtuele machines met elkaar en met het fysieke netwerk verbindt. De netwerk-VSP waarmee synthetische netwerkadapters praten, is er een onderdeel van.'
	},
	'virtual-network': {
		term: 'virtueel netwerk',
		aliases: [
			'virtuele netwerken',
			'extern virtueel netwerk',
			'intern virtueel netwerk',
			'privé virtueel netwerk',
			'virtual network'
		],
		definition:
			'Een virtuele switch zoals Virtual Network Manager in Hyper-V Manager hem in WS2008 maakt, van een van drie soorten. Extern: gekoppeld aan een fysieke netwerkkaart, verbindt het de VM’s, de root en de buitenwereld; intern: alleen de VM’s en de root; privé: alleen de VM’s.'
	},
	'vlan-id': {
		term: 'VLAN-ID',
		aliases: ['VLAN-ID’s', 'VLAN ID'],
		definition:
			'Het nummer van een 802.1Q-VLAN. In Hyper-V stel je het in op de netwerkadapter van elke VM en, op een extern virtueel netwerk, voor de eigen verbinding van de root (het beheerbesturingssysteem); de fysieke netwerkkaart moet VLAN-tagging ondersteunen.'
	},
	vsc: {
		aliases: ["VSC's"],
		definition:
			'Een Virtualization Service Client: een driver voor een synthetisch device in de kernel van een childpartitie. In plaats van geëmuleerde hardware aan te sturen, stuurt hij de verzoeken van de gast via VMBus naar de bijbehorende VSP in de root.'
	},
	storvsc: {
		definition:
			'De storage-VSC in de gast. Hij verpakt elk diskverzoek, een SCSI-commando plus de fysieke gastadressen van de databuffer, in een VMBus-pakket voor StorVSP; onder Linux is dat de module hv_storvsc.'
	},
	netvsc: {
		definition:
			'De netwerk-VSC: de driver van de gast voor de synthetische netwerkadapter. Hij wisselt netwerkpakketten via VMBus uit met de netwerk-VSP in de virtuele switch van de root; onder Linux is dat de module hv_netvsc.'
	},
	'integration-components': {
		aliases: ["IC's", 'integratieservice', 'integratieservices'],
		definition:
			"De drivers en services die je in een gast installeert zodat die met Hyper-V samenwerkt in plaats van alleen met geëmuleerde hardware: de VMBus-driver en de VSC's, en in 2008 ook services voor afsluiten, tijdsynchronisatie, gegevensuitwisseling, heartbeat en back-up. Latere versies heten integration services."
	},
	'ide-fast-path': {
		aliases: ['IDE-fast-path'],
		definition:
			'Een filter in de integration components dat, zodra de gast is opgestart, disk-I/O voor virtuele disks aan de IDE-controller via VMBus naar de storage-VSP stuurt in plaats van door de geëmuleerde IDE-controller. Geëmuleerde IDE is dan alleen nog nodig om op te starten, en een IDE-disk presteert als een synthetische SCSI-disk.'
	},
	linuxhv: {
		definition:
			'Het blok in de architectuurtekening van Microsoft voor de eigen hypercall-laag van Linux, de tegenhanger van WinHv in een enlightened Linux-child. In de upstream-kernel staat deze code in arch/x86/hyperv en drivers/hv.'
	},
	'xen-hypercall-adapter': {
		term: 'Xen-hypercall-adapter',
		aliases: ['hypercall-adapter'],
		definition:
			'Een dunne laag in de Linux Integration Components uit 2008 die de Xen-hypercalls van een SUSE Linux Enterprise Server 10-kernel met Xen-ondersteuning omzette in Hyper-V-hypercalls, zodat die kernel enlightened op Hyper-V draaide. Hij draaide in de Linux-gast zelf en had niets te maken met het hostproduct XenServer.'
	},
	vmbus: {
		definition:
			'Het kanaalmechanisme tussen de root en zijn enlightened childpartities. De root biedt er synthetische devices mee aan, elk device krijgt een kanaal van twee ringbuffers in gedeeld geheugen, en beide kanten seinen elkaar via de SynIC.'
	},
	'ring-buffer': {
		term: 'ringbuffer',
		aliases: ['ringbuffers', 'ring buffer'],
		definition:
			'Een cirkelvormige buffer in geheugen dat de gast toewijst en met de root deelt. Elk VMBus-kanaal heeft er twee, één per richting, en een schrijver seint de andere kant alleen als een ring van leeg naar niet-leeg gaat.'
	},
	gpadl: {
		aliases: ["GPADL's"],
		definition:
			'Een Guest Physical Address Descriptor List: de lijst met paginanummers van de gast die samen een buffer vormen die de gast met de root deelt, zoals de ringbuffers van een kanaal. De gast stuurt hem via het controlepad van VMBus en opent het kanaal zodra de host hem heeft bevestigd.'
	},
	synic: {
		aliases: ['synthetische interruptcontroller'],
		definition:
			"De synthetische interruptcontroller die de hypervisor aan elke virtuele processor geeft. Hij heeft 16 interruptbronnen en twee gedeelde pagina's, één voor berichten en één voor eventvlaggen, waarmee partities elkaar seinen."
	},
	'monitor-page': {
		term: 'monitorpagina',
		aliases: ["monitorpagina's", 'monitor page'],
		definition:
			'Een gedeelde pagina met triggerbits. In plaats van een hypercall te doen, zet een zender daar zijn bit; de hypervisor kijkt de pagina regelmatig na en levert het signaal namens hem af. Dat bespaart VM exits, ten koste van iets meer vertraging.'
	},
	hypervisor: {
		definition:
			'De dunne laag die direct op de processors draait, onder alle partities. Hij verdeelt de processortijd over de virtuele processors, houdt het geheugen van de partities gescheiden, stuurt interrupts door en handelt hypercalls af; drivers voor hardware bevat hij niet.'
	},
	partition: {
		term: 'partitie',
		aliases: ['partities', 'partition'],
		definition:
			'De eenheid van isolatie die de hypervisor bewaakt: geheugen en virtuele processors waarin één besturingssysteem draait. Hyper-V heeft altijd precies één rootpartitie en daarnaast een willekeurig aantal childpartities.'
	},
	'root-partition': {
		term: 'rootpartitie',
		aliases: [
			'rootpartities',
			'root-partitie',
			'parentpartitie',
			'parent-partitie',
			'root partition'
		],
		definition:
			"De partitie die de hypervisor bij het opstarten maakt van de Windows-installatie die hem heeft gestart. Ze beheert de fysieke devices en hun drivers, draait de beheerlaag en de VSP's en maakt de childpartities aan; valt ze uit, dan gaan alle childpartities mee."
	},
	'child-partition': {
		term: 'childpartitie',
		aliases: ['childpartities', 'childpartitie', 'childpartities', 'child partition'],
		definition:
			'Een partitie die de root aanmaakt om een gastbesturingssysteem te draaien. Ze kan niet rechtstreeks bij fysiek geheugen of fysieke devices: ze ziet virtuele devices, die ze via VMBus of via de hypervisor bereikt.'
	},
	hypercall: {
		definition:
			'Een aanroep vanuit de kernel van een partitie naar de hypervisor, zoals een programma met een systeemaanroep iets aan zijn besturingssysteem vraagt. De aanroeper zet een callcode en de parameters in registers of geheugen en roept de hypercall-pagina aan; dat kost één VM exit.'
	},
	'hypercall-page': {
		term: 'hypercall-pagina',
		aliases: ["hypercall-pagina's", 'hypercallpagina', 'hypercall page'],
		definition:
			'Een pagina die de hypervisor in het geheugen van de gast plaatst, nadat de gast zich heeft bekendgemaakt en erom heeft gevraagd via een MSR. Wie die pagina aanroept, voert de juiste instructie uit voor een Intel- of AMD-processor, zodat de gast niet hoeft te weten op welke hij draait.'
	},
	msr: {
		aliases: ["MSR's"],
		definition:
			"Een model-specific register: een processorregister dat je met speciale instructies leest en schrijft. Hyper-V voegt synthetische MSR's toe, genummerd vanaf 0x40000000, waarmee een gast hypercalls, de SynIC, timers en een goedkope end-of-interrupt instelt."
	},
	intercept: {
		definition:
			'Een actie van de gast die de hypervisor tegenhoudt en aan de root meldt in plaats van die te laten uitvoeren, bijvoorbeeld een toegang tot een I/O-poort van een geëmuleerd device. De root stelt zelf in welke intercepts hij wil, en de virtuele processor van de gast wacht tot de root de toegang heeft afgehandeld.'
	},
	'vm-exit': {
		aliases: ['VM-exit', 'VM-exits'],
		definition:
			'De overstap van gastcode naar de hypervisor, veroorzaakt door iets wat de hypervisor moet afhandelen, zoals een hypercall of een onderschepte poorttoegang. Elke exit en de terugkeer naar de gast kosten processortijd; daarom vermijden enlightened gasten ze waar dat kan.'
	},
	'virtual-processor': {
		term: 'virtuele processor',
		aliases: ['virtuele processors', 'virtual processor', "vCPU's"],
		definition:
			'Een processor zoals een partitie die ziet. De hypervisor plant virtuele processors in op de fysieke; onder Windows Server 2008 kon een virtuele machine er maximaal vier hebben.'
	},
	slat: {
		definition:
			'Second Level Address Translation: processorondersteuning (Intel EPT, AMD RVI) die geheugenadressen van de gast in hardware vertaalt naar hostgeheugen. Hyper-V gebruikt SLAT vanaf Windows Server 2008 R2; daarvoor hield de hypervisor shadow page tables in software bij. Naar verluidt daalde de processoroverhead van de hypervisor met SLAT van ongeveer 10% naar ongeveer 2%, een getal dat alleen in secundaire bronnen staat.'
	},
	enlightenment: {
		definition:
			'Een aanpassing waardoor een gastbesturingssysteem weet dat het op Hyper-V draait, zodat het de hypervisor rechtstreeks vraagt om iets wat anders onderschept en geëmuleerd zou worden. Voorbeelden: één hypercall die de TLB op veel processors tegelijk leegmaakt, of een MSR-schrijfactie om een interrupt af te sluiten.'
	},
	paravirtualization: {
		term: 'paravirtualisatie',
		aliases: ['geparavirtualiseerd', 'geparavirtualiseerde', 'paravirtualization'],
		definition:
			'Een gastkernel zo aanpassen dat hij voor bevoorrechte taken de hypervisor aanroept, in plaats van te draaien alsof hij op echte hardware zit; zo werkten de Linux-gasten van Xen. De enlightenments van Hyper-V passen hetzelfde idee toe op een aantal bewerkingen.'
	},
	microkernelized: {
		definition:
			'Microsofts term voor het ontwerp van Hyper-V: de drivers blijven in de Windows-kernel van de rootpartitie in plaats van in de hypervisor, zodat de hypervisor klein blijft. Dat beschermt de hypervisor, niet de gasten: valt de root uit, dan liggen ze allemaal stil.'
	},
	'emulated-device': {
		term: 'geëmuleerd device',
		aliases: [
			'geëmuleerde devices',
			'geëmuleerde device',
			'geëmuleerde hardware',
			'geëmuleerd apparaat',
			'geëmuleerde apparaten',
			'emulated device'
		],
		definition:
			'Een softwarematige nabootsing van echte pc-hardware, zoals de PIIX4-IDE-controller of de DEC 21140-netwerkkaart, die in het workerproces van de VM draait. Elke gast kan het met zijn gewone drivers gebruiken, maar elke registertoegang is een intercept, en dat maakt het traag.'
	},
	'generation-1': {
		term: 'generatie 1',
		aliases: ['Generatie 1', 'generatie 1-VM', 'generatie 1-VM’s', 'generation 1'],
		definition:
			'De naam die Windows Server 2012 R2 gaf aan de oorspronkelijke soort Hyper-V-VM, met een BIOS, geëmuleerde legacy-apparaten en booten vanaf IDE, toen generatie 2 kwam (UEFI, alleen synthetische apparaten). In 2008 was elke VM van deze soort en bestond de term nog niet; de lessen gebruiken hem voor de duidelijkheid.'
	},
	'synthetic-device': {
		term: 'synthetisch device',
		aliases: [
			'synthetische devices',
			'synthetische device',
			'synthetisch apparaat',
			'synthetische apparaten',
			'synthetic device'
		],
		definition:
			'Een virtueel device dat voor virtuele machines is ontworpen en geen fysieke tegenhanger heeft: de gast bereikt het via een VSC over VMBus, en een VSP in de root levert het (opslag en netwerk in de kernel van de root, video en muis vanuit het workerproces). Het vraagt integration components in de gast en ontloopt de intercepts van geëmuleerde hardware.'
	},
	vhd: {
		aliases: ["VHD's", 'virtuele harde schijf', 'virtuele harde schijven'],
		definition:
			'Een virtuele harde schijf: een bestand op de host met de disk van een virtuele machine en een footer van 512 bytes aan het eind. Een VHD is vast (meteen op volle grootte), dynamisch uitbreidend (groeit mee met geschreven blokken) of differencing; in 2008 kon er maximaal 2040 GB in.'
	},
	bat: {
		definition:
			'De Block Allocation Table van een dynamische of differencing-VHD: per blok (standaard 2 MB) één vermelding die zegt waar in het bestand het blok staat, of dat het nog niet is beschreven.'
	},
	'differencing-disk': {
		term: 'differencing-VHD',
		aliases: ['differencing-VHD’s', 'differentiërende schijf'],
		definition:
			'Een VHD die alleen de sectoren opslaat die afwijken van een parent-disk, waarvan de naam in zijn header staat. Een sector komt uit de differencing-VHD als hij daar is geschreven, en anders uit de parent.'
	},
	avhd: {
		aliases: ["AVHD's"],
		definition:
			'Het bestand (.avhd) waarin een Hyper-V-snapshot de wijzigingen bewaart die na het maken van de snapshot op een disk zijn geschreven. Het is een differencing-VHD met als parent de disk zoals die op dat moment was.'
	},
	snapshot: {
		aliases: ['momentopname', 'momentopnamen'],
		definition:
			'Een vastgelegd punt in het leven van een virtuele machine waar je later naar terug kunt, opgeslagen als een AVHD-bestand plus de bewaarde configuratie en toestand. Windows Server 2008 stond er maximaal 50 per VM toe; sinds Windows Server 2012 R2 heten ze checkpoints.'
	},
	'pass-through-disk': {
		term: 'pass-through-disk',
		aliases: ['pass-through-disks', 'pass-through disk'],
		definition:
			'Een fysieke disk of LUN die in de root offline wordt gezet en exclusief aan één virtuele machine wordt toegewezen. Er zit geen VHD-bestand tussen, dus VHD-functies zoals snapshots zijn niet beschikbaar.'
	},
	'quick-migration': {
		definition:
			"De manier van Windows Server 2008 om een virtuele machine naar een andere node van een failovercluster te verplaatsen: geheugen en toestand opslaan op gedeelde opslag, de disk overdragen aan de andere node en de VM daar herstellen. De VM staat al die tijd stil, van zo'n 15 seconden tot enkele minuten, vooral afhankelijk van de hoeveelheid geheugen."
	},
	'live-migration': {
		aliases: ['livemigratie'],
		definition:
			"De manier van Windows Server 2008 R2 om een draaiende virtuele machine naar een andere clusternode te verplaatsen. Het geheugen wordt gekopieerd terwijl de VM doordraait, pagina's die intussen veranderen gaan in volgende rondes opnieuw mee, en alleen de kleine rest verhuist tijdens een pauze van milliseconden."
	},
	'sector-bitmap': {
		term: 'sectorbitmap',
		aliases: ['sectorbitmaps', 'sector bitmap'],
		definition:
			'De bitmap aan het begin van elk toegewezen blok van een dynamische of differencing-VHD: één bit per sector van 512 bytes, 512 bytes voor een blok van 2 MB. In een differencing-VHD betekent een gezette bit dat de sector in dit bestand staat; bij een lege bit gaat het lezen door naar de parent.'
	},
	'vhd-footer': {
		term: 'VHD-footer',
		aliases: ['VHD-footers', 'VHD footer'],
		definition:
			'De 512 bytes aan het eind van elk VHD-bestand, beginnend met de cookie "conectix": het schijftype (vast, dynamisch of differencing), de grootte en geometrie, een controlesom en een UUID. Een dynamische of differencing-VHD bewaart ook een kopie aan het begin van het bestand, en schrijft de footer opnieuw aan het nieuwe eind telkens als het bestand groeit.'
	},
	lun: {
		aliases: ["LUN's"],
		definition:
			'Een logical unit number: een schijf die gedeelde opslag (Fibre Channel, iSCSI of SAS) aan de nodes van een cluster aanbiedt. In Windows Server 2008 is een LUN steeds van één node, dus verhuist Quick Migration het eigendom van de LUN met de VM mee.'
	},
	csv: {
		aliases: ["CSV's"],
		definition:
			"Een volume op gedeelde opslag in Windows Server 2008 R2 dat alle nodes van een failovercluster tegelijk lezen en beschrijven. VM's op één CSV verhuizen elk afzonderlijk, en Live Migration hoeft de LUN niet te ontkoppelen en weer te koppelen."
	},
	'failover-cluster': {
		term: 'failovercluster',
		aliases: ['failoverclusters', 'failover cluster', 'clusternode', 'clusternodes'],
		definition:
			"Een groep Windows Server-hosts (nodes) met gedeelde opslag die elkaars werk overnemen, zoals virtuele machines. In Windows Server 2008 telt een cluster hoogstens 16 nodes; Quick Migration en Live Migration verhuizen VM's tussen die nodes."
	},
	'monolithic-hypervisor': {
		term: 'monolithische hypervisor',
		aliases: ['monolithische hypervisors'],
		definition:
			'Een hypervisor die zelf de apparaatdrivers bevat, met de opslag- en netwerkstacks, zodat de hardware eronder drivers nodig heeft die voor hem geschreven zijn. Het klassieke VMware ESX, met zijn VMkernel, is het gangbare voorbeeld; Hyper-V is juist microkernelized.'
	},
	dom0: {
		aliases: ['domein 0'],
		definition:
			'Het bevoorrechte eerste domein van Xen: een Linux-systeem dat de apparaatdrivers bevat en virtuele apparaten aan de andere domeinen levert. Het speelt ongeveer de rol van de rootpartitie van Hyper-V.'
	},
	blkback: {
		definition:
			"De back-enddrivers in dom0 van Xen: blkback levert virtuele schijven en netback virtuele netwerkkaarten aan de front-enddrivers (blkfront, netfront) in de andere domeinen. Als vergelijking, geen specificatie: ze zijn voor Xen wat VSP's voor Hyper-V zijn."
	},
	hvboot: {
		definition:
			'De opstartdriver die de Windows-loader laadt als de Hyper-V-rol is ingeschakeld. Volgens een secundaire bron (geen documentatie van Microsoft) controleert hij of de processor hardwarevirtualisatie heeft en start het hypervisorbestand voor die fabrikant; de Windows die aan het opstarten was, gaat verder als rootpartitie.'
	},
	hvix64: {
		definition:
			'Het hypervisorbestand van Hyper-V voor Intel-processors; hvax64.exe is dat voor AMD. In Windows Server 2008 R2 is elk ongeveer 0,7 MB groot, gemeten door een secundaire bron.'
	},
	'memory-overhead': {
		term: 'geheugenoverhead',
		aliases: ['memory overhead', 'VM-overhead'],
		definition:
			'Het geheugen dat een host aan een draaiende VM kwijt is naast het RAM van de VM zelf, zoals de structuren van de hypervisor voor haar partitie, die de root bij de hypervisor deponeert. Een veelgeciteerde planningsregel, een schatting zonder bron van Microsoft, is ongeveer 32 MB voor de eerste GB plus 8 MB voor elke volgende GB.'
	},
	'hypercall-input-value': {
		term: 'invoerwaarde van een hypercall',
		aliases: ['hypercall input value'],
		definition:
			'De 64-bitswaarde die een aanroeper in RCX zet om een hypercall te doen: de callcode, of het een fast call is, en bij een rep-call het aantal en de startindex. Bij een call via het geheugen staan in RDX en R8 de fysieke gastadressen van het invoer- en het uitvoerblok.'
	},
	'hypercall-result-value': {
		term: 'resultaatwaarde van een hypercall',
		aliases: ['hypercall result value'],
		definition:
			'De 64-bitswaarde die de hypervisor bij het einde van een hypercall in RAX teruggeeft: de status (HV_STATUS, 0 bij succes) in bits 15 tot en met 0 en, bij een rep-call, het aantal afgewerkte reps in bits 43 tot en met 32.'
	}
};

export default glossary;
