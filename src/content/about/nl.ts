import type { AboutText } from './sections';

export default {
	title: 'Over de bronnen',
	intro:
		'Waar de cursus vandaan komt, waarom hij steeds een artikel uit 2008 corrigeert, en hoe je elk feit zelf kunt nagaan.',
	sections: {
		article: {
			heading: 'Het artikel uit 2008',
			paragraphs: [
				'De cursus volgt een artikel van Ruben Spruijt: "Microsoft Windows Server 2008 – Hyper-V solution overview", verschenen op brianmadden.com. Op 28 april 2008 kwam een Nederlandse vertaling, "Een overzicht van de Hyper-V-oplossing", op de IT-professional Community Blog van Microsoft Nederland; die verwijst lezers naar zijn blog op brianmadden.com, waar het Engelse origineel staat.',
				'Het is geschreven voordat Hyper-V uitkwam: de Nederlandse post verwacht de release in de tweede helft van 2008, en de definitieve versie verscheen op 26 juni 2008. Een aantal getallen komt overeen met een blogpost van Microsoft uit december 2007; sommige getallen zijn dus waarden van vóór de release.'
			]
		},
		why: {
			heading: 'Waarom de cursus ermee begint',
			paragraphs: [
				"In een paar pagina's loopt het de hele eerste Hyper-V door: de hypervisor en zijn partities, de onderdelen van de parent-partitie, VSP's, VSC's en VMBus, enlightened en niet-enlightened gasten, Linux, hardware-eisen en limieten, opslag, snapshots, hoge beschikbaarheid, beheer en licenties. Dat is een kaart van het product voor wie begint, en elk onderwerp eruit heeft een plaats in de cursus.",
				'Het zit er ook naast, zoals vroege teksten doen: het zet de VSP in het gast-OS, koppelt de hypercall-adapter voor Linux aan Citrix XenServer, noemt 2 TB hostgeheugen in plaats van 1 TB, en 255 schijven per SCSI-controller, een getal van vóór de release. Zien wat een goed geïnformeerde tekst mis had, en waarom, is een goede manier om te leren hoe het echt werkt: waar een lesstap zo\'n bewering raakt, zegt een notitie met de kop "Artikel uit 2008 vs. werkelijkheid" wat het artikel zei en wat klopt.'
			]
		},
		facts: {
			heading: 'Hoe de feiten onderbouwd zijn',
			paragraphs: [
				'De lessen, de beschrijvingen in het diagram en de woordenlijst zijn in eigen woorden geschreven vanuit feitenoverzichten die bij het project horen: één voor de eerste release (hyperv-facts.md), en één voor Windows Server 2008 R2 tot 2012 R2 en één voor 2016 tot 2025. Elk feit daarin noemt zijn bronnen met een sleutel: S1, S2a enzovoort voor de eerste release, T… en U… voor de latere.',
				'De app noemt dezelfde sleutels: elke lesstap, vraag en term in de woordenlijst vermeldt de bronnen waarop hij rust, met een link eronder. Zo is elke bewering na te gaan in het feitenoverzicht, en het feitenoverzicht in het origineel. De sleutels die een les mag noemen, staan onderaan deze pagina.'
			]
		},
		confidence: {
			heading: 'Wat de betrouwbaarheidslabels betekenen',
			paragraphs: [
				'Elk feit in de overzichten heeft een label dat zegt hoe zeker we ervan zijn:',
				'Feiten met [M] of [L] staan als schatting in de app, en alleen die: in een lesstap met "Schatting" erbij, in de tekst met woorden als "ongeveer" of "naar verluidt". Een feit met [H] staat er gewoon.'
			]
		}
	},
	confidence: {
		H: 'hoog: een primaire bron, zoals de documentatie van Microsoft, zegt het rechtstreeks.',
		M: 'middel: een secundaire bron zegt het, of het is afgeleid uit primair materiaal.',
		L: 'laag: aannemelijk, maar niet nagegaan.'
	},
	sourcesHeading: 'De bronsleutels',
	sourcesIntro: 'Elke bron die de app noemt, met de sleutel uit de feitenoverzichten.'
} satisfies AboutText;
