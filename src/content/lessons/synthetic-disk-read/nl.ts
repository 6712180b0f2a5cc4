import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Dezelfde leesactie via VMBus',
	summary:
		'Volg dezelfde leesactie van 4 KB door een enlightened Windows-gast: een pakket in gedeeld geheugen, één signaal, en de kernel van de rootpartitie doet de rest.',
	objectives: [
		'Volg het synthetische pad: VSC, VMBus-ringbuffer, signaal, VSP, I/O-stack van de rootpartitie.',
		'Leg uit waarom het workerproces niet op dit pad zit.',
		'Vergelijk de kosten met die van de geëmuleerde leesactie.'
	],
	steps: {
		start: {
			title: 'Een enlightened gast wil 4 KB',
			text: 'Deze Windows-gast heeft de integration components. Bij het opstarten heeft zijn VMBus-driver het storagekanaal geaccepteerd, ringbuffers met de rootpartitie gedeeld en het kanaal geopend.',
			notes:
				"Hoe zo'n kanaal wordt opgezet, komt aan bod in de les VMBus van dichtbij; hier is het al gebeurd. Wijs de VMBus-lijn tussen deze gast en de rootpartitie aan."
		},
		stack: {
			title: 'Door de storage-stack van de gast',
			text: 'De leesactie gaat zoals altijd door het bestandssysteem en de diskdrivers van de gast, naar de onderkant van zijn storage-stack.',
			notes:
				'Tot hier is het pad hetzelfde als op een fysieke machine. Vraag wat er onderaan deze stack zit in plaats van een echte diskdriver.'
		},
		storvsc: {
			title: 'StorVSC bouwt een pakket',
			text: 'Onderaan zit StorVSC, de storage-VSC. Die verpakt een SCSI READ in een VMBus-pakket (EXECUTE_SRB) met de fysieke gastadressen van de databuffer.',
			notes:
				'Het pakket krijgt ook een request-ID mee, zodat de completion er later aan gekoppeld kan worden. Vergelijk met de vorige les: er wordt geen poort aangeraakt, dus er wordt niets onderschept.'
		},
		ring: {
			title: 'In de ringbuffer',
			text: 'Het pakket gaat de uitgaande ringbuffer in, geheugen dat de gast met de rootpartitie deelt. Geen exit, geen hypervisor: gewoon een schrijfactie in het geheugen.',
			correction:
				'Het artikel uit 2008 zegt dat synthetische apparaten een pakket naar een driver in de root van de VMBus sturen. Preciezer: de VSC schrijft het pakket in een gedeelde ringbuffer en geeft een seintje; de VSP in de kernel van de rootpartitie haalt het daar op.',
			notes:
				'De ring is gewoon gastgeheugen waar de rootpartitie ook bij kan. Laat de tellers zien: één ringschrijfactie, nog steeds geen VM exit.'
		},
		signal: {
			title: 'Eén signaal',
			text: 'De ring was leeg, dus de rootpartitie moet een seintje krijgen: de gast roept HvCallSignalEvent (0x005D) aan via de hypercall-pagina, één VM exit. Stond er al werk in de ring, dan was er geen signaal nodig geweest.',
			notes:
				'Een gast kan ook een bit in een monitorpagina zetten, zonder exit; VMBus van dichtbij laat die variant zien. De hypercall-pagina verbergt het verschil tussen de instructies van Intel en AMD.'
		},
		synic: {
			title: 'De hypervisor seint de rootpartitie',
			text: 'De hypervisor zet het bit van de doelpoort in de eventvlaggen van de SynIC, de synthetische interruptcontroller, van de rootpartitie. Daarna geeft hij de VMBus-driver daar een interrupt.',
			notes:
				'Het SynIC-vak is onze toevoeging aan de figuur van Microsoft. Vraag of het workerproces tot nu toe iets heeft gedaan: nee, en dat blijft zo.'
		},
		storvsp: {
			title: 'StorVSP leest het pakket',
			text: 'StorVSP, de storage-VSP, haalt het pakket uit de ring. Hij draait in de kernel van de rootpartitie: het verzoek komt nooit langs het workerproces.',
			correction:
				"Het artikel uit 2008 zegt dat de VSP op het gast-OS draait. Dat klopt niet: VSP's draaien alleen in de rootpartitie, en aan de kant van de gast zit de VSC. StorVSP en de netwerk-VSP zijn kerneldrivers; synthetische video, muis en de integration services worden vanuit het workerproces bediend, zo is gemeld voor latere builds.",
			notes:
				'Dit is het grootste verschil met de geëmuleerde leesactie: geen uitstapje naar user mode. Wijs het VMWP-vak aan, dat de hele les donker blijft.'
		},
		'root-io': {
			title: 'De I/O-stack van de rootpartitie',
			text: 'StorVSP maakt van het pakket een gewoon verzoek op het VHD-bestand of de pass-through-disk. Dat gaat via de eigen storage-stack van de rootpartitie naar de fysieke driver.',
			notes:
				'Dit zijn dezelfde I/O-stack en drivers als bij de geëmuleerde leesactie; alleen de weg erheen is anders.'
		},
		disk: {
			title: 'Rechtstreeks in het gastgeheugen',
			text: "De disk leest het blok en de data komt direct terecht in de gastpagina's die in het pakket staan. Er komt geen extra kopie aan te pas.",
			notes:
				"Grote transfers gaan als lijsten van gastpagina's mee; alleen kleine payloads worden in de ring zelf gekopieerd. Vraag hoe dat zich verhoudt tot de geëmuleerde leesactie."
		},
		completion: {
			title: 'De completion komt terug',
			text: 'De completion gaat door de storage-stack van de rootpartitie terug omhoog naar StorVSP, nog steeds helemaal in kernel mode.',
			notes:
				'Op het geëmuleerde pad ging de completion terug naar het workerproces in user mode; hier blijft hij in de kernel.'
		},
		'completion-ring': {
			title: 'Een completion-pakket',
			text: 'StorVSP schrijft een COMPLETE_IO-pakket met de SCSI-status en hetzelfde request-ID in de inkomende ring.',
			notes:
				'De teller voor ringschrijfacties staat nu op twee: één pakket heen en één terug voor de hele leesactie.'
		},
		'signal-guest': {
			title: 'De rootpartitie seint de gast',
			text: 'De inkomende ring was leeg, dus de rootpartitie seint de gast met een eigen HvCallSignalEvent. De hypervisor zet daarop de vlag in de SynIC van de gast.',
			notes:
				'De regel leeg-naar-niet-leeg geldt ook in deze richting. De hypercall van de rootpartitie is geen exit van de gast, dus de teller voor VM exits blijft op één.'
		},
		'guest-interrupt': {
			title: 'Een VMBus-interrupt in de gast',
			text: 'De VMBus-driver van de gast neemt de interrupt aan op SINT2, doorzoekt de eventvlaggen en vindt het storagekanaal.',
			notes:
				'In het WS2008-protocol deelden alle kanalen één interrupt-bitmappagina, één bit per kanaal. Vraag hoeveel completions deze ene interrupt zou kunnen afleveren.'
		},
		'storvsc-done': {
			title: 'StorVSC koppelt het verzoek',
			text: 'StorVSC leest de completion uit de ring en koppelt het request-ID aan het wachtende SCSI-commando.',
			notes:
				'Hadden er meer completions klaargestaan, dan had deze ene interrupt ze allemaal afgehandeld.'
		},
		eoi: {
			title: 'Een goedkope end-of-interrupt',
			text: 'De gast sluit de interrupt af met één schrijfactie naar het synthetische EOI-register, MSR 0x40000070. Die enlightenment vervangt geëmuleerde APIC-toegangen.',
			notes:
				'Vraag vóór het antwoord: een end-of-interrupt gaat normaal naar de APIC, waar stuurt een enlightened gast hem heen? Een MSR-write is een goedkopere exit dan een APIC-toegang die de hypervisor moet decoderen.'
		},
		done: {
			title: 'Hooguit twee exits voor 4 KB',
			text: "Naar onze schatting hooguit zo'n twee exits van de gast, twee hypercalls en geen enkele keer user mode, tegenover ongeveer twaalf exits op het geëmuleerde pad. Bij drukte delen meerdere verzoeken zelfs één signaal.",
			notes:
				'Beide rijen tellers staan naast elkaar onder de twee diagrammen, met de verhouding in de tabel: wijs de geëmuleerde leesactie aan die nog heen en weer gaat als de synthetische al klaar is. De telling is afgeleid uit de gedocumenteerde mechanismen, niet gemeten.',
			compare: { a: 'Synthetisch (VMBus)', b: 'Geëmuleerde IDE' }
		}
	},
	questions: {
		'after-root-interrupt': {
			prompt:
				'De VMBus-driver van de rootpartitie heeft de interrupt voor het storagekanaal ontvangen. Wie haalt het pakket uit de ring? Klik op het vak.',
			explanation:
				'StorVSP, de storage-VSP in de kernel van de rootpartitie. Het workerproces in user mode zit helemaal niet op het synthetische pad.'
		},
		'ide-fast-path': {
			prompt:
				'De disk van deze enlightened gast hangt aan de IDE-controller. Waar gaat de leesactie heen na de storage-stack van de gast? Klik op het vak.',
			explanation:
				'Het IDE-filter van de integration components geeft het verzoek aan StorVSC, dus het gaat net als een SCSI-verzoek via VMBus. Geëmuleerde IDE wordt dan alleen nog tijdens het opstarten gebruikt.'
		},
		'vsp-where': {
			prompt: 'Waar draait StorVSP?',
			options: {
				'root-kernel': 'In de rootpartitie, in kernel mode',
				'worker-process': 'In het workerproces, in user mode op de rootpartitie',
				'guest-kernel': 'In de kernel van de gast',
				hypervisor: 'In de hypervisor'
			},
			explanation:
				'StorVSP is een kerneldriver in de rootpartitie, net als de netwerk-VSP; de tegenhanger aan de kant van de gast is de VSC. Niet elke VSP zit in de kernel: synthetische video, muis en de integration services worden in user mode vanuit het workerproces bediend.'
		},
		'when-signal': {
			prompt:
				'Wanneer geeft de gast de rootpartitie een seintje nadat hij een pakket in de ring heeft gezet?',
			options: {
				'ring-was-empty': 'Alleen als de ring vóór het schrijven leeg was',
				'every-packet': 'Na elk pakket',
				timer: 'Nooit: de rootpartitie kijkt met een timer in de ring'
			},
			explanation:
				'Een kant krijgt alleen een interrupt als een ring van leeg naar niet-leeg gaat. Staat er al werk klaar, dan vindt de lezer het nieuwe pakket vanzelf.'
		},
		'data-path': {
			prompt: 'Hoe komen de 4 KB data bij de gast terecht?',
			options: {
				'guest-pages': "De rootpartitie schrijft ze rechtstreeks in de gastpagina's uit het pakket",
				'inline-in-ring': 'Ze worden in het completion-pakket in de ringbuffer gekopieerd',
				'through-worker-process': 'Het workerproces kopieert ze naar het gastgeheugen'
			},
			explanation:
				"Grote transfers worden in het pakket beschreven als lijsten van fysieke gastpagina's, en de host leest of schrijft die pagina's rechtstreeks, zonder extra kopie."
		},
		'exit-count': {
			prompt:
				'Hoeveel exits van de gast kost één synthetische leesactie van 4 KB ongeveer, naar onze schatting?',
			options: {
				none: 'Geen',
				'about-two': 'Ongeveer twee: één signaal en één end-of-interrupt',
				'about-twelve': 'Ongeveer twaalf, net als op het geëmuleerde pad'
			},
			explanation:
				"Eén HvCallSignalEvent om de rootpartitie te waarschuwen en één goedkope EOI-write: hooguit zo'n twee exits, tegenover ongeveer twaalf bij geëmuleerde IDE. Deze telling is een schatting op basis van de gedocumenteerde mechanismen."
		}
	}
};

export default narration;
