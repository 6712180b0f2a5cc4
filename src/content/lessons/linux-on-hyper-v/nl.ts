import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Linux op Hyper-V',
	summary:
		'Van de Linux Integration Components van 2008 voor SLES 10, met hun Xen-hypercall-adapter, tot de GPL-drivers die via staging in de huidige kernel terechtkwamen.',
	objectives: [
		'Uitleggen wat de Xen-hypercall-adapter deed en waar hij draaide.',
		'Linux Integration Components 1.0 en 2.0 en de staging-drivers van 2009 op een tijdlijn zetten.',
		'De huidige Hyper-V-drivers in de kernel kunnen noemen, en waar ze elk voor zijn.'
	],
	steps: {
		sles10: {
			title: '2008: SUSE Linux Enterprise Server 10',
			text: 'In 2008 ondersteunden de Linux Integration Components van Microsoft één distributie: SLES 10 SP1 en SP2, x86 en x64, met de kernel voor Xen. Het pakket bevatte een VMBus-driver, VSC’s voor opslag en netwerk, een fast-path-bootdriver en een hypercall-adapter.',
			correction:
				'Het artikel uit 2008 zegt dat enlightened Linux-versies van Citrix XenServer en Novell gepland waren. In werkelijkheid ondersteunden de Linux-componenten van 2008 alleen SUSE Linux Enterprise Server 10 van Novell; ondersteuning voor Red Hat kwam met versie 2.0 in 2009.',
			notes:
				'Het pakket was begin 2008 een bèta, werd teruggetrokken en kwam te laat voor de release van Hyper-V; over die vertraging werd in augustus 2008 bericht.'
		},
		'xen-call': {
			title: 'Een Xen-call, in de gast onderschept',
			text: 'De kernel van SLES 10 is gebouwd voor Xen, dus voor bevoorrecht werk doet hij een paravirtuele Xen-call. Op Hyper-V vangt de hypercall-adapter, een dun laagje in de gast zelf, die call op.',
			correction:
				'Het artikel uit 2008 zegt dat de adapter functies van Citrix XenServer vertaalt en gemengde omgevingen met Hyper-V en XenServer helpt. In werkelijkheid vertaalde hij de paravirtuele Xen-calls van een Linux-kernel voor Xen, in de gast op Hyper-V; XenServer, een hostproduct, speelde geen rol.',
			notes:
				'Onze bronnen zeggen niet welke Xen-call op welke Hyper-V-call uitkomt, dus het model noemt er geen. Vraag: waarom niet gewoon de kernel opnieuw bouwen?'
		},
		translate: {
			title: 'Vertaald naar een hypercall',
			text: 'De adapter doet de Hyper-V-hypercall die hetzelfde werk doet, via de hypercall-pagina. Zo draait een ongewijzigde Xen-kernel enlightened op Hyper-V.',
			notes:
				'Laat de groep voorspellen: de adapter verlaat de gast nooit, alleen zijn hypercall doet dat.'
		},
		result: {
			title: 'Terug naar de adapter',
			text: 'De hypervisor doet het werk en keert terug naar de adapter. Die geeft het resultaat terug in de vorm die een Xen-call zou hebben opgeleverd.',
			notes: 'Wijs erop dat de rootpartitie op dit pad geen rol speelt.'
		},
		unaware: {
			title: 'De kernel merkt niets',
			text: 'De kernel gaat verder alsof hij op Xen draait. Het idee kwam uit een afspraak tussen Microsoft en XenSource uit 2006, zodat Linux-gasten voor Xen konden verhuizen tussen Xen en de virtualisatie van Windows Server.',
			notes:
				'In dezelfde deal beloofde XenSource de vertaallaag te schrijven en nam het een licentie op het VHD-formaat. XenSource was het bedrijf achter Xen; de afspraak ging erover dat Linux-gasten tussen de twee hypervisors konden verhuizen.'
		},
		gpl: {
			title: '2009: eigen drivers onder de GPL',
			text: 'In juli 2009 bracht Microsoft zijn eigen Linux-drivers uit onder de GPLv2, en Linux 2.6.32 nam ze op in drivers/staging/hv. Volg zo’n gast bij het opstarten; het model tekent hem in de blokken van de Windows-child, omdat de stappen hetzelfde zijn.',
			notes:
				'Zoals elke generatie 1-VM start ook de Linux-gast vanaf de geëmuleerde IDE-controller. Lees voor de rest van de les WinHv als LinuxHv en VSC’s als de Linux-drivers.'
		},
		'native-discovery': {
			title: 'De kernel vindt Hyper-V zelf',
			text: 'De kernel kijkt zelf via CPUID of Hyper-V er is, zonder Xen-laag ertussen. Met eigen drivers voegde Linux IC 2.0 (oktober 2009) Red Hat Enterprise Linux 5.2 tot 5.4 toe, nog steeds met één virtuele CPU; naar onze schatting was de adapter toen al verdwenen.',
			notes:
				'Dat de adapter in 2.0 wegviel is onze lezing: de readme van 2.0 is niet gecontroleerd. Let op de CPUID-teller.'
		},
		'guest-id': {
			title: 'Een opensource-identiteit',
			text: 'Hij schrijft zijn identiteit naar de guest-OS-ID-MSR, met bit 63 aan voor open source, en zet de hypercall-pagina aan. Die code, nu in arch/x86/hyperv en drivers/hv, noemt de tekening van Microsoft LinuxHv.',
			notes: 'Vraag: waarom zou de hypervisor überhaupt willen weten welk OS de gast draait?'
		},
		'hv-vmbus': {
			title: 'hv_vmbus legt contact',
			text: 'De driver hv_vmbus stuurt INITIATE_CONTACT en stelt een versie van het VMBus-protocol voor. In staging was de code nog ruw: in september 2009 dreigde Greg Kroah-Hartman hem te schrappen wegens gebrek aan onderhoud, waarna Microsoft er weer aan ging werken.',
			notes:
				'Het staging-verhaal is een mooi moment om uit te leggen wat drivers/staging is: code in de kernel die nog niet aan de normen voldoet.'
		},
		version: {
			title: 'Geen hosts uit 2008 meer',
			text: 'De rootpartitie antwoordt met VERSION_RESPONSE. Een host met Windows Server 2008 spreekt alleen 0.13, en huidige kernels ondersteunen hosts met 2008 of 2008 R2 niet meer: de oudste die ze ondersteunen is Windows Server 2012.',
			notes:
				'De geschiedenis uit deze les kun je dus niet naspelen met een huidige distributie op een host uit 2008.'
		},
		offers: {
			title: 'Uit staging',
			text: 'De rootpartitie stuurt per device één aanbod, elk met een class-GUID. Tussen eind 2011 en medio 2012 verlieten de drivers naar onze schatting staging: VMBus-kern en utilities naar drivers/hv, netvsc naar drivers/net/hyperv, storvsc naar drivers/scsi, de muis naar HID.',
			notes:
				'De precieze kernelversie per driver is hier niet gecontroleerd (ruwweg 3.2 tot 3.4); zet geen versienummers op een slide zonder dat na te gaan.'
		},
		drivers: {
			title: 'De drivers van nu',
			text: 'hv_vmbus koppelt elk aanbod via de class-GUID aan een driver: hv_storvsc voor disks, hv_netvsc voor het netwerk, hv_utils voor heartbeat, tijdsynchronisatie en afsluiten, hid_hyperv voor de muis en hyperv_fb voor het scherm.',
			notes:
				'hyperv_fb werd in februari 2013 ingediend; op hosts met 2008 R2 en ouder haalt hij maximaal 1600×1200 bij 16 bits. Zijn opvolger hyperv_drm kwam later.'
		},
		bound: {
			title: 'Draaien op synthetische devices',
			text: 'De drivers koppelen zich en openen hun kanalen, en de gast draait op synthetische devices. hv_utils bevat ook het kerneldeel van KVP en VSS, met hulp van de programma’s hv_kvp_daemon en hv_vss_daemon; de VSS-driver werd in 2013 ingediend.',
			notes:
				'Vergelijk met het pakket van 2008: alleen opslag en netwerk, voor één distributie. Vraag welke van deze drivers de groep al eens in lsmod heeft gezien.'
		}
	},
	questions: {
		'adapter-where': {
			prompt: 'Waar draaide de Xen-hypercall-adapter van de Linux-componenten uit 2008?',
			options: {
				'in-guest': 'In de Linux-gast op Hyper-V',
				'xenserver-host': 'Op een host met Citrix XenServer',
				hypervisor: 'In de Hyper-V-hypervisor',
				root: 'In de rootpartitie'
			},
			explanation:
				'Het was een dun laagje in de gast met SLES 10 dat de Xen-calls van de kernel omzette in Hyper-V-hypercalls. Er kwam geen XenServer-host aan te pas.'
		},
		'adapter-back': {
			prompt:
				'De hypervisor heeft het werk van de vertaalde call gedaan. Welk blok krijgt het resultaat?',
			explanation:
				'De adapter, getekend als LinuxHv, krijgt het en geeft het aan de kernel terug als resultaat van een Xen-call.'
		},
		'lic1-distro': {
			prompt: 'Welke Linux-distributie ondersteunden de Linux Integration Components van 2008?',
			explanation:
				'Alleen SLES 10 (SP1 en SP2), in x86 en x64. Red Hat Enterprise Linux 5.2 tot 5.4 kwam met versie 2.0 in 2009; XenServer is een hypervisor, geen gastdistributie.'
		},
		upstream: {
			prompt: 'Wanneer zaten de Hyper-V-drivers van Microsoft voor het eerst in de Linux-kernel?',
			options: {
				'staging-2-6-32': 'Linux 2.6.32 (december 2009), in drivers/staging/hv',
				never: 'Nooit: ze zijn nog steeds een aparte download'
			},
			explanation:
				'Microsoft bracht ze in juli 2009 uit onder de GPLv2 en ze kwamen in de staging-tree van 2.6.32. In de jaren daarna verlieten ze staging.'
		},
		'offers-hop': {
			prompt:
				'De rootpartitie heeft per device een aanbod gestuurd. Welk blok koppelt de aanbiedingen aan drivers?',
			explanation:
				'De VMBus-driver van de gast, in Linux hv_vmbus, koppelt de class-GUID van elk aanbod aan een driver. Het model tekent hem in het VMBus-blok van de Windows-child.'
		},
		utils: {
			prompt:
				'Welke Linux-module beantwoordt de services heartbeat, tijdsynchronisatie en afsluiten?',
			explanation:
				'hv_utils regelt heartbeat, tijdsynchronisatie en afsluiten, plus het kerneldeel van KVP en VSS. hv_vmbus is de bus zelf, hv_netvsc de netwerkkaart en hid_hyperv de muis.'
		},
		'old-host': {
			prompt:
				'Kan een huidige Linux-kernel enlightened draaien op een host met Windows Server 2008?',
			options: {
				'not-supported': 'Nee: de oudste host die hij ondersteunt is Windows Server 2012',
				'fully-supported': 'Ja: elke VMBus-versie wordt nog ondersteund',
				'with-adapter': 'Alleen via de Xen-hypercall-adapter'
			},
			explanation:
				'Huidige kernels hebben hosts met Windows Server 2008 en 2008 R2 laten vallen. De adapter is allang weg; hij was er alleen voor SLES 10-kernels voor Xen.'
		}
	}
};

export default narration;
