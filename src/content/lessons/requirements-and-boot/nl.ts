import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Eisen en opstarten: zo start Hyper-V',
	summary:
		'Zet een Windows Server 2008-host aan en kijk hoe Hyper-V onder Windows schuift: wat de processor moet kunnen, hoe hvboot.sys de hypervisor start, hoe de Windows die aan het opstarten was de rootpartitie wordt, en wat een host zonder VT, DEP of x64 doet. Daarna start er een childpartitie bovenop.',
	objectives: [
		'De hosteisen van de eerste Hyper-V noemen: een x64-processor met Intel VT of AMD-V en hardware-DEP (Intel XD of AMD NX), allebei aangezet in het BIOS.',
		'Uitleggen hoe hvboot.sys de hypervisor start en hoe de draaiende Windows de rootpartitie wordt.',
		'Vertellen wat er gebeurt op een host zonder VT, DEP of x64, en hoe een childpartitie bij het opstarten de hypervisor vindt.'
	],
	steps: {
		'power-on': {
			title: 'De server gaat aan',
			text: 'Een server start op. Voor Hyper-V moet de processor x64 zijn, met hardwarevirtualisatie (Intel VT of AMD-V) en hardware-DEP (Intel XD of AMD NX), en allebei moeten aanstaan in het BIOS.',
			correction:
				'Het artikel uit 2008 noemt de AMD-bit "No eXecute (NS)". Die bit heet NX (No eXecute); Intel noemt zijn versie XD (Execute Disable).',
			notes:
				'Wijs de CPU aan: er wordt nog niets gecontroleerd, het BIOS bewaart alleen de instellingen. Vraag wie er ooit VT in een BIOS heeft moeten aanzetten.'
		},
		'windows-loads': {
			title: 'Windows Server 2008 x64 laadt',
			text: 'Windows Server 2008 x64 laadt zijn kernel en bootdrivers, zoals op elke server. Staat de Hyper-V-rol aan, dan laadt de loader ook hvboot.sys; deze volgorde komt uit één secundaire bron, dus het is onze schatting.',
			correction:
				'Het artikel uit 2008 zegt dat Hyper-V in de 32-bits en 64-bits edities zit. In werkelijkheid hebben alleen de x64-edities (Standard, Enterprise, Datacenter) het; alleen de beheertools draaien ook op 32-bits Windows.',
			notes:
				'Er is nog geen hypervisor en geen partitie: dit is gewoon Windows dat opstart. De Windows in dit driversblok wordt straks de rootpartitie.'
		},
		'cpu-check': {
			title: 'hvboot.sys vraagt het de processor',
			text: 'Voordat hvboot.sys iets start, controleert het of de processor bruikbare hardwarevirtualisatie heeft. Naar onze schatting controleert het hier ook hardware-DEP.',
			notes:
				'Vraag: wat als iemand vergeten is VT in het BIOS aan te zetten? Dat proberen we na de gewone boot.'
		},
		'hypervisor-starts': {
			title: 'De hypervisor neemt de processors over',
			text: 'Naar onze schatting, op basis van één secundaire bron, start hvboot.sys nu het hypervisor-image: hvix64.exe op Intel, hvax64.exe op AMD, kleiner dan 1 MB. Vanaf nu is de hypervisor de baas over de processors en vangt hij elke interrupt op.',
			notes:
				'Het artikel uit 2008 zegt dat de hypervisor kleiner is dan 1 MB; gemeten R2-images zijn ongeveer 0,65 tot 0,7 MB, dus dat klopt. Wijs de lijn van de scheduler naar de CPU aan.',
			correction:
				'Het artikel uit 2008 noemt 16 logische processors per host. Dat klopte bij de release, maar een update eind 2008 (KB956710) bracht de grens naar verluidt naar 24 voor zescore-processors, en R2 bracht hem naar 64.'
		},
		memory: {
			title: 'En het geheugen',
			text: 'Het adresbeheer van de hypervisor bepaalt nu hoe de adressen van elke partitie op het echte geheugen uitkomen. De eerste Hyper-V had geen SLAT en hield dus shadow page tables bij voor zijn gasten; SLAT kwam met R2.',
			correction:
				'Het artikel uit 2008 zegt dat een host 2 TB geheugen kan hebben. De eerste Hyper-V-release ondersteunde naar verluidt tot 1 TB (Standard hield op bij 32 GB, een grens van het OS); 2 TB lijkt de grens van de grotere Windows-edities, niet van Hyper-V.',
			notes:
				'SLAT bracht de CPU-overhead van de hypervisor naar verluidt terug van zo’n 10% naar zo’n 2%, een getal dat alleen in secundaire bronnen staat. Daarom waren de geheugen-enlightenments in 2008 zo belangrijk.'
		},
		'root-partition': {
			title: 'Windows wordt de rootpartitie',
			text: 'De partitiebeheerder maakt van de Windows die aan het opstarten was de rootpartitie. Het geheugen wordt één op één gemapt (gastfysiek is systeemfysiek), de apparaten blijven van de root en die krijgt alle privileges.',
			correction:
				'Het artikel uit 2008 noemt de parent-partitie "één VM" die "in basismodus" draait. In werkelijkheid bouwt de hypervisor de root bij het opstarten uit de Windows die hem geladen heeft; de root bezit de apparaten en is geen gewone VM.',
			notes:
				'Kijk hoe de partitieteller van 0 naar 1 gaat. Vraag de groep: is de rootpartitie een virtuele machine?'
		},
		'root-resumes': {
			title: 'Windows gaat door, bovenop',
			text: 'Windows gaat verder waar het was, nu boven de hypervisor. Via de WinHv-driver kunnen drivers in de root hypercalls doen; wanneer WinHv precies laadt, is onze schatting.',
			notes:
				'Er is niets verhuisd: de disk- en netwerkdrivers blijven in Windows, nu de root. Alleen de hypervisor is eronder geschoven.'
		},
		vmms: {
			title: 'VMMS: klaar voor childpartities',
			text: 'De Virtual Machine Management Service (vmms.exe) start in de user mode van de root. De root heeft het privilege CreatePartitions en kan nu childpartities maken.',
			notes:
				'Hier eindigt een normale hostboot. Nu zetten we VT uit in het BIOS en starten we dezelfde server opnieuw.'
		},
		'no-vt': {
			title: 'Dezelfde server, VT uit',
			text: 'Nu staat VT uit in het BIOS. Windows start gewoon, maar zonder hardwarevirtualisatie kan de hypervisor niet starten: geen rootpartitie, dus geen enkele VM (dat het bij hvboot.sys stopt, meldt één secundaire bron).',
			notes:
				'Een klassieke supportvraag op dag één, en de oplossing zit in het BIOS, niet in Windows. Wijs de partitieteller aan: die blijft op 0, want zonder hypervisor is er geen rootpartitie.'
		},
		'no-dep': {
			title: 'Dezelfde server, DEP uit',
			text: 'Met VT aan maar hardware-DEP (XD of NX) uit eindigt de boot op dezelfde plek: Windows draait, de hypervisor niet. Waar deze controle precies zit, is onze schatting.',
			notes:
				'Zelfde blok als de vorige stap, een andere ontbrekende eis. Vraag: welke BIOS-instelling nu?'
		},
		'no-x64': {
			title: 'Een processor zonder x64',
			text: 'Een processor zonder x64 kan de x64-editie van Windows Server 2008 helemaal niet draaien, en geen enkele 32-bits editie heeft Hyper-V. De boot stopt voordat Windows draait.',
			notes: 'Daarom is x64 de eerste eis: zonder x64 komen VT en DEP niet eens aan de beurt.'
		},
		'child-firmware': {
			title: 'Een childpartitie start',
			text: 'Terug op een gezonde host start VMMS een VM. Het BIOS daarvan leest de bootdisk via de geëmuleerde IDE-controller in het workerproces, zoals een generatie 1-VM altijd doet.',
			notes:
				'Deze child draait op de hypervisor die de host net gestart heeft. Wijs de IDE-emulator in het VMWP-blok aan.'
		},
		'child-kernel': {
			title: 'De kernel van de child laadt',
			text: 'De Windows-kernel in de child laadt. Die kent hypervisors, dus hij zoekt er eerst een voordat hij zijn hardware vertrouwt.',
			notes:
				'Naar onze schatting kennen oudere kernels, zoals die van Windows Server 2003, geen hypervisor: ze kregen synthetische drivers alleen via een apart pakket met integration components. Zonder dat pakket houden ze geëmuleerde apparaten.'
		},
		'child-cpuid': {
			title: 'Is er een hypervisor?',
			text: 'Drie CPUID-instructies, elk beantwoord door de hypervisor: leaf 1 zegt dat er een hypervisor is, leaf 0x40000000 zegt "Microsoft Hv" en leaf 0x40000001 geeft de interface "Hv#1".',
			notes:
				'Kijk hoe de CPUID-teller op drie komt: elke instructie is een exit naar de hypervisor. Een gast hoort op "Hv#1" te beslissen, niet op de leveranciersnaam.'
		},
		'child-hypercalls': {
			title: 'Hypercalls aan',
			text: 'De gast schrijft zijn identiteit naar de guest OS ID-MSR (0x40000000) en zet daarna de hypercall-pagina aan via MSR 0x40000001. De volgorde telt: zonder identiteit blijft de pagina uit.',
			notes:
				'De hypercall-pagina verbergt het verschil tussen Intel en AMD: de gast roept gewoon de pagina aan.'
		},
		'child-vmbus': {
			title: 'Contact via VMBus',
			text: 'Met de integration components geïnstalleerd legt de VMBus-driver van de gast contact met de root: hij stuurt een INITIATE_CONTACT-bericht.',
			notes:
				'Zonder integration components stopt de gast hier en houdt hij zijn geëmuleerde apparaten.'
		},
		'child-running': {
			title: 'Op synthetische apparaten',
			text: 'De root antwoordt met protocolversie 0.13, die van Windows Server 2008, en biedt per synthetisch apparaat één kanaal aan. De VSC’s koppelen zich aan hun aanbod; zelfs de IDE-bootdisk gaat nu via VMBus.',
			notes:
				'Tel de besturingsberichten: vier voor de handshake, één aanbod per synthetisch apparaat en nog vier voor elk kanaal dat een VSC opent (GPADL_HEADER, GPADL_CREATED, OPENCHANNEL, OPENCHANNEL_RESULT). Voor deze VM met negen synthetische apparaten komt dat op 49. De volgende lessen volgen één leesopdracht over het geëmuleerde en het synthetische pad.'
		}
	},
	questions: {
		'amd-dep-bit': {
			prompt: 'Welke processorfunctie moet aanstaan voor hardware-DEP op een AMD-server?',
			options: {
				nx: 'De NX-bit (No eXecute)',
				ns: 'De NS-bit (No eXecute)',
				'vt-only': 'Geen: op AMD is AMD-V alleen genoeg'
			},
			explanation:
				'Hyper-V wil hardware-DEP aan: NX bij AMD, XD bij Intel. De "NS" in het artikel uit 2008 is een verschrijving van NX.'
		},
		editions: {
			prompt: 'Welke edities van Windows Server 2008 kunnen de Hyper-V-rol draaien?',
			options: {
				'x64-only': 'Alleen de x64-edities',
				'x86-and-x64': 'Zowel de 32-bits als de 64-bits edities',
				'x86-with-pae': 'Ook de 32-bits edities, met PAE aan'
			},
			explanation:
				'Hyper-V zit alleen in de x64-edities (Standard, Enterprise, Datacenter). Alleen de beheertools draaien ook op 32-bits Windows.'
		},
		'vt-off-result': {
			prompt:
				'Een host heeft de Hyper-V-rol, maar VT staat uit in het BIOS. Wat gebeurt er bij het opstarten?',
			options: {
				'no-hypervisor': 'Windows start, maar de hypervisor niet, en geen VM kan draaien',
				'no-windows': 'Windows zelf weigert te starten',
				'software-emulation': 'Hyper-V valt terug op software-emulatie, alleen trager'
			},
			explanation:
				'Hyper-V heeft hardwarevirtualisatie nodig en kent geen softwareterugval: zonder VT start de hypervisor niet, terwijl Windows gewoon opstart. Dat hvboot.sys de driver is die het ziet, meldt één secundaire bron.'
		},
		'no-vt-next': {
			prompt:
				'VT staat uit in het BIOS en hvboot.sys heeft net de processor bevraagd. Klik waar de boot eindigt.',
			explanation:
				'De boot eindigt bij hvboot.sys in de drivers: zonder VT start de hypervisor niet, en Windows draait zonder verder. Dat de fout bij hvboot.sys zichtbaar wordt, meldt één secundaire bron.'
		},
		'who-builds-root': {
			prompt:
				'De hypervisor heeft de processors en het geheugen overgenomen. Klik op het deel van de hypervisor dat de draaiende Windows tot rootpartitie maakt.',
			explanation:
				'De partitiebeheerder: de root is een partitie die de hypervisor bij het opstarten bouwt, met het geheugen één op één gemapt.'
		},
		'root-is': {
			prompt: 'Wat is de rootpartitie?',
			options: {
				'booting-windows': 'De Windows die de hypervisor geladen heeft en erboven doorgaat',
				'first-child': 'De eerste virtuele machine die VMMS maakt',
				'inside-hypervisor': 'Een deel van de hypervisor waarin de devicedrivers zitten'
			},
			explanation:
				'De Windows die opstartte en de hypervisor laadde, wordt de root. Die houdt de apparaten en drivers en is geen gewone VM.'
		},
		'child-cpuid': {
			prompt:
				'De kernel van de child is geladen en voert CPUID uit. Klik waar het antwoord vandaan komt.',
			explanation:
				'CPUID in een child is een exit naar de hypervisor, die antwoordt; bij leaf 1 staat bit 31 van ECX aan: er is een hypervisor.'
		}
	}
};

export default narration;
