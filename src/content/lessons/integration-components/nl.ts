import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Integration components',
	summary:
		'Wat de integration components aan een gast toevoegen: de VMBus-driver, synthetische devicedrivers, vijf services en het IDE-fast-path. En waar een gast zonder ze mee moet doen.',
	objectives: [
		'Het verschil zien tussen de enlightenment van de kernel zelf en wat de integration components toevoegen.',
		'De synthetische devices en de vijf integration services van Windows Server 2008 kunnen noemen.',
		'Het IDE-fast-path uitleggen, en waarom de geëmuleerde IDE-controller bij het opstarten nog nodig is.',
		'Weten welke gasten in 2008 integration components hadden.'
	],
	steps: {
		firmware: {
			title: 'Elke VM start op geëmuleerde hardware',
			text: 'Een generatie 1-VM start in zijn BIOS, en die leest de bootdisk via de geëmuleerde IDE-controller in het workerproces. Er draait nog geen enkele integration component: dat zijn drivers in de gast, die de kernel pas later laadt.',
			notes:
				'Wijs het IDE-blok in de VMWP aan. Vraag de groep waarom het BIOS niet gewoon VMBus kan gebruiken.'
		},
		kernel: {
			title: 'Een kernel die de hypervisor kent',
			text: 'Windows Server 2008 laadt zijn kernel, die uit zichzelf al weet dat er een hypervisor kan zijn. De integration components zaten standaard in het OS, maar als voorlopige versie; naar onze schatting hadden gasten de nieuwe set nodig zodra de host de definitieve Hyper-V van juni 2008 had.',
			correction:
				'Het artikel uit 2008 zegt dat de integration components in Windows Server 2008 al geïnstalleerd zijn. In werkelijkheid leverde WS2008 een bètaversie van Hyper-V met bijpassende voorlopige componenten; de definitieve Hyper-V kwam op 26 juni 2008 via Windows Update, en naar onze schatting moesten gasten daarna bijgewerkte componenten krijgen.',
			notes:
				'Benadruk "voorlopig": een WS2008-dvd van begin 2008 bevat een bèta van de Hyper-V-stack. Dat de gastcomponenten bijgewerkt moesten worden is onze afleiding, geen geciteerd feit.'
		},
		discover: {
			title: 'Ontdekken doet de kernel zelf',
			text: 'Nog vóór er een integration component meedoet, vraagt de kernel via CPUID of er een hypervisor is en welke, en schrijft hij zijn identiteit en het adres van de hypercall-pagina naar synthetische MSR’s. Die enlightenment hoort bij de kernel; de integration components bouwen erop voort.',
			notes:
				'Dit kwam in de opstartles al aan bod; ga er snel doorheen. Het gaat om de scheiding: hier de kernel, daarna de integration components.'
		},
		contact: {
			title: 'De VMBus-driver meldt zich',
			text: 'Nu nemen de integration components het over: de VMBus-driver van de gast stuurt INITIATE_CONTACT naar de rootpartitie met HvCallPostMessage. Over VMBus lopen alle synthetische devices en alle integration services.',
			notes:
				'Vraag: welk hypercall-privilege heeft de childpartitie hiervoor nodig? (PostMessages.)'
		},
		version: {
			title: 'De rootpartitie antwoordt',
			text: 'De VMBus-driver van de rootpartitie antwoordt met VERSION_RESPONSE. Een host met Windows Server 2008 spreekt VMBus-protocol 0.13; Windows 7 en Server 2008 R2 brachten 1.1.',
			correction:
				"Het artikel uit 2008 zegt dat VMBus, de VSP's en de VSC's een geëmuleerde omgeving bieden. In werkelijkheid is VMBus het tegendeel van emulatie: ringbuffers in gedeeld geheugen met signalering via de SynIC, en er wordt geen enkel device geëmuleerd.",
			notes:
				'Laat de groep eerst voorspellen: velen kiezen de hypervisor, maar die bezorgt alleen het bericht; het antwoord komt van de rootpartitie.'
		},
		offers: {
			title: 'Eén aanbod per device',
			text: 'De gast vraagt om de aanbiedingen, en de rootpartitie stuurt per device één OFFERCHANNEL, met een class-GUID die het type aangeeft. De synthetische devices zijn opslag (StorVSC), netwerk (NetVSC), video en muis.',
			notes:
				'Let op de teller van de besturingsberichten: REQUESTOFFERS en dan negen aanbiedingen, één voor elk synthetisch apparaat van deze VM. Elk aanbod is een klein bericht; er gaat nog geen data over.'
		},
		services: {
			title: 'Vijf integration services',
			text: 'Vijf van die aanbiedingen zijn voor de integration services, elk met een eigen kanaal: afsluiten van het besturingssysteem, tijdsynchronisatie, gegevensuitwisseling met key/value-paren, heartbeat en back-up via Volume Shadow Copy. ALLOFFERS_DELIVERED sluit de lijst af; alle vijf zaten al in de eerste versie van 2008.',
			correction:
				'Het artikel uit 2008 noemt VMBus, tijdsynchronisatie en de video-, netwerk- en opslagdrivers als integration components. In werkelijkheid hoorden er in 2008 ook heartbeat, afsluiten, KVP-gegevensuitwisseling en VSS-back-up bij, plus het IDE-filter dat IDE-diskverkeer over VMBus stuurt.',
			notes:
				'De huidige referentiepagina van Microsoft zegt dat deze services in Windows Server 2012 zijn toegevoegd; dat komt door het huidige onderhoudsmodel. Laat die data niet zien in een verhaal over 2008.'
		},
		bind: {
			title: "De VSC's koppelen zich",
			text: 'Elke VSC koppelt zich aan het aanbod waarvan hij de class-GUID kent en opent zijn kanaal: opslag, netwerk, video en muis werken nu over VMBus. Zelfs de bootdisk, via een IDE-filter dat zo meteen langskomt.',
			notes:
				'Elk kanaal dat opengaat kost nog vier besturingsberichten (GPADL_HEADER, GPADL_CREATED, OPENCHANNEL, OPENCHANNEL_RESULT): 49 voor deze VM, en geen ervan komt per I/O terug. Het toetsenbord bleef in 2008 naar onze schatting op de geëmuleerde PS/2-controller; een synthetisch toetsenbord kwam pas met latere hosts.'
		},
		'no-ics': {
			title: 'Dezelfde gast zonder integration components',
			text: 'Dezelfde VM, dezelfde kernel die de hypervisor kent, maar nu zonder integration components. De kernel vindt Hyper-V nog steeds en zet zijn hypercall-pagina op, want dat deel zit in de kernel zelf.',
			notes: 'Vergelijk de tellers met de eerste run: dezelfde CPUID-exits en MSR-writes.'
		},
		'stays-emulated': {
			title: 'Vast aan geëmuleerde devices',
			text: 'Zonder VMBus-driver zoekt hij geen contact met de root: hij houdt de geëmuleerde IDE-, 21140-, S3- en PS/2-apparaten, zonder de services. In 2008 waren er pakketten voor Windows Server 2003 SP2, Windows 2000 Server SP4, Vista SP1, XP SP2/SP3 (die twee naar onze schatting) en SLES 10; zonder pakket blijft een gast zo.',
			notes:
				'Vraag: wat verliest een beheerder naast snelheid? (Netjes afsluiten vanaf de host, tijdsynchronisatie, heartbeat, KVP, live VSS-back-up.)'
		},
		'heartbeat-channel': {
			title: 'Ingezoomd: het heartbeat-kanaal',
			text: 'Terug naar een gast mét integration components, en één service: heartbeat. Zoals elk VMBus-device wordt het kanaal aangeboden, gekoppeld, via een GPADL van ringbuffers voorzien en geopend.',
			notes:
				'Dezelfde vijf opzetberichten als bij een opslagkanaal: een service is gewoon nog een device. De hostkant is wel het workerproces en geen VSP in de kernel, zo is gemeld voor latere builds.'
		},
		'heartbeat-ask': {
			title: 'De host vraagt',
			text: 'De heartbeat-service van de rootpartitie schrijft een bericht met een volgnummer in de inkomende ring van de gast. De ring was leeg, dus de gast krijgt een signaal.',
			notes: 'Wijs de signaalteller aan: één interrupt voor de overgang van leeg naar niet-leeg.'
		},
		'heartbeat-answer': {
			title: 'De gast antwoordt',
			text: 'De heartbeat-service van de gast leest het bericht, hoogt het volgnummer met één op en stuurt het terug. Aan dat antwoord ziet de host dat het besturingssysteem is opgestart en nog reageert.',
			notes:
				'Een VM kan op "running" staan terwijl het OS hangt of ontbreekt; alleen de heartbeat laat het verschil zien.'
		},
		'other-services': {
			title: 'De andere services werken net zo',
			text: 'De rootpartitie haalt het antwoord uit zijn ring. Afsluiten, tijdsynchronisatie, KVP en VSS gebruiken elk hun eigen kanaal op dezelfde manier: de host vraagt om netjes af te sluiten, stuurt zijn klok, wisselt key/value-strings uit of laat de gast zijn data klaarzetten voor een live back-up.',
			notes: 'Vraag welke van de vijf de groep in productie het meest zou missen.'
		},
		'ide-read': {
			title: 'Lezen van een IDE-disk',
			text: 'Nu opslag: deze enlightened gast leest van een disk aan de IDE-controller. Zonder integration components zou deze leesactie naar de geëmuleerde IDE-controller in het workerproces gaan.',
			notes: 'Laat de groep het volgende blok voorspellen voordat je verder klikt.'
		},
		filter: {
			title: 'Het IDE-fast-path',
			text: 'Een filter uit de integration components vangt het IDE-verzoek af en geeft het aan StorVSC in plaats van aan de geëmuleerde controller. Zo presteert een IDE-disk na het opstarten als een synthetische SCSI-disk.',
			notes:
				'Door dit filter is een bootdisk op IDE geen prestatieprobleem zodra de gast eenmaal draait.'
		},
		ring: {
			title: 'In de ringbuffer',
			text: 'StorVSC schrijft het verzoek in de VMBus-ringbuffer, precies zoals voor een disk aan de SCSI-controller.',
			notes: 'Vanaf hier is het pad de synthetische leesactie uit de I/O-lessen.'
		},
		storvsp: {
			title: 'StorVSP, niet de emulator',
			text: 'Eén signaal, en StorVSP in de kernel van de rootpartitie pakt het pakket op. Het workerproces en zijn IDE-emulator doen niets.',
			notes: 'Wijs het VMWP-blok aan: op dit pad licht het nooit op.'
		},
		done: {
			title: 'Geëmuleerde IDE alleen bij het opstarten',
			text: 'De leesactie wordt via VMBus afgerond en de applicatie heeft zijn data. Geëmuleerde IDE wordt nu alleen nog gebruikt terwijl het BIOS opstart, en door gasten zonder integration components.',
			notes: 'Sluit af met de vraag: wat installeren de integration components nu precies?'
		}
	},
	questions: {
		'not-in-2008': {
			prompt: 'Welke van deze was GEEN integration service van Windows Server 2008?',
			options: {
				shutdown: 'Afsluiten van het besturingssysteem',
				'time-sync': 'Tijdsynchronisatie',
				kvp: 'Gegevensuitwisseling (key/value-paren)',
				vss: 'Back-up via Volume Shadow Copy',
				'file-copy': 'Bestanden kopiëren vanaf de host (Guest Service Interface)'
			},
			explanation:
				'De set van 2008 bestond uit afsluiten, tijdsynchronisatie, KVP-gegevensuitwisseling, heartbeat en VSS-back-up. Bestanden kopiëren vanaf de host (de Guest Service Interface) kwam met Windows Server 2012 R2.'
		},
		'version-answer': {
			prompt:
				'De VMBus-driver van de gast heeft INITIATE_CONTACT gestuurd. Welk blok beantwoordt dat?',
			explanation:
				'De VMBus-driver van de rootpartitie antwoordt met VERSION_RESPONSE; een host met Windows Server 2008 biedt protocol 0.13. De hypervisor bezorgt het bericht alleen.'
		},
		'without-ics': {
			prompt:
				'Een gast met Windows Server 2008 heeft zijn hypervisorbewuste kernel, maar geen integration components. Welke devices gebruikt hij?',
			options: {
				emulated:
					'De geëmuleerde devices in het workerproces: IDE, 21140-netwerkkaart, S3-video, PS/2',
				synthetic: 'De synthetische VMBus-devices, want zijn kernel is enlightened',
				none: 'Geen: hij kan helemaal niet opstarten'
			},
			explanation:
				"Hyper-V ontdekken en hypercalls inschakelen zit in de kernel, maar de VMBus-driver en de VSC's komen met de integration components. Zonder die componenten gaat er geen kanaal open, dus blijft de gast op de geëmuleerde devices."
		},
		'ide-after-filter': {
			prompt:
				'Een IDE-leesactie van een enlightened gast is bij de VMBus-driver van de rootpartitie aangekomen. Welk blok neemt hem over?',
			explanation:
				'StorVSP, in de kernel van de rootpartitie. Het IDE-filter heeft het verzoek als VMBus-pakket de gast uit gestuurd, dus de IDE-emulator in het workerproces speelt geen rol.'
		},
		ws2003: {
			prompt: 'Hoe kreeg een gast met Windows Server 2003 in 2008 synthetische devices op Hyper-V?',
			options: {
				'install-package': 'Door het pakket met integration components in de gast te installeren',
				'built-in': "Zijn kernel bevatte de VSC's al",
				'none-available': 'Dat kon niet: alleen gasten met Windows Server 2008',
				'xen-adapter': 'Via de hypercall-adapter'
			},
			explanation:
				'Windows Server 2003 SP2 had de integration components als apart pakket nodig, net als Windows 2000 Server SP4, Windows Vista SP1, Windows XP SP2/SP3 (de clientversies naar onze schatting) en SUSE Linux Enterprise Server 10. Windows Server 2008 had ze standaard aan boord, eerst als voorlopige versie; de hypercall-adapter hoorde bij de Linux-componenten.'
		},
		'heartbeat-purpose': {
			prompt: 'Wat vertelt de heartbeat-service aan de host?',
			options: {
				'os-alive': 'Dat het besturingssysteem in de gast is opgestart en nog reageert',
				clock: 'Hoeveel de klok van de gast is verlopen',
				'disk-health': 'Of de virtuele disks gezond zijn',
				'network-up': 'Of het netwerk van de gast werkt'
			},
			explanation:
				'De host stuurt een genummerd bericht over het heartbeat-kanaal en de gast stuurt het terug met het nummer één hoger. Dat een VM op "running" staat, bewijst nog niet dat er een levend besturingssysteem in draait.'
		},
		protocol: {
			prompt: 'Welke versie van het VMBus-protocol spreekt een host met Windows Server 2008?',
			explanation:
				'0.13 is de versie van Windows Server 2008. Versie 1.1 kwam met Windows 7 en Server 2008 R2, 2.4 met Windows 8 en Server 2012, en 5.x nog later.'
		}
	}
};

export default narration;
