import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Virtuele disks en controllers',
	summary:
		'Hoe de rootpartitie een gastdisk bedient vanuit een vaste, dynamische of differencing-VHD of vanaf een pass-through-disk, en waarom de bootdisk aan IDE moet hangen terwijl SCSI integration components nodig heeft.',
	objectives: [
		'De opbouw van vaste, dynamisch uitbreidende en differencing-VHD’s beschrijven: footer, BAT, sectorbitmap, parent.',
		'Uitleggen wat een eerste schrijfactie naar een dynamische VHD kost, en wanneer een leesactie doorvalt naar een parent.',
		'Zeggen wat een pass-through-disk wint en verliest.',
		'De tools uit 2008 noemen die een VHD buiten een VM veranderden: de wizard Edit Disk en de methode Mount.',
		'Uitleggen waarom een generatie 1-VM vanaf IDE opstart, en wat een gast zonder integration components op SCSI ziet.'
	],
	steps: {
		fixed: {
			title: 'Een leesactie komt aan in de rootpartitie',
			text: 'StorVSP in de rootpartitie krijgt een leesactie van de gast voor een disk die een vast VHD-bestand is. Een vaste VHD is gewoon de sectoren van de disk, met daarachter een footer van 512 bytes die begint met de cookie "conectix".',
			notes: 'Vraag: hoe groot is het bestand van een vaste VHD van 40 GB? (40 GB plus 512 bytes.)'
		},
		'fixed-offset': {
			title: 'Gewoon rekenen',
			text: 'De sector vinden is rekenwerk: sectornummer maal 512 is de positie in het bestand. Er hoeft geen tabel gelezen en niets toegewezen te worden.',
			notes: 'Onthoud dit plaatje; elk ander VHD-type voegt hier een stap toe.'
		},
		'fixed-disk': {
			title: 'Eén keer het bestand lezen',
			text: 'Eén leesactie op het bestand gaat via de storage-stack van de rootpartitie naar de fysieke disk. Zo is een vaste VHD het eenvoudigst te bedienen, maar hij neemt vanaf dag één zijn volle omvang in.',
			notes: 'Let op de teller van de bestands-I/O: één.'
		},
		'fixed-done': {
			title: 'Maximale grootte',
			text: 'De data gaat terug naar StorVSP en zo naar de gast. Elke VHD is hooguit 2040 GB, 8 GB minder dan 2 TB; het grotere VHDX-formaat kwam pas met Windows Server 2012.',
			notes: 'VHDX gaat tot 64 TB; noem dat alleen als latere opvolger.'
		},
		'dynamic-bat': {
			title: 'Een dynamische VHD en zijn BAT',
			text: 'Nu een dynamisch uitbreidende VHD: na een kopie van de footer en een header met de cookie "cxsparse" komt de BAT. Die heeft per blok, standaard 2 MB, één entry van 32 bits met de plek van dat blok in het bestand.',
			correction:
				'Het artikel uit 2008 noemt Fixed, Dynamic, Sparse en Delta als schijftypen. In werkelijkheid is een dynamische VHD het sparse type; Hyper-V kent vaste, dynamisch uitbreidende en differencing-VHD’s, plus pass-through-disks.',
			notes: 'Teken het bestand op het bord: kopie van de footer, header, BAT, blokken, footer.'
		},
		'dynamic-hole': {
			title: 'Een blok dat nooit beschreven is',
			text: 'Dit blok is nooit beschreven, dus zijn BAT-entry is 0xFFFFFFFF. Naar onze schatting levert de leesactie dan nullen op zonder dat er data gelezen wordt.',
			notes: 'Die nullen zijn onze lezing van het formaat, geen gedocumenteerd gedrag van Hyper-V.'
		},
		'dynamic-write': {
			title: 'Nu een eerste schrijfactie',
			text: 'Nu schrijft de gast naar een blok dat nog geen ruimte in het bestand heeft. De BAT geeft opnieuw 0xFFFFFFFF.',
			notes: 'Vraag de groep wat er moet gebeuren voordat de data kan landen.'
		},
		allocate: {
			title: 'Het bestand groeit',
			text: 'Het blok wordt achteraan het bestand toegevoegd: een sectorbitmap van 512 bytes en dan 2 MB ruimte voor data. De BAT-entry wijst er nu naar, en de footer wordt aan het nieuwe einde opnieuw geschreven.',
			notes: 'Let op de tellers: één toewijzing en twee extra schrijfacties op het bestand.'
		},
		'dynamic-written': {
			title: 'Groeien kost iets',
			text: 'Pas dan wordt de data zelf geschreven: in ons model drie schrijfacties, waar een vaste VHD er één nodig heeft. Een dynamische VHD bespaart ruimte, maar betaalt extra bij elke eerste schrijfactie naar een blok.',
			notes:
				'In ons model kosten latere schrijfacties naar hetzelfde blok weer één schrijfactie op het bestand.'
		},
		differencing: {
			title: 'Een differencing-VHD',
			text: 'Een differencing-VHD heeft dezelfde opbouw, maar zijn header noemt een parent-disk met UUID en naam, plus locators om het bestand van de parent te vinden. Snapshots werken precies zo: elke snapshot is een .avhd-bestand van dit type.',
			correction:
				'Het artikel uit 2008 noemt dit een Delta-disk, een woord uit een Microsoft-blog van vóór de release. Hyper-V noemt het een differencing-VHD.',
			notes:
				'Vraag: wat gebeurt er met de differencing-VHD’s die op deze parent bouwen als iemand de parent rechtstreeks aanpast?'
		},
		parent: {
			title: 'Niet in de child',
			text: 'Het blok zit in het bestand, maar in de sectorbitmap staat voor deze sector geen bit aan: de child heeft hem nooit geschreven. Dus valt de leesactie door naar de parent.',
			notes: 'Wijs de parent-teller aan.'
		},
		'parent-read': {
			title: 'Lezen uit de parent',
			text: 'De sector komt uit de parent, die zelf weer een differencing-VHD met een eigen parent kan zijn. Elk niveau dat een leesactie misloopt, kost een extra opzoeking.',
			notes: 'Naar onze schatting maken lange snapshotketens leesacties daarom trager.'
		},
		'pass-through': {
			title: 'Een pass-through-disk',
			text: 'Een pass-through-disk is een fysieke disk of LUN die in de rootpartitie offline wordt gezet en aan één VM wordt gegeven. Er is geen bestand en geen VHD-laag: het verzoek gaat direct naar de diskdriver van de rootpartitie.',
			notes: 'Vraag: waarom moet de rootpartitie de disk eerst offline zetten?'
		},
		'pass-through-disk': {
			title: 'Niets ertussen',
			text: 'De fysieke disk levert de sector zonder bestand ertussen. Daar staat tegenover dat er geen enkele VHD-functie is: geen snapshots, geen differencing, niet meegroeien.',
			notes:
				'Het artikel uit 2008 beschrijft pass-through-disks correct: fysieke disks die exclusief aan één VM zijn toegekend.'
		},
		'pass-through-done': {
			title: 'Twee soorten controllers',
			text: 'De data gaat terug naar StorVSP. Elke disk hangt aan een virtuele controller: twee IDE-controllers met elk twee apparaten, of maximaal vier SCSI-controllers met elk 64 disks.',
			correction:
				'Het artikel uit 2008 zegt dat elke SCSI-controller 255 apparaten ondersteunt. Dat was een getal van vóór de release; Windows Server 2008 staat 64 disks per controller toe, 256 in totaal.',
			notes: 'Bij de IDE-apparaten hoort ook een eventuele dvd-speler.'
		},
		controllers: {
			title: 'SCSI is een VMBus-device',
			text: 'Een leesactie van een enlightened gast op een SCSI-disk gaat direct naar StorVSC. De SCSI-controller is helemaal geen geëmuleerde chip: hij bestaat alleen als VMBus-device, onzichtbaar voor het BIOS.',
			notes:
				'Vergelijk met IDE, dat in het workerproces geëmuleerd wordt en ook via VMBus bereikbaar is.'
		},
		'no-disk': {
			title: 'Geen integration components, geen SCSI-disk',
			text: 'Een gast zonder integration components ziet dus helemaal geen disk op de SCSI-controller, en geen enkele VM kan ervan opstarten. Een bootdisk van generatie 1 hangt aan IDE; met integration components maakt het fast path die na het opstarten even snel als SCSI.',
			notes: 'Sluit af met de vraag: welke disk geef je een gast zonder integration components?'
		},
		'edit-disk': {
			title: 'De wizard Edit Disk',
			text: 'De wizard Edit Disk van Hyper-V Manager roept via WMI de image management service aan, die op het bestand zelf werkt. Compact geeft de ongebruikte blokken van een dynamische VHD terug zodat het bestand kleiner wordt, Convert maakt van dynamisch vast of andersom, en Expand maakt de disk groter.',
			correction:
				'Het artikel uit 2008 zegt dat de VHD-tools VHD-bestanden comprimeren, uitbreiden en controleren. Compact comprimeert niets: het geeft de ongebruikte blokken van een dynamisch uitbreidende VHD vrij. Convert ontbreekt in het artikel, en voor een differencing-VHD ook Merge.',
			notes:
				'Een differencing-VHD kan dezelfde service samenvoegen met zijn parent, of opnieuw koppelen aan een parent die verplaatst is. Vraag: waarom kun je een vaste VHD niet compacten? (Er zijn geen blokken om terug te geven.)'
		},
		mount: {
			title: 'Een VHD geopend in de rootpartitie',
			text: 'In Windows Server 2008 opende je een VHD als disk in de rootpartitie met de methode Mount van de image management service, vanuit een script. De virtual disk-API achter attach vdisk in diskpart kwam pas met Windows 7 en Server 2008 R2.',
			correction:
				'Het artikel uit 2008 belooft dat je de schijf van een VM direct vanaf de host kunt wijzigen, voor bestanden kopiëren, patchen of virusscans, maar niet hoe. Onder Windows Server 2008 betekende dat een WMI-script dat Mount aanroept.',
			notes:
				'De storage-stack van de rootpartitie ziet nu één disk meer, tot Unmount. Elk gebruik dat het artikel noemt, begint hier.'
		}
	},
	questions: {
		'pass-through-hop': {
			prompt: 'StorVSP heeft een leesactie voor een pass-through-disk. Naar welk blok gaat die nu?',
			explanation:
				'Direct naar de diskdriver van de rootpartitie: een pass-through-disk heeft geen bestand en geen VHD-laag, dus er valt eerst niets op te zoeken.'
		},
		'bat-entry': {
			prompt:
				'Wat staat er in de BAT van een dynamische VHD voor een blok dat nooit beschreven is?',
			options: {
				'parent-offset': 'De positie van het blok in de parent-disk',
				bitmap: 'Een sectorbitmap vol nullen'
			},
			explanation:
				'0xFFFFFFFF betekent dat het blok nog geen ruimte in het bestand heeft. Na de eerste schrijfactie staat er de sectorpositie van het blok in het bestand.'
		},
		'differencing-miss': {
			prompt:
				'Volgens de sectorbitmap van een differencing-VHD heeft de child een sector nooit geschreven. Wat gebeurt er als de gast die leest?',
			options: {
				parent: 'Hij wordt uit de parent-disk gelezen',
				zeros: 'Hij levert nullen op',
				error: 'Het mislukt met een foutmelding',
				allocate: 'Er wordt eerst een nieuw blok toegewezen'
			},
			explanation:
				'Alleen sectoren met een bit aan in de bitmap staan in de child; alle andere worden uit de parent-keten gelezen.'
		},
		'boot-controller': {
			prompt: 'Waar moet de bootdisk van een VM onder Windows Server 2008 aan hangen?',
			options: {
				ide: 'Aan een IDE-controller',
				scsi: 'Aan een SCSI-controller',
				either: 'Aan allebei kan',
				'pass-through-only': 'Het moet een pass-through-disk zijn'
			},
			explanation:
				'Het BIOS kent alleen de geëmuleerde IDE-controller; de SCSI-controller is een VMBus-device dat het niet ziet. Met integration components is de IDE-disk toch snel.'
		},
		'scsi-limit': {
			prompt: 'Hoeveel SCSI-disks kan een VM onder Windows Server 2008 hebben?',
			options: { unlimited: 'Zoveel als de opslag toelaat' },
			explanation:
				'Vier synthetische SCSI-controllers met elk 64 disks. De 255 per controller uit het artikel van 2008 was een getal van vóór de release; 2 × 2 is de grens voor IDE.'
		},
		'no-snapshots': {
			prompt: 'Bij welk soort disk lever je snapshots in?',
			options: {
				fixed: 'Vaste VHD',
				dynamic: 'Dynamisch uitbreidende VHD',
				differencing: 'Differencing-VHD',
				'pass-through': 'Pass-through-disk'
			},
			explanation:
				'Een snapshot is een differencing .avhd-bestand bovenop een VHD. Een pass-through-disk heeft geen VHD-laag, dus dat kan niet.'
		},
		'mount-2008': {
			prompt:
				'Hoe opende je onder Windows Server 2008, vóór R2, de bestanden in een VHD op de host?',
			options: {
				'wmi-mount':
					'Vanuit een script, met de methode Mount van de image management service van Hyper-V (WMI)',
				diskpart: 'Met diskpart: select vdisk, daarna attach vdisk',
				'disk-management': 'In Schijfbeheer, met VHD koppelen',
				'not-possible': 'Helemaal niet: dat kwam pas met Windows Server 2008 R2'
			},
			explanation:
				'De methode Mount van Msvm_ImageManagementService opende de VHD als disk in de rootpartitie. De vdisk-opdrachten van diskpart en VHD koppelen in Schijfbeheer gebruiken een virtual disk-API die Windows 7 of Windows Server 2008 R2 vereist.'
		},
		'max-size': {
			prompt: 'Wat is de grootste VHD onder Windows Server 2008?',
			options: { '2-tb': 'Precies 2 TB' },
			explanation:
				'2040 GB, 8 GB minder dan 2 TB. 64 TB is de grens van VHDX, dat met Windows Server 2012 kwam.'
		}
	}
};

export default narration;
