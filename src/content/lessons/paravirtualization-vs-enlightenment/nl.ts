import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Paravirtualisatie en enlightenment',
	summary:
		'Bij Xen-paravirtualisatie is de gastkernel om de hypervisor heen gebouwd; bij Hyper-V-enlightenment vindt een gewone kernel de hypervisor en neemt hij kortere routes. Volg een aanroep van een Xen-kernel in SLES 10 door de hypercall-adapter uit 2008, en kijk daarna naar een enlightened Windows-kernel.',
	objectives: [
		'Onderscheid paravirtualisatie in Xen-stijl van enlightenment in Hyper-V.',
		'Leg uit wat de Xen-hypercall-adapter vertaalde, en waar hij draaide.',
		'Laat zien hoe een enlightened kernel Hyper-V herkent en hints en synthetische drivers gebruikt.',
		'Corrigeer wat het artikel uit 2008 zei over XenServer, de adapter en Domain 0.'
	],
	steps: {
		'xen-kernel': {
			title: 'Een kernel gebouwd voor Xen',
			text: 'Deze SLES 10-gast draait een Xen-kernel, gemaakt voor paravirtualisatie: voor een deel van het werk dat een gewone kernel met geprivilegieerde instructies doet, roept hij de Xen-hypervisor aan. Bij Xen speelt domain 0 de rol die Hyper-V aan de rootpartitie geeft.',
			correction:
				'Het artikel uit 2008 noemt Domain 0 de parent-partitie van Citrix XenServer. Domain 0 hoort bij Xen in het algemeen, niet alleen bij het product XenServer; de vergelijking met de root van Hyper-V klopt wel, en engineers van Microsoft maken die zelf ook.',
			notes:
				'Vraag: wat gebeurt er als je deze kernel opstart op een hypervisor die geen Xen spreekt?'
		},
		'xen-call': {
			title: 'Een Xen-aanroep op Hyper-V',
			text: 'Maar deze gast draait op Hyper-V, en Hyper-V spreekt geen Xen. De aanroep wordt in de gast zelf opgevangen door de hypercall-adapter, onderdeel van de Linux integration components van Microsoft uit 2008.',
			notes:
				'Veel cursisten verwachten hier de hypervisor. Het punt van de adapter is juist dat de vertaling in de gast gebeurt, voordat de hypervisor iets ziet.'
		},
		translate: {
			title: 'Vertaald naar een Hyper-V-hypercall',
			text: 'De adapter doet via de hypercall-pagina de Hyper-V-hypercall die hetzelfde werk doet. Welke Xen-aanroep welke Hyper-V-aanroep werd, staat niet in onze bronnen, dus noemen we er geen.',
			correction:
				'Het artikel uit 2008 zegt dat de adapter functies van Citrix XenServer vertaalt en helpt in gemengde Hyper-V- en XenServer-omgevingen. In werkelijkheid vertaalde hij de Xen-aanroepen van een Xen-kernel in een Linux-gast, binnen die gast op Hyper-V; een XenServer-host speelde geen enkele rol.',
			notes:
				'De adapter kwam voort uit de interoperabiliteitsafspraak van juli 2006 tussen Microsoft en XenSource, destijds het bedrijf achter Xen.'
		},
		execute: {
			title: 'Terug naar de adapter',
			text: 'De hypervisor doet het werk en keert terug naar de adapter, die het resultaat teruggeeft in de vorm die de Xen-kernel verwacht.',
			notes:
				'Wijs het spoor aan: gastkernel, adapter, hypervisor, adapter. De root komt er niet aan te pas.'
		},
		'xen-return': {
			title: 'De Xen-kernel gaat verder',
			text: 'De kernel merkt niet dat hij niet op Xen draait, dus SLES 10 draaide enlightened op Hyper-V met de kernel die het al had. Naar onze schatting raakte de adapter in onbruik toen de eigen Linux-drivers van Microsoft in Linux 2.6.32 in de kernel kwamen.',
			correction:
				'Het artikel uit 2008 zegt dat er enlightened Linux-versies van Citrix XenServer en Novell gepland waren. De Linux integration components van 2008 ondersteunden alleen SUSE Linux Enterprise Server 10 van Novell; Red Hat volgde eind 2009 met versie 2.0.',
			notes:
				'Die eigen drivers zijn de voorlopers van hv_vmbus, hv_storvsc en hv_netvsc in de huidige kernels.'
		},
		unmodified: {
			title: 'Hyper-V draait ook ongewijzigde kernels',
			text: 'Hyper-V vereist hardwarevirtualisatie (Intel VT of AMD-V), dus een kernel die er niets van weet, draait gewoon ongewijzigd. Hij ziet alleen geëmuleerde apparaten, en elke apparaattoegang wordt onderschept.',
			notes:
				'Dit is de unenlightened child uit het diagram. Op Hyper-V is medewerking van de gast nooit verplicht, alleen sneller.'
		},
		detect: {
			title: 'Een gewone kernel kijkt om zich heen',
			text: 'Een enlightened gast met Windows Server 2008 draait hetzelfde soort Windows-kernel dat ook een fysieke server opstart. Bij het opstarten vraagt hij via CPUID of er een hypervisor is, en krijgt hij "Microsoft Hv" en interface "Hv#1" te horen.',
			notes:
				'Vergelijk met de Xen-kernel: die was voor zijn hypervisor gebouwd; deze ontdekt pas bij het opstarten waar hij draait.'
		},
		'opt-in': {
			title: 'Zich aanmelden',
			text: 'Nu hij Hyper-V heeft gevonden, stelt de kernel zich voor via het guest OS ID-MSR en zet hij de hypercall-pagina aan. CPUID leaf 0x40000004 vertelt hem daarna welke kortere routes de hypervisor aanraadt.',
			notes: 'De les over hypercalls laat deze twee MSR-schrijfacties stap voor stap zien.'
		},
		vmbus: {
			title: 'Synthetische drivers doen mee',
			text: 'Met de integration components geïnstalleerd neemt de VMBus-driver contact op met de root en krijgt hij per synthetisch apparaat één offer. Dat zijn toegevoegde drivers, geen wijzigingen in de kern van de kernel.',
			notes:
				'Vraag: welke van de twee helften van enlightenment kun je later nog in een oudere Windows installeren?'
		},
		vsc: {
			title: 'De VSC’s nemen de apparaten over',
			text: 'De VSC’s koppelen zich aan hun offers, en disk- en netwerkverkeer gaat nu via VMBus in plaats van via geëmuleerde hardware. In onze vergelijking zijn dit de tegenhangers van de front-enddrivers van Xen, met de VSP’s in de root als back-ends.',
			notes:
				'In Xen-termen: netfront en blkfront in de gast, netback en blkback in domain 0. Die vergelijking is van ons, geen specificatie.'
		},
		'flush-hint': {
			title: 'Een hint aan het werk',
			text: 'Voor een remote TLB-flush volgt de kernel een hint: één flush-hypercall in plaats van een IPI die elke andere processor onderbreekt. Dat lijkt op paravirtualisatie, maar de kernel doet het alleen waar Hyper-V het aanraadt.',
			notes:
				'Wijs het spoor aan: van de gastkernel rechtstreeks naar de hypercall-afhandeling, zonder langs het APIC-blok. De les over enlightenments vergelijkt deze flush met en zonder hint.'
		},
		'two-ways': {
			title: 'Twee manieren van samenwerken',
			text: 'Paravirtualisatie bouwt de kernel om de aanroepen van de hypervisor heen; enlightenment houdt een gewone kernel die Hyper-V herkent en de aangeboden kortere routes neemt. De adapter uit 2008 sloeg een brug door de aanroepen van een Xen-kernel op Hyper-V te laten landen.',
			correction:
				'Het artikel uit 2008 noemt enlightenment simpelweg de naam die Microsoft aan paravirtualisatie geeft, en zegt dat de geparavirtualiseerde drivers van Xen sneller zijn door middel van geëmuleerde drivers. Dat laatste is verhaspeld: paravirtuele en synthetische drivers zijn juist snel omdat ze geëmuleerde apparaten vervangen. En een enlightened Hyper-V-kernel leunt op hardwarevirtualisatie en neemt alleen kortere routes waar Hyper-V die aanbiedt.',
			notes:
				'Laat de groep één overeenkomst noemen (hypercalls, gesplitste drivers) en één verschil (of de kernel zonder hulp van de hypervisor kan draaien).'
		}
	},
	questions: {
		'adapter-hop': {
			prompt: 'De adapter heeft de Xen-aanroep opgevangen. Waar gaat het verzoek nu heen?',
			explanation:
				'Naar de hypercall-afhandeling van de hypervisor: de adapter doet via de hypercall-pagina de bijpassende Hyper-V-hypercall en vertaalt het resultaat daarna terug voor de Xen-kernel.'
		},
		'adapter-what': {
			prompt: 'Wat vertaalde de hypercall-adapter van de Linux integration components uit 2008?',
			options: {
				'xen-guest-calls':
					'Xen-aanroepen van een Xen-kernel in een Linux-gast, naar Hyper-V-hypercalls',
				'xenserver-functions':
					'Functies van Citrix XenServer-hosts, voor gemengde Hyper-V- en XenServer-omgevingen',
				'vmware-calls': 'Aanroepen van VMware Tools, naar VMBus-berichten',
				'windows-api': 'Windows-API-aanroepen van Linux-programma’s'
			},
			explanation:
				'Hij draaide in de Linux-gast op Hyper-V en vertaalde de Xen-aanroepen van de kernel van die gast. Wat het artikel uit 2008 ook zegt: XenServer-hosts hadden er niets mee te maken.'
		},
		'lic-2008-distro': {
			prompt:
				'Welke Linux ondersteunden de Linux integration components uit 2008, met de hypercall-adapter?',
			options: {
				sles10: 'SUSE Linux Enterprise Server 10 (SP1 en SP2)',
				'xenserver-linux': 'Linux-versies van Citrix XenServer',
				'any-distro': 'Elke distributie met een 2.6-kernel'
			},
			explanation:
				'Alleen SLES 10. Ondersteuning voor Red Hat kwam eind 2009 met versie 2.0, en een Linux van Citrix XenServer kwam er nooit aan te pas.'
		},
		'unmodified-kernel': {
			prompt:
				'Een gastkernel die niets van Hyper-V weet, start op in een childpartitie. Wat gebeurt er?',
			options: {
				'runs-emulated':
					'Hij draait ongewijzigd, op hardwarevirtualisatie en geëmuleerde apparaten',
				'refuses-boot': 'Hij kan niet starten: Hyper-V vereist een geparavirtualiseerde kernel',
				'needs-adapter': 'Hij heeft de hypercall-adapter nodig om te starten',
				'runs-enlightened': 'De hypervisor maakt hem automatisch enlightened'
			},
			explanation:
				'Hyper-V vereist Intel VT of AMD-V, dus elke ondersteunde x86-kernel draait ongewijzigd. Zonder enlightenments en synthetische drivers is hij alleen trager, omdat elke apparaattoegang wordt onderschept en geëmuleerd.'
		},
		'detect-how': {
			prompt: 'Hoe komt een enlightened kernel erachter dat hij op Hyper-V draait?',
			options: {
				cpuid: 'Met CPUID: het hypervisor-present-bit, daarna leaf 0x40000000 en 0x40000001',
				'xen-call': 'Door een Xen-aanroep te doen en het antwoord te bekijken',
				'boot-parameter': 'Via een opstartparameter die de root instelt',
				'vmbus-offer': 'Via het eerste VMBus-offer'
			},
			explanation:
				'CPUID leaf 1 zegt dat er een hypervisor is, leaf 0x40000000 noemt hem "Microsoft Hv" en leaf 0x40000001 geeft de interface "Hv#1". VMBus komt pas nadat hypercalls aanstaan.'
		},
		dom0: {
			prompt: 'Welk deel van Hyper-V speelt de rol van domain 0 bij Xen?',
			options: {
				root: 'De rootpartitie',
				hypervisor: 'De hypervisor',
				vmwp: 'Het workerproces (VMWP)',
				child: 'De eerste childpartitie'
			},
			explanation:
				'Beide bevatten de fysieke apparaatdrivers en bedienen de andere gasten. Een engineer van Microsoft raadde aan de rootpartitie te zien als de Dom0 van Xen.'
		},
		'vsc-hop': {
			prompt:
				'De VMBus-driver van de gast heeft alle device offers ontvangen. Waar gaat het verzoek heen als de gast zijn drivers eraan koppelt?',
			explanation:
				'Naar de VSC’s: de synthetische apparaatdrivers koppelen zich aan hun offers, en vanaf dan gaan disk en netwerk via VMBus.'
		}
	}
};

export default narration;
