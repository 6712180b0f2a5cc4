import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Hypercalls: zo roept een gast de hypervisor aan',
	summary:
		'Een enlightened gast vindt Hyper-V via CPUID, zet de hypercall-pagina aan en doet daarna drie hypercalls: een die lukt, een waar hij geen recht op heeft en een lange die moet worden voortgezet.',
	objectives: [
		'Benoem de CPUID-leaves en MSR’s waarmee een gast Hyper-V vindt en hypercalls inschakelt.',
		'Lees een hypercall-invoerwaarde: call code, fast-bit, rep count en rep start index.',
		'Leg de statuscodes SUCCESS en ACCESS_DENIED uit, en waarom alleen de root partities mag maken.',
		'Beschrijf hoe een rep-hypercall doorloopt als zijn tijdbudget op is.'
	],
	steps: {
		firmware: {
			title: 'Opstarten, nog van niets wetend',
			text: 'Een childpartitie met Windows Server 2008 start op. Het BIOS leest de bootdisk via de geëmuleerde IDE-controller in het workerproces, want niets in de gast weet nog van Hyper-V.',
			notes:
				'Wijs het IDE-blok in de VMWP aan. Vraag de groep: hoe komt een kernel er eigenlijk achter dat hij op een hypervisor draait?'
		},
		kernel: {
			title: 'De kernel neemt het over',
			text: 'De Windows-kernel is geladen en start. Zijn WinHv-laag kan met Hyper-V praten, maar eerst moet de kernel uitzoeken of er wel een hypervisor is.',
			notes: 'WinHv is de bibliotheek in het diagram die hypercalls verpakt voor Windows-drivers.'
		},
		'present-bit': {
			title: 'Is er een hypervisor?',
			text: 'De kernel voert CPUID leaf 1 uit en ziet bit 31 van ECX aan staan: er is een hypervisor. Dat antwoord komt van de hypervisor zelf; let op de CPUID-teller.',
			notes:
				'Op echte hardware is dit bit nul. Het zegt alleen dát er een hypervisor is, niet welke.'
		},
		vendor: {
			title: 'Leaf 0x40000000: wie is het?',
			text: 'Leaf 0x40000000 geeft de leveranciersnaam "Microsoft Hv" in EBX, ECX en EDX, en in EAX de hoogste hypervisor-leaf die er is.',
			notes:
				'De tekst staat verdeeld over drie registers: "Micr", "osof", "t Hv". Andere hypervisors geven op dezelfde leaf hun eigen naam.'
		},
		interface: {
			title: 'Leaf 0x40000001: welke interface?',
			text: 'Leaf 0x40000001 geeft de interfacehandtekening "Hv#1" in EAX. Of een gast hypercalls gaat gebruiken, hoort hij hierop te baseren en niet op de leveranciersnaam.',
			notes:
				'Vraag waarom de interface zwaarder weegt dan de naam: een andere leverancier kan dezelfde interface bieden.'
		},
		'guest-os-id': {
			title: 'De gast stelt zich voor',
			text: 'De gast schrijft een identiteit die niet nul is (leverancier, OS, versie) naar het guest OS ID-MSR, 0x40000000. Zolang hij dat niet doet, zet de hypervisor de hypercall-pagina niet aan.',
			notes:
				'Hetzelfde getal als de CPUID-leaf, maar iets heel anders: dit is een model-specific register, geschreven met WRMSR.'
		},
		'hypercall-page': {
			title: 'De hypercall-pagina',
			text: 'De gast schrijft het adres van een vrije pagina plus het enable-bit naar het hypercall-MSR, 0x40000001, en de hypervisor legt daar een pagina over met de juiste aanroepinstructie voor deze processor. De gast doet gewoon een CALL naar die pagina, op Intel en AMD.',
			notes:
				'Op de pagina staat VMCALL voor Intel en VMMCALL voor AMD, naar onze lezing; de TLFS zegt alleen dat de opcode per leverancier verschilt. De pagina is leesbaar en uitvoerbaar, niet schrijfbaar.'
		},
		'signal-input': {
			title: 'Een eerste hypercall: HvCallSignalEvent',
			text: 'Later wil een VMBus-driver in deze child de root een seintje geven met HvCallSignalEvent (0x005D). WinHv zet invoerwaarde 0x000000000001005D in RCX: call code in bit 15 tot 0, fast-bit 16 aan, rep count en start index nul.',
			notes:
				'Schrijf de 64 bits op het bord en markeer de velden. Fast betekent: de parameters gaan via registers, niet via een geheugenblok.'
		},
		'signal-exit': {
			title: 'De hypervisor in',
			text: 'De gast doet een CALL naar de hypercall-pagina, en die instructie haalt de processor uit de gast: één VM exit. De hypervisor heeft nu de invoerwaarde.',
			notes: 'De exit-teller gaat naar één. Meer exits kost deze hele aanroep niet.'
		},
		'signal-check-input': {
			title: 'Bekende code, geldige invoer',
			text: 'De call code is bekend, en bij een simple call moeten de rep-velden nul zijn en mag geen gereserveerd bit aan staan: in orde. De TLFS legt de volgorde van deze controles niet vast; de volgorde hier is onze schatting.',
			notes:
				'Een onbekende call code geeft INVALID_HYPERCALL_CODE (0x0002); een gereserveerd bit of een rep count bij een simple call geeft INVALID_HYPERCALL_INPUT (0x0003).'
		},
		'signal-privilege': {
			title: 'Mag de aanroeper dit?',
			text: 'HvCallSignalEvent vereist het privilege SignalEvents, dat de virtualisatiestack naar onze schatting aan elke child met VMBus geeft. Een fast call heeft geen geheugenblok en kan dus ook niet verkeerd uitgelijnd zijn.',
			notes:
				'In de 2008 R2-TLFS staat SignalEvents voor childpartities standaard uit; werkende VMBus-gasten laten zien dat het wordt toegekend. Een slecht uitgelijnd geheugenblok zou INVALID_ALIGNMENT (0x0004) opleveren.'
		},
		'signal-done': {
			title: 'Gelukt',
			text: 'De hypervisor zet de eventvlag in de SynIC van de root en geeft HV_STATUS_SUCCESS (0x0000) terug in RAX. De aanroep heeft geen buffers nodig, dus er kan niets opraken.',
			notes: 'De statuscode staat in bit 15 tot 0 van RAX; nul betekent gelukt.'
		},
		'denied-try': {
			title: 'Te veel gevraagd',
			text: 'Dezelfde child probeert nu HvCallCreatePartition (0x0040), een aanroep via het geheugen met invoerwaarde 0x0000000000000040. Code en invoer zijn geldig; nu volgt de privilegecontrole.',
			notes: 'Laat de groep eerst de uitkomst voorspellen voordat je verder klikt.'
		},
		denied: {
			title: 'Toegang geweigerd',
			text: 'Voor het maken van partities is het privilege CreatePartitions nodig, en in Windows Server 2008 heeft alleen de root dat. De aanroep geeft HV_STATUS_ACCESS_DENIED (0x0006) terug en er wordt niets gemaakt.',
			notes:
				'Privileges staan in het privilegemasker van elke partitie, ingesteld door de parent; een gast kan het zijne lezen in CPUID leaf 0x40000003.'
		},
		'rep-start': {
			title: 'Een rep call van de root',
			text: 'De root mapt 25 pagina’s geheugen van een child met HvCallMapGpaPages (0x004B), een rep call: rep count 25 in bit 43 tot 32, start index 0. De root heeft alle privileges, dus alle controles slagen.',
			correction:
				'Het artikel uit 2008 noemt de parent-partitie één VM tussen de andere. In werkelijkheid bouwt de hypervisor de root bij het opstarten uit de Windows-installatie die hem laadde; zijn geheugen is identity-mapped en hij heeft alle privileges, terwijl een child alleen het geheugen heeft dat zijn parent met aanroepen als deze inmapt.',
			notes:
				'De exit-teller blijft op nul: die telt exits uit een child, en deze aanroep komt van de root.'
		},
		'rep-budget': {
			title: 'Na 20 is de tijd op',
			text: 'De hypervisor wil aan één aanroep hooguit zo’n 50 microseconden besteden. In dit voorbeeld, gebaseerd op dat uit de TLFS, komt hij tot 20 van de 25 pagina’s en stopt dan, met de rep start index op 20.',
			notes:
				'Hoeveel reps in het budget passen, hangt af van de aanroep en de machine; 20 is het voorbeeld uit de TLFS, geen vaste waarde.'
		},
		'rep-return': {
			title: 'Terug, maar niet verder',
			text: 'De virtuele processor gaat terug de root in met zijn instructiepointer nog op de aanroepinstructie in de hypercall-pagina, en de invoerwaarde is nu 0x001400190000004B: start index 20 in bit 59 tot 48. De code van WinHv zelf merkt geen terugkeer.',
			notes:
				'Vergelijk met de eerste waarde, 0x000000190000004B: alleen het start-index-veld is veranderd. Het diagram toont de stap bij WinHv omdat de hypercall-pagina in die partitie zit; er draait hier geen code van WinHv.'
		},
		'rep-reissue': {
			title: 'Dezelfde aanroep nog eens',
			text: 'De processor voert dezelfde instructie opnieuw uit en komt weer in de hypervisor, die doorgaat bij pagina 20. Dat heet continuation en WinHv merkt er niets van: de hypercall-teller telt twee keer de hypervisor in voor één aanroep.',
			notes:
				'Vraag: waarom niet gewoon alle 25 in één keer? Omdat één aanroep een processor niet lang mag bezetten.'
		},
		'rep-finish': {
			title: 'Alle 25 klaar',
			text: 'De laatste vijf pagina’s passen in het budget, en de aanroep geeft HV_STATUS_SUCCESS terug met 25 voltooide reps in bit 43 tot 32 van RAX. Een lange lijst bezet de processor nooit lang, en toch schreef de aanroeper maar één aanroep.',
			notes: 'Zet de drie uitkomsten op een rij: gelukt, geweigerd, en gelukt na een continuation.'
		}
	},
	questions: {
		'interface-leaf': {
			prompt:
				'Welke CPUID-leaf geeft de interfacehandtekening "Hv#1", de waarde waarop een gast zijn gebruik van hypercalls hoort te baseren?',
			explanation:
				'Leaf 0x40000001 geeft "Hv#1" in EAX. Leaf 0x40000000 geeft de leveranciersnaam, leaf 1 zegt alleen dat er een hypervisor is, en MSR 0x40000001 is het hypercall-MSR, geen CPUID-leaf.'
		},
		'os-id-hop': {
			prompt:
				'De kernel heeft "Hv#1" gevonden en schrijft nu zijn identiteit naar het guest OS ID-register. Welk deel van de hypervisor ontvangt die schrijfactie?',
			explanation:
				'De guest OS ID (0x40000000) is een synthetisch MSR, dus de schrijfactie gaat naar het MSR-blok van de hypervisor. De hypercall-pagina gaat op dezelfde manier aan, via MSR 0x40000001.'
		},
		'before-page': {
			prompt:
				'Wat moet een gast doen voordat de hypervisor hem de hypercall-pagina laat aanzetten?',
			options: {
				'guest-os-id': 'Een waarde die niet nul is naar het guest OS ID-MSR schrijven',
				'vmbus-contact': 'Via VMBus contact maken met de root',
				'create-vp': 'Met een hypercall zijn virtuele processors aanmaken',
				nothing: 'Niets: de pagina staat altijd aan'
			},
			explanation:
				'Zonder guest OS ID die niet nul is, gaat de hypercall-pagina niet aan, en wie de ID later weer op nul zet, schakelt de pagina uit. VMBus komt pas daarna en heeft zelf hypercalls nodig.'
		},
		'input-value': {
			prompt:
				'Een child doet HvCallSignalEvent (0x005D) als fast call zonder reps. Welke invoerwaarde komt in RCX?',
			explanation:
				'De call code staat in bit 15 tot 0 en de fast-vlag is bit 16, samen 0x1005D. Zonder bit 16 is het een aanroep via het geheugen; een rep count van 1 bij een simple call is ongeldige invoer; en de call code staat nooit in de hoogste bits.'
		},
		'denied-status': {
			prompt:
				'Een child zonder het privilege CreatePartitions roept HvCallCreatePartition aan. Wat komt er terug?',
			options: { success: 'HV_STATUS_SUCCESS, met een lege partitie' },
			explanation:
				'De call code is geldig, dus de aanroep komt tot de privilegecontrole en strandt daar met ACCESS_DENIED. In Windows Server 2008 heeft alleen de root CreatePartitions.'
		},
		'budget-hop': {
			prompt:
				'De HvCallMapGpaPages van de root over 25 pagina’s heeft na 20 pagina’s zijn tijdbudget op. Waar gaat de controle nu heen?',
			explanation:
				'Terug de root in, naar de aanroepinstructie in de hypercall-pagina (getekend bij WinHv), met de start index op 20 en de instructiepointer ongewijzigd. De virtuele processor voert hem gewoon opnieuw uit en gaat verder bij pagina 20; WinHv ziet geen terugkeer.'
		},
		continuation: {
			prompt: 'Een rep call van 25 elementen stopt na 20. Wat gebeurt er dan?',
			options: {
				'resume-at-20':
					'Hij keert terug met de rep start index op 20 en de instructiepointer ongewijzigd, zodat opnieuw uitvoeren verdergaat bij element 20',
				restart: 'De aanroeper moet opnieuw beginnen bij element 0',
				'error-split':
					'Hij geeft een fout, en de aanroeper moet de lijst in kleinere aanroepen opdelen',
				'hold-vp': 'De hypervisor houdt de processor vast tot alle 25 klaar zijn'
			},
			explanation:
				'Dat is de rep-continuation uit de TLFS: het gedane werk blijft staan, de start index schuift op, en omdat de instructiepointer niet verschoof, voert de virtuele processor dezelfde instructie opnieuw uit en gaat hij verder waar de aanroep stopte. De code van de aanroeper merkt niets.'
		}
	}
};

export default narration;
