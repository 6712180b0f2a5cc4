import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Snapshots: een keten van differencing-VHD’s',
	summary:
		'Maak snapshots van een draaiende VM, zie waarom elke snapshot een nieuw .avhd-bestand is, wat de grens in 2008 echt was, en volg lees- en schrijfacties door de keten.',
	objectives: [
		'Uitleggen dat een snapshot een differencing-VHD (.avhd) is, plus opgeslagen configuratie en toestand.',
		'De grens van Windows Server 2008 noemen: 50 snapshots per VM, niet "10 niveaus".',
		'Beschrijven wat het toepassen en verwijderen van een snapshot doet, en wanneer het samenvoegen gebeurde.',
		'Een lees- en een schrijfactie volgen door een differencing-VHD: BAT, sectorbitmap, parent.'
	],
	steps: {
		'one-disk': {
			title: 'Eén VM, één virtuele schijf',
			text: 'Deze VM staat uit en heeft één virtuele harde schijf, een .vhd-bestand op de opslag van de rootpartitie. VMMS, de beheerservice in de rootpartitie, houdt de VM en al zijn snapshots bij.',
			notes:
				'Wijs VMMS aan: snapshotverzoeken uit Hyper-V Manager of SCVMM komen allemaal hier terecht. Vraag de groep waar ze denken dat een snapshot zijn gegevens bewaart.'
		},
		running: {
			title: 'Gestart en aan het draaien',
			text: 'We starten de VM: VMMS start zijn workerproces, de hypervisor bouwt de partitie en plant hem in. De gast schrijft gewoon naar zijn .vhd.',
			notes: 'Het startpad zelf komt in de les over beheer aan bod; hier is het één klik.'
		},
		'first-snapshot': {
			title: 'Eerste snapshot: een nieuwe .avhd',
			text: 'Een snapshot bevriest de .vhd: Hyper-V maakt een differencing-VHD, een .avhd-bestand met de .vhd als parent, en bewaart de configuratie en toestand van de VM ernaast. Vanaf nu gaat elke schrijfactie naar de .avhd.',
			notes:
				'De teller staat op één snapshot, en de VM hoefde niet uit. Vraag: wat moet de .vhd nu zijn? (Alleen-lezen.)'
		},
		'second-snapshot': {
			title: 'Een keten van differencing-VHD’s',
			text: 'Een tweede snapshot voegt nog een .avhd toe, met de eerste als parent. De keten loopt nu van de .vhd via twee .avhd-bestanden, en alleen het nieuwste bestand krijgt schrijfacties.',
			notes:
				'Teken de keten op het bord, de oudste links, en markeer elk bestand behalve het nieuwste als bevroren.'
		},
		fifty: {
			title: 'Tot 50 per VM',
			text: 'Ga zo door en de teller stopt bij 50: Windows Server 2008 staat 50 snapshots per VM toe, minder als de opslag volloopt. Een 51e weigert het model.',
			correction:
				'Het artikel uit 2008 zegt dat snapshots "10 niveaus diep" gaan. In werkelijkheid stond het uitgebrachte product 50 snapshots per VM toe, elk opgeslagen als .avhd-bestand.',
			notes:
				'Elk extra niveau is één bestand meer waar een leesactie doorheen moet, dus een diepe keten kost tijd en ruimte.'
		},
		delete: {
			title: 'Een snapshot verwijderen',
			text: 'Een verwijderde snapshot verdwijnt meteen uit de boom: de teller zakt naar 49. Zijn .avhd blijft in de keten en wacht om in zijn parent te worden samengevoegd, want de VM draait nog.',
			notes:
				'Wijs de twee tellers aan: 49 snapshots en 1 bestand dat wacht op samenvoegen, dus de keten telt nog 50 bestanden. Vraag: wat maakt de schijfruimte vrij? (De VM afsluiten.)'
		},
		'delete-and-merge': {
			title: 'Verwijderen is samenvoegen',
			text: 'Sluit de VM af, en de .avhd vouwt zijn blokken in zijn parent: de keten wordt één bestand korter. Dat het samenvoegen wacht tot de VM uit staat, documenteert Microsoft voor 2008 R2, met live merge pas in Windows Server 2012; dat 2008 hetzelfde deed, is onze schatting.',
			notes:
				'Kijk hoe het aantal bestanden in de keten bij het samenvoegen van 50 naar 49 gaat, niet bij het verwijderen. Een VM die nooit uitgaat houdt zijn hele keten, en de schijfruimte die die kost.'
		},
		'read-arrives': {
			title: 'In de nieuwste .avhd',
			text: 'Nu zoomen we in op de bestanden. Een leesactie van de gast komt aan bij StorVSP in de rootpartitie, gericht op de nieuwste differencing-VHD.',
			notes:
				'Dit is een nieuwe run van het schijfmodel: één leesactie van één sector. Het verzoek kan net zo goed van de IDE-emulator komen; de VHD-laag is dezelfde.'
		},
		bat: {
			title: 'Het blok opzoeken',
			text: 'Een .avhd is opgebouwd als een dynamische VHD: de Block Allocation Table (BAT) geeft per blok (standaard 2 MB) de plek in het bestand, of 0xFFFFFFFF als het bestand dat blok nog niet heeft.',
			notes:
				'Vraag vooraf waar dit opzoeken gebeurt: in de kernel van de rootpartitie, in de storage-stack.'
		},
		'bitmap-hit': {
			title: 'De sectorbitmap zegt: van mij',
			text: 'Dit blok bestaat in de .avhd, en de sectorbitmap heeft een 1 voor onze sector: die is na de snapshot geschreven. Dit bestand levert dus de gegevens.',
			notes:
				'Eén bit per sector van 512 bytes: een blok van 2 MB heeft een bitmap van 512 bytes voor zijn data.'
		},
		'from-the-avhd': {
			title: 'Gelezen uit het nieuwste bestand',
			text: 'Eén leesactie van het .avhd-bestand op de fysieke schijf, en de gegevens gaan terug naar StorVSP. De oudere bestanden in de keten zijn niet aangeraakt.',
			notes: 'Wijs de teller van bestandsacties aan: één leesactie.'
		},
		apply: {
			title: 'Een snapshot toepassen, dan lezen',
			text: 'Een snapshot toepassen gooit de huidige toestand en alles wat sindsdien geschreven is weg: de VM gaat verder op een nieuwe, lege .avhd met als parent de schijf die de snapshot bevroor, zodat die onveranderd blijft. De nieuwe BAT heeft geen blok voor onze sector, dus de leesopdracht gaat door naar de parent.',
			notes:
				'Vraag wat er gebeurd is met alles wat sinds die snapshot is geschreven: weg, tenzij je eerst een snapshot van de huidige toestand maakte.'
		},
		'parent-read': {
			title: 'De keten af',
			text: 'De leesactie gaat nu naar het parent-bestand op schijf, en zo nodig verder de keten langs tot een bestand de sector heeft. Elk niveau is één opzoekactie extra.',
			notes:
				'De teller toont één doorval naar de parent; in een diepe keten kunnen dat er veel zijn.'
		},
		'parent-done': {
			title: 'Geleverd door de parent',
			text: 'De gegevens van de parent gaan terug naar StorVSP. De gast ziet niet welk bestand in de keten ze leverde.',
			notes:
				'Vraag: verandert het parent-bestand door deze leesactie? (Nee: alleen het nieuwste bestand wordt ooit beschreven.)'
		},
		'first-write': {
			title: 'De eerste schrijfactie in een blok',
			text: 'Nu schrijft de gast een sector in een blok dat de nieuwe .avhd nog niet heeft. Hyper-V zet een blok met sectorbitmap achter aan het bestand, laat de BAT ernaar wijzen en schrijft de footer opnieuw aan het nieuwe einde.',
			notes: 'Tellers: één allocatie en twee administratieve schrijfacties, nog voor de data zelf.'
		},
		'write-lands': {
			title: 'Data in de .avhd',
			text: 'De gegevens gaan in het nieuwe blok en het bitmapbit van de sector wordt gezet, zodat latere leesacties in dit bestand blijven. De parent wordt nooit beschreven.',
			notes:
				'Vergelijk met de leesactie: lezen kan de keten aflopen, schrijven komt altijd in het nieuwste bestand.'
		},
		'write-done': {
			title: 'Wat differencing kost',
			text: 'De schrijfactie is klaar en de bestanden van de snapshot zijn onaangeroerd; daardoor kun je terug. De prijs: extra opzoekacties, administratieve schrijfacties en schijfruimte die bij elke wijziging groeit.',
			notes:
				'Samenvatting: een snapshot is een punt in een keten van bestanden op dezelfde opslag als de VM. Het is geen back-up.'
		}
	},
	questions: {
		limit: {
			prompt: 'Hoeveel snapshots kon één VM hebben in Windows Server 2008?',
			options: { 'ten-levels': '10 niveaus diep', unlimited: 'Onbeperkt' },
			explanation:
				'50 per VM, minder als de opslag opraakt. De "10 niveaus diep" uit het artikel van 2008 klopte niet voor het uitgebrachte product.'
		},
		avhd: {
			prompt: 'Wat bewaart Hyper-V voor de schijfinhoud van een snapshot?',
			options: {
				'differencing-avhd': 'Een differencing-VHD (.avhd) met de vorige schijf als parent',
				'full-copy': 'Een volledige kopie van de .vhd',
				'memory-only': 'Alleen het geheugen van de VM',
				'sparse-disk': 'Een aparte "sparse" schijf'
			},
			explanation:
				'Elke snapshot voegt een .avhd toe, een differencing-VHD, naast de opgeslagen configuratie en toestand. "Sparse" is geen apart schijftype in Hyper-V: een dynamische VHD is de sparse variant.'
		},
		'not-in-child': {
			prompt:
				'Een leesactie vraagt een sector die de nieuwste .avhd niet heeft (geen blok, of een 0 in de bitmap). Waar komen de gegevens vandaan?',
			options: {
				parent: 'Van de parent-schijf in de keten',
				zeros: 'Je leest nullen',
				error: 'De leesactie mislukt',
				allocate: 'Eerst wordt een blok gealloceerd'
			},
			explanation:
				'Een differencing-VHD bevat alleen wat veranderd is. Wat hij niet claimt, komt uit zijn parent, en zo verder de keten op tot de basis-.vhd.'
		},
		'first-write': {
			prompt: 'De gast schrijft naar een blok dat de .avhd nog niet heeft. Wat gebeurt er?',
			options: {
				'append-block':
					'Er komt een blok met sectorbitmap achteraan, de BAT wijst ernaar en de footer wordt herschreven',
				'copy-parent-file': 'Eerst wordt het hele parent-bestand gekopieerd',
				'write-parent': 'De schrijfactie gaat naar de parent',
				refuse: 'De schrijfactie wordt geweigerd tot er samengevoegd is'
			},
			explanation:
				'Nieuwe blokken komen achter aan het bestand; de BAT-entry en de footer worden bijgewerkt. De parent blijft onaangeroerd, en zo blijft de snapshot intact.'
		},
		merge: {
			prompt:
				'Wanneer werd in Windows Server 2008 de .avhd van een verwijderde snapshot samengevoegd?',
			options: {
				'at-shutdown': 'Als de VM werd afgesloten',
				'immediately-live': 'Meteen, terwijl de VM doordraaide',
				never: 'Nooit: het bestand bleef staan',
				'next-snapshot': 'Bij de volgende snapshot'
			},
			explanation:
				'Microsoft documenteert het voor Windows Server 2008 R2: een verwijderde snapshot werd pas samengevoegd als de VM uit stond, en live merge kwam met Windows Server 2012. Dat Windows Server 2008 zich net zo gedroeg, is onze schatting.'
		},
		'pass-through': {
			prompt:
				'Deze VM leest van een pass-through-schijf. Waar stuurt de rootpartitie het verzoek heen?',
			explanation:
				'Rechtstreeks naar de driver van de fysieke schijf: er is geen VHD-laag, geen BAT en geen bitmap, en dus ook geen snapshots van die schijf.'
		},
		'where-next': {
			prompt: 'De leesactie is doorgevallen naar het parent-bestand. Waar gaat hij nu heen?',
			explanation:
				'Naar de fysieke schijf, om het parent-bestand te lezen. Pas daarna gaan de gegevens terug naar StorVSP.'
		}
	}
};

export default narration;
