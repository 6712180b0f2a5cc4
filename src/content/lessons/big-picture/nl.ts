import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Het grote plaatje: hypervisor, root- en childpartities',
	summary:
		'Start een virtuele machine en volg één leesactie van disk om te zien hoe Hyper-V in elkaar zit: een dunne hypervisor, een rootpartitie met de beheerstack en alle devicedrivers, en childpartities voor de gasten. Vergelijk dit microkernelized ontwerp daarna met het monolithische VMware ESX en met Xen en zijn dom0.',
	objectives: [
		'De onderdelen van Hyper-V benoemen: de hypervisor, de rootpartitie en de childpartities, en wat elk doet.',
		'Een VM-start volgen van WMI via VMMS, het workerproces en VID tot de hypercalls die een partitie bouwen.',
		'Uitleggen waarom Hyper-V microkernelized heet, hoe het verschilt van het monolithische ESX en waarom het op Xen lijkt, en wat het kost als de root uitvalt.'
	],
	steps: {
		partitions: {
			title: 'Eén server, meerdere partities',
			text: 'Hyper-V deelt een server op in partities, die een dunne hypervisor van elkaar gescheiden houdt. Er is altijd één rootpartitie met Windows Server 2008 x64 en de beheerstack; elke gast draait in een childpartitie.',
			correction:
				'Het artikel uit 2008 noemt de parent-partitie "één VM". In werkelijkheid bouwt de hypervisor de root bij het opstarten uit de Windows die hem geladen heeft; de root bezit de apparaten en is geen gewone VM.',
			notes:
				'Wijs de vier kolommen van het Microsoft-diagram aan: links de root, drie soorten childpartities, en de hypervisorbalk eronder.'
		},
		request: {
			correction:
				'Het artikel uit 2008 verwacht Hyper-V in de tweede helft van 2008. In werkelijkheid kwam de definitieve versie op 26 juni 2008 via Windows Update; Windows Server 2008 zelf was al met een bètaversie ervan uitgebracht.',
			title: 'Start een VM',
			text: 'Een beheerder start een VM, vanuit Hyper-V Manager of een script. Het verzoek komt binnen via WMI, de beheerinterface van de Virtual Machine Management Service (VMMS).',
			notes: 'Alles hier is gewone software in user mode in de rootpartitie.'
		},
		worker: {
			title: 'Eén workerproces per VM',
			text: 'VMMS start een workerproces, vmwp.exe, alleen voor deze VM, in de user mode van de root. Elke draaiende VM krijgt er een; daarin zitten de toestand van de VM en zijn geëmuleerde apparaten.',
			notes:
				'Kijk hoe de teller van workerprocessen naar 1 gaat. In Taakbeheer op een host zie je één vmms.exe en één vmwp.exe per draaiende VM.'
		},
		vid: {
			title: 'Naar de kernel: VID',
			text: 'Het workerproces vraagt VID, de Virtualization Infrastructure Driver in de kernel van de root, om de partitie te bouwen.',
			notes:
				'Vraag voordat je verdergaat: wie kan eigenlijk een partitie maken, de root of de hypervisor?'
		},
		create: {
			title: 'De hypervisor maakt de partitie',
			text: 'Via WinHv doet de root de hypercall HvCallCreatePartition (0x0040). Alleen een partitie met het privilege CreatePartitions mag dat, en in 2008 had alleen de root dat.',
			notes: 'De root beslist en vraagt; de hypervisor voert uit. De hypercallteller gaat naar 1.'
		},
		memory: {
			title: 'Geheugen voor de nieuwe partitie',
			text: 'De root geeft de hypervisor geheugen voor de administratie van de partitie (HvCallDepositMemory). Anders dan bij de root is het geheugen van de child niet één op één gemapt: de parent legt het vast.',
			notes: 'De hypervisor haalt geen geheugen uit het niets: de root geeft het hem.'
		},
		'set-up': {
			title: 'Geheugen, processors, intercepts',
			text: 'Meer hypercalls die alleen de root mag doen mappen het geheugen van de child, maken zijn virtuele processors en zetten intercepts op de poorten van zijn geëmuleerde apparaten. De calls zijn gedocumenteerd; de volgorde is onze schatting.',
			notes:
				'Zes hypercalls tot nu toe, allemaal door de root; de teller laat ze zien. De precieze volgorde die de stack gebruikt is niet openbaar.'
		},
		running: {
			title: 'De child draait',
			text: 'De hypervisor plant de virtuele processors van de childpartitie in op de echte cores, waar haar code rechtstreeks draait. Wat ze mist is zeggenschap: ze krijgt nooit een fysieke interrupt en bepaalt niet wat waar draait.',
			notes:
				'Tot nu toe deed de hypervisor partities, geheugen en scheduling. Waar zitten de devicedrivers?'
		},
		'a-read': {
			title: 'Een leesactie in de child',
			text: 'Een applicatie in de draaiende child leest van disk. De hypervisor heeft geen diskdriver, dus waar gaat het verzoek heen?',
			notes: 'Laat de groep eerst raden: hypervisor, child of root?'
		},
		vsc: {
			title: 'Ook in de child geen echte driver',
			text: 'De child heeft geen driver voor de fysieke disk. Zijn storage-VSC neemt het verzoek aan om het via VMBus naar de root te sturen.',
			notes: 'De child kent alleen een synthetische disk. De echte hardware is buiten zijn bereik.'
		},
		'to-root': {
			title: 'Over naar de root',
			text: 'Het pakket gaat in een ringbuffer die de child met de root deelt, één signaal via de hypervisor maakt de root wakker en de storage-VSP in de kernel van de root pakt het op. De hypervisor gaf alleen het signaal door.',
			notes: 'De data is nooit door de hypervisor gegaan: alleen een kort signaal.'
		},
		drivers: {
			title: 'Drivers wonen in de root',
			text: 'De gewone Windows-storagestack en diskdriver van de root doen het echte werk en lezen de schijf. Dat is het microkernelized ontwerp: devicedrivers zitten in de rootpartitie, de hypervisor heeft er geen.',
			notes:
				'Gewone x64-drivers voor Windows Server 2008 bedienen de hardware, want de root is Windows; de hardware heeft wel zo’n driver nodig, ondertekend voor 64-bits Windows. De hypervisor bevat geen drivercode van derden.'
		},
		'root-risk': {
			title: 'De prijs van drivers in de root',
			text: 'Elke VSP, elk workerproces en elke fysieke driver zit in de root. Crasht of herstart de root, dan gaan alle childpartities mee onderuit.',
			correction:
				'Het artikel uit 2008 zegt dat een driverfout niet alle partities onderuit haalt. Dat beschermt alleen de hypervisor: een driver die de root laat crashen, neemt elke VM mee.',
			notes:
				'Terwijl de groep nadenkt, gaat de data door de root terug omhoog. Vraag: wat betekent dit voor het patchen van de root, en voor extra software erop?'
		},
		done: {
			title: 'Terug naar de applicatie',
			text: 'De completion gaat dezelfde weg terug, via VMBus met één signaal, en de applicatie heeft zijn data. Nu dezelfde leesopdracht in twee andere ontwerpen, naast Hyper-V.',
			notes:
				'De volgende drie stappen tonen een plaat met drie ontwerpen. De volgende les laat zien hoe de hypervisor op de host start en wat de server daarvoor nodig heeft.'
		},
		monolithic: {
			title: 'Het monolithische alternatief',
			text: 'In het klassieke VMware ESX bevat de hypervisorlaag zelf de drivers en de storagestack, zoals secundaire bronnen het beschrijven: de leesopdracht van de gast gaat rechtstreeks de VMkernel in en door naar de schijf. Eén grens over, maar hardwareondersteuning hangt af van drivers die voor de hypervisor geschreven zijn.',
			notes:
				'Wijs de linkerkolom aan: de diskdriver zit in de hypervisorlaag, niet in een partitie. De opbouw van ESX is een schatting uit secundaire bronnen, geen documentatie van VMware.'
		},
		xen: {
			title: 'Xen: de naaste verwant',
			text: 'In Xen geeft blkfront in de domU de leesopdracht via het event channel van de hypervisor door aan blkback in dom0, een geprivilegieerd Linux-domein met de drivers. Een Microsoft-engineer zei: zie de rootpartitie maar als de dom0 van Xen.',
			correction:
				'Het artikel uit 2008 zegt dat de parent-partitie van XenServer Domain 0 heet. Als vergelijking prima, maar dom0 hoort bij Xen in het algemeen, niet alleen bij Citrix XenServer.',
			notes:
				'Een grove vergelijking, geen specificatie: blkback en netback lijken op de VSP’s, blkfront en netfront op de VSC’s, event channels op SynIC-events.'
		},
		microkernelized: {
			title: 'Hyper-V ernaast',
			text: 'De leesopdracht van Hyper-V heeft dezelfde vorm als die van Xen: de VSC van de child, een VMBus-signaal via de hypervisor, de VSP van de root en de gewone driver van de root. Een dunne hypervisor, drivers in de root, gasten in childpartities: dat is het grote plaatje.',
			notes:
				'Vergelijk de totalen onder de kolommen: ESX gaat over één grens, Xen en Hyper-V over twee, omdat hun drivers in een partitie zitten en niet in de hypervisor.'
		}
	},
	questions: {
		'where-drivers': {
			prompt: 'Waar draait bij Hyper-V de driver voor de fysieke disk?',
			options: {
				'root-partition': 'In de Windows-kernel van de rootpartitie',
				hypervisor: 'In de hypervisor',
				'each-child': 'In elke childpartitie die de disk gebruikt'
			},
			explanation:
				'Hyper-V is microkernelized: devicedrivers, ook die van derden, blijven in de rootpartitie. De hypervisor bevat geen drivercode.'
		},
		'monolithic-example': {
			prompt:
				'Welke hiervan is het gangbare voorbeeld van een monolithische hypervisor, met de drivers in de hypervisor?',
			options: { esx: 'Het klassieke VMware ESX' },
			explanation:
				'In het klassieke ESX bevat de VMkernel de devicedrivers en de storage- en netwerkstacks zoals secundaire bronnen het beschrijven. Hyper-V en Xen laten de drivers over aan een geprivilegieerde partitie of domein.'
		},
		'xen-counterpart': {
			prompt: 'Wat speelt bij Xen de rol van de rootpartitie van Hyper-V?',
			options: {
				dom0: 'Domain 0 (dom0), het geprivilegieerde domein',
				domu: 'Een niet-geprivilegieerd domein (domU)'
			},
			explanation:
				'Dom0 heeft de drivers en levert de virtuele apparaten van de andere domeinen, zoals de root in Hyper-V. Het hoort bij Xen in het algemeen, niet alleen bij XenServer.'
		},
		'root-crash': {
			prompt: 'De rootpartitie crasht. Wat gebeurt er met de draaiende childpartities?',
			options: {
				'all-children-down': 'Die gaan allemaal mee onderuit',
				'children-keep-running': 'Die draaien door, want de hypervisor is er nog',
				'hypervisor-restarts-root': 'De hypervisor herstart de root terwijl zij wachten'
			},
			explanation:
				'De VSP’s, workerprocessen en fysieke drivers zitten allemaal in de root, dus zonder root kan geen enkele child verder.'
		},
		'who-creates': {
			prompt:
				'Welke partitie kan in Windows Server 2008 de hypervisor een childpartitie laten maken?',
			options: {
				root: 'Alleen de rootpartitie',
				'any-child': 'Elke child met beheerdersrechten',
				'first-child': 'De eerste child die gestart is'
			},
			explanation:
				'HvCallCreatePartition vraagt het privilege CreatePartitions. De root heeft alle privileges; childpartities hadden dit privilege in 2008 nooit.'
		},
		'after-vid': {
			prompt: 'VID heeft het verzoek om de partitie te bouwen. Klik waar het nu heen gaat.',
			explanation:
				'Via WinHv roept de root HvCallCreatePartition aan, en de partitiebeheerder van de hypervisor maakt de partitie.'
		},
		'root-driver': {
			prompt:
				'De leesactie van een child is bij de storagestack van de root. Klik waar hij nu heen gaat.',
			explanation:
				'Naar de eigen diskdriver van de root: drivers zitten in de root, niet in de hypervisor of de child.'
		}
	}
};

export default narration;
