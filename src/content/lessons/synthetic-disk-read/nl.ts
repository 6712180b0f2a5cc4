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
			text: 'Deze child-partitie met Windows heeft de integration components. Bij het opstarten heeft zijn VMBus-driver het aangeboden storagekanaal geaccepteerd, ringbuffers met de rootpartitie gedeeld en het kanaal geopend.'
		},
		stack: {
			title: 'Door de storage-stack van de gast',
			text: 'De leesactie gaat zoals altijd door het bestandssysteem en de diskdrivers van de gast, naar de onderkant van zijn storage-stack.'
		},
		storvsc: {
			title: 'StorVSC bouwt een pakket',
			text: 'Onderaan zit StorVSC, de storage-VSC. Die verpakt een SCSI READ in een VMBus-pakket (EXECUTE_SRB) met de fysieke gastadressen van de databuffer.'
		},
		ring: {
			title: 'In de ringbuffer',
			text: 'Het pakket wordt in de uitgaande ringbuffer geschreven, geheugen dat de gast met de rootpartitie deelt. Geen exit, geen hypervisor: gewoon een schrijfactie in het geheugen.'
		},
		signal: {
			title: 'Eén signaal',
			text: 'De ring was leeg, dus de rootpartitie moet een seintje krijgen: de gast roept HvCallSignalEvent (0x005D) aan via de hypercall-pagina, één VM exit. Was de ring niet leeg geweest, dan was er helemaal geen signaal nodig; een gast kan ook in plaats daarvan een bit in een monitorpagina zetten, zonder exit.'
		},
		synic: {
			title: 'De hypervisor seint de rootpartitie',
			text: 'De hypervisor zet het bit van de doelpoort in de eventvlaggen van de synthetische interruptcontroller (SynIC) van de rootpartitie en geeft de VMBus-driver daar een interrupt.'
		},
		storvsp: {
			title: 'StorVSP leest het pakket',
			text: 'StorVSP, de storage-VSP, haalt het pakket uit de ring. Hij draait in de kernel van de rootpartitie: het verzoek komt nooit langs het workerproces.',
			correction:
				"Het overzicht uit 2008 zegt dat de VSP op het gast-OS draait. Dat klopt niet: VSP's draaien alleen in de rootpartitie, in kernelmodus; aan de kant van de gast zit de VSC."
		},
		'root-io': {
			title: 'De I/O-stack van de rootpartitie',
			text: 'StorVSP maakt van het pakket een gewoon verzoek op het VHD-bestand of de pass-through-disk, via de eigen storage-stack van de rootpartitie naar de fysieke driver.'
		},
		disk: {
			title: 'Rechtstreeks in het gastgeheugen',
			text: "De disk leest het blok en de data komt direct terecht in de gastpagina's die in het pakket staan. Geen extra kopie."
		},
		completion: {
			title: 'De completion komt terug',
			text: 'De completion gaat door de storage-stack van de rootpartitie terug omhoog naar StorVSP, nog steeds volledig in kernelmodus.'
		},
		'completion-ring': {
			title: 'Een completion-pakket',
			text: 'StorVSP schrijft een COMPLETE_IO-pakket met de SCSI-status en hetzelfde request-ID in de inkomende ring.'
		},
		'signal-guest': {
			title: 'De rootpartitie seint de gast',
			text: 'De inkomende ring was leeg, dus de rootpartitie seint de gast met een eigen HvCallSignalEvent, en de hypervisor zet de vlag in de SynIC van de gast.'
		},
		'guest-interrupt': {
			title: 'Een VMBus-interrupt in de gast',
			text: 'De VMBus-driver van de gast neemt de interrupt aan, doorzoekt de eventvlaggen en vindt het storagekanaal.'
		},
		'storvsc-done': {
			title: 'StorVSC koppelt het verzoek',
			text: 'StorVSC leest de completion uit de ring en koppelt het request-ID aan het wachtende SCSI-commando.'
		},
		eoi: {
			title: 'Een goedkope end-of-interrupt',
			text: 'De gast sluit de interrupt af met één schrijfactie naar het synthetische EOI-register (MSR 0x40000070), een enlightenment die geëmuleerde APIC-toegangen vervangt.'
		},
		done: {
			title: 'Hooguit twee exits voor 4 KB',
			text: "Hooguit zo'n twee exits vanuit de gast, twee hypercalls en geen enkele overgang naar user mode, tegenover ongeveer twaalf exits op het geëmuleerde pad. Deze tellingen zijn schattingen op basis van de gedocumenteerde mechanismen."
		}
	}
};

export default narration;
