import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'VMBus van dichtbij',
	summary:
		'Volg één VMBus-kanaal van aanbod tot afsluiten: de GPADL waarmee de ringbuffers worden gedeeld, de regel die bepaalt wanneer een kant een seintje krijgt, de monitorpagina die een hypercall bespaart, en een host die het apparaat weer intrekt.',
	objectives: [
		'Noem de besturingsberichten die een kanaal openen en sluiten, en welke kant elk bericht stuurt.',
		'Leg uit wat een GPADL is en waarom de ringbuffers in het geheugen van de gast staan.',
		'Tel met de regel leeg-naar-niet-leeg hoeveel signalen een reeks pakketten kost, met en zonder monitorpagina.'
	],
	steps: {
		offer: {
			title: 'Een apparaat aangeboden',
			text: 'De rootpartitie biedt de gast een synthetisch storage-apparaat aan: een OFFERCHANNEL-bericht met een class-GUID voor het soort apparaat en een instance-GUID. Het komt bij de VMBus-driver van de gast binnen op SINT2.',
			correction:
				'Het artikel uit 2008 zegt dat VMBus een geëmuleerde omgeving biedt. Het is juist andersom: VMBus is een kanaal van gedeeld geheugen tussen partities, met ringbuffers en signalen, en emuleert helemaal geen hardware.',
			notes:
				'Een aanbod kan ook na het opstarten komen, als er een apparaat bij wordt geplaatst. Vraag de groep hoe de gast weet welke van zijn drivers bij dit apparaat hoort.'
		},
		bind: {
			title: 'StorVSC pakt het op',
			text: 'De driver met de passende class-GUID, hier StorVSC, koppelt zich aan het kanaal. Hij reserveert twee ringbuffers in het eigen geheugen van de gast: out van gast naar host, in van host naar gast.',
			notes:
				'Elke ring begint met een headerpagina van 4 KB met de lees- en schrijfindex, gevolgd door het datadeel. De VSC bepaalt hoe groot de ringen zijn.'
		},
		'gpadl-header': {
			title: "Een GPADL: de pagina's van de ringen",
			text: 'Om de ringen te delen stuurt de gast een GPADL: de lijst met paginanummers in het gastgeheugen waar ze staan. Hij verstuurt GPADL_HEADER naar de rootpartitie met HvCallPostMessage (0x005C), een hypercall.',
			notes:
				'Vraag vóór het antwoord hoe een gast de rootpartitie überhaupt iets kan sturen. Eén bericht draagt hooguit 240 bytes; een langere paginalijst gaat verder in GPADL_BODY-berichten.'
		},
		'gpadl-created': {
			title: 'De rootpartitie kan bij de ringen',
			text: "De VMBus-driver van de rootpartitie antwoordt met GPADL_CREATED. Vanaf nu kan de rootpartitie de ringpagina's van de gast mappen, en erin lezen en schrijven.",
			notes:
				"Hosts begrenzen het GPADL-geheugen per gast, vóór Windows Server 2019 op zo'n 384 MB. Vraag in wiens geheugen de ringen staan: in dat van de gast, en bewust gedeeld."
		},
		open: {
			title: 'OPENCHANNEL',
			text: 'De gast stuurt OPENCHANNEL, met daarin de GPADL van zijn ringbuffers. Aan de kant van de rootpartitie hoort het kanaal nu bij de VSP voor dit apparaat, StorVSP.',
			notes:
				'Dit is de tweede hypercall van de gast voor een besturingsbericht. Bij storage volgt daarna in het open kanaal nog een onderhandeling over de protocolversie.'
		},
		opened: {
			title: 'Het kanaal is open',
			text: 'OPENCHANNEL_RESULT komt terug en er mogen pakketten stromen. Tot nu toe vijf besturingsberichten, waarvan twee hypercalls van de gast, en geen ervan komt per I/O terug.',
			notes:
				'Zet de vijf op het bord: OFFERCHANNEL, GPADL_HEADER, GPADL_CREATED, OPENCHANNEL, OPENCHANNEL_RESULT. Vanaf hier blijft het diagram op het kanaal staan: pakketten gaan door gedeeld geheugen, niet van vak naar vak.'
		},
		'first-packet': {
			title: 'Het eerste pakket geeft een seintje',
			text: 'De gast schrijft een pakket in de lege out-ring. Die ring gaat van leeg naar niet-leeg, dus de gast seint de rootpartitie met HvCallSignalEvent (0x005D).',
			notes:
				'De hypervisor maakt van dat signaal een eventvlag en een interrupt in de SynIC van de rootpartitie. Stand: één pakket, één signaal.'
		},
		batch: {
			title: 'Nog twee, zonder seintje',
			text: 'Er volgen nog twee pakketten voordat de rootpartitie iets heeft gelezen. Er stond al werk in de ring, dus de gast geeft geen seintje: de rootpartitie vindt ze toch wel.',
			notes:
				'Vraag hoeveel signalen deze drie pakketten kosten: één. Hosts kunnen een gast die onnodig interrupts stuurt zelfs afremmen.'
		},
		'host-drains': {
			title: 'Eén interrupt, drie pakketten',
			text: 'De rootpartitie leest de out-ring leeg: alle drie de pakketten op die ene interrupt. De ring is weer leeg, dus het volgende pakket geeft opnieuw een seintje.',
			notes:
				'Hier betaalt de regel zich uit: hoe drukker het kanaal, hoe minder signalen per pakket.'
		},
		replies: {
			title: 'De rootpartitie antwoordt',
			text: 'De rootpartitie zet twee antwoorden in de in-ring. Alleen het eerste, in een lege ring, geeft de gast een seintje; het tweede lift mee.',
			notes:
				'De regel werkt in beide richtingen hetzelfde. Stand: twee signalen voor vijf pakketten.'
		},
		'guest-drains': {
			title: 'De gast haalt bij',
			text: 'De gast leest beide antwoorden op zijn ene interrupt en beide ringen zijn leeg. Vijf pakketten kostten twee signalen, en maar één daarvan was een hypercall van de gast.',
			notes:
				'Drie van de vijf schrijfacties hadden helemaal geen signaal nodig. Vraag wat een tragere lezer zou veranderen: meer pakketten per seintje, dus nog minder signalen.'
		},
		monitor: {
			title: 'De monitorpagina',
			text: 'Een tweede kanaal wordt op dezelfde manier opgezet, maar het aanbod gaf het een monitorslot. Het eerste pakket wordt gemeld door een triggerbit in een gedeelde monitorpagina te zetten: geen hypercall, geen exit.',
			notes:
				'De hypervisor bekijkt de triggers zo vaak als de latency hint toestaat en seint namens de gast: minder exits tegen iets meer vertraging. Deze gast deed twee hypercalls, allebei voor besturingsberichten, tegen drie bij het eerste kanaal.'
		},
		close: {
			title: 'De gast sluit het kanaal',
			text: 'De gast sluit het kanaal met CLOSECHANNEL, weer verstuurd als hypercall. In ons model worden de ringen meteen opgegeven, dus het pakket dat nog wachtte gaat verloren.',
			notes:
				'Vraag vóór het antwoord waar het sluitverzoek heen gaat: naar de VMBus-driver van de rootpartitie, net als elk ander besturingsbericht van de gast.'
		},
		teardown: {
			title: "De pagina's teruggeven",
			text: "Daarna stuurt de gast GPADL_TEARDOWN: de rootpartitie moet de ringpagina's loslaten voordat de gast ze opnieuw mag gebruiken.",
			notes:
				"Vraag waarom de gast op een antwoord wacht. Zolang de rootpartitie niet heeft bevestigd, kan die de pagina's nog in gebruik hebben."
		},
		closed: {
			title: 'Gesloten',
			text: 'De rootpartitie bevestigt met GPADL_TORNDOWN en de driver van de gast mag zijn ringgeheugen vrijgeven. Acht besturingsberichten brachten dit kanaal van aanbod tot afsluiten.',
			notes:
				'Herhaal de volgorde: aanbod, GPADL, openen, pakketten, sluiten, afbreken. Elke stap van het opzetten heeft zijn spiegelbeeld bij het afbreken.'
		},
		rescind: {
			title: 'De host trekt het apparaat in',
			text: 'Een derde kanaal staat open met een wachtend pakket, maar nu trekt de host het apparaat in met RESCIND_CHANNELOFFER. Een host mag een aanbod altijd intrekken, bijvoorbeeld als een apparaat wordt verwijderd.',
			notes:
				'Het wachtende pakket verdwijnt met het kanaal. Vraag welke kant hier besliste: de host, niet de gast.'
		},
		released: {
			title: 'Het ID wordt vrijgegeven',
			text: 'De gast stopt zijn driver en antwoordt met RELID_RELEASED, waarmee hij het ID van het kanaal teruggeeft aan de rootpartitie.',
			notes:
				'Een kanaal kan op twee manieren eindigen: netjes gesloten, op initiatief van de gast en bevestigd door de rootpartitie met GPADL_TORNDOWN, of ingetrokken door de host, waarna de gast antwoordt met RELID_RELEASED.'
		}
	},
	questions: {
		'who-answers-gpadl': {
			prompt:
				"De gast heeft GPADL_HEADER met zijn ringpagina's verstuurd. Wie antwoordt met GPADL_CREATED? Klik op het vak.",
			explanation:
				'De VMBus-driver van de rootpartitie. Met de paginalijst kan de rootpartitie de ringbuffers van de gast mappen, en erin lezen en schrijven.'
		},
		'after-rescind': {
			prompt:
				'De host heeft het aanbod ingetrokken en de gast heeft zijn driver gestopt. Waar gaat RELID_RELEASED heen? Klik op het vak.',
			explanation:
				'Naar de VMBus-driver van de rootpartitie: de gast geeft het ID van het kanaal terug en het kanaal bestaat niet meer.'
		},
		'signal-count': {
			prompt:
				'De out-ring is leeg. De gast schrijft drie pakketten voordat de rootpartitie er één leest. Hoeveel signalen krijgt de rootpartitie?',
			options: { one: 'Eén', two: 'Twee', three: 'Drie' },
			explanation:
				'Alleen de eerste schrijfactie brengt de ring van leeg naar niet-leeg, dus alleen die geeft een seintje. De rootpartitie leest daarna alle drie op die ene interrupt.'
		},
		'gpadl-is': {
			prompt: 'Wat is een GPADL?',
			options: {
				'page-list':
					'De lijst met paginanummers in het gastgeheugen die samen een gedeelde buffer vormen',
				'packet-format': 'Het formaat van een storagepakket in de ring',
				'interrupt-vector': 'De interruptvector waarop een kanaal seint',
				'root-buffer': 'Een buffer die de rootpartitie reserveert en aan de gast uitleent'
			},
			explanation:
				"Een Guest Physical Address Descriptor List noemt de gastpagina's van een gedeelde buffer, zoals de ringbuffers. De gast stuurt hem met GPADL_HEADER (en zo nodig GPADL_BODY)."
		},
		'ring-memory': {
			prompt: 'In wiens geheugen staan de ringbuffers van een kanaal?',
			options: {
				guest: 'In dat van de gast',
				root: 'In dat van de rootpartitie',
				hypervisor: 'In dat van de hypervisor'
			},
			explanation:
				"De gast reserveert de ringen en deelt ze via een GPADL met de rootpartitie. Die kan daarna bij die gastpagina's."
		},
		'monitor-trade': {
			prompt: 'Wat ruil je in als je via een monitorpagina seint?',
			options: {
				'latency-for-exits': 'Een beetje vertraging, voor minder exits',
				'memory-for-speed': 'Meer geheugen, voor snellere pakketten',
				'safety-for-speed': 'Isolatie tussen partities, voor snelheid'
			},
			explanation:
				'De gast zet alleen een bit, zonder hypercall; de hypervisor ziet het als hij de triggers bekijkt, binnen de latency hint, en seint namens de gast.'
		},
		'emulated-environment': {
			prompt: 'Het artikel uit 2008 noemt VMBus een geëmuleerde omgeving. Wat is het echt?',
			options: {
				'shared-memory':
					'Een kanaal van gedeelde ringbuffers met signalen, dat geen hardware emuleert',
				emulation: 'Een emulator van echte apparaten, versneld door de processor'
			},
			explanation:
				'VMBus is het tegendeel van emulatie: VSC en VSP wisselen pakketten uit via gedeeld geheugen en geven elkaar seintjes via de hypervisor.'
		}
	}
};

export default narration;
