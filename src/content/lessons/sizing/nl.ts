import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Hostgeheugen plannen: hoeveel VM’s passen erop?',
	summary:
		'Start VM’s een voor een op een host met 8 GB en kijk hoe het geheugen volloopt: de reservering voor de root, het geheugen van elke VM en de overhead. Reken daarna dezelfde host door met de formule uit het artikel van 2008 en zie waar die te optimistisch is.',
	objectives: [
		'Volg een VM-start naar de twee plekken waar geheugen wordt vastgelegd: VID voor de VM zelf, de hypervisor voor de overhead.',
		'Reken hostgeheugen uit met de formule uit 2008 en met de planningsregel, en verklaar het verschil.',
		'Onderscheid de planningsregel (een VM die niet in het plan past) van wat WS2008 afdwingt (helemaal geen reserve voor de root).',
		'Ken de WS2008-limieten achter een berekening: 64 GB per VM, 1 TB per host, 12 netwerkadapters per VM.'
	],
	steps: {
		host: {
			title: 'Een host van 8 GB, nog zonder VM’s',
			text: 'Deze host heeft 8 GB geheugen, en de rootpartitie houdt daar naar schatting zo’n 2 GB van vrij voor Windows en de virtualisatiestack. Er blijft 6144 MB over voor VM’s.',
			notes:
				'Wijs het geheugenblok en de tellers voor gereserveerd en vrij aan. Vraag de groep waar de root geheugen voor nodig heeft: Windows zelf, VMMS, één workerproces per VM, drivers, de VSP’s.'
		},
		start: {
			title: 'VMMS krijgt de startopdracht',
			text: 'Iemand start in Hyper-V Manager de eerste VM, een gast van 2 GB. Het verzoek komt bij VMMS, de beheerservice in user mode van de root.',
			notes: 'Er is nog niets gereserveerd: om een start vragen kost geen geheugen.'
		},
		worker: {
			title: 'Een workerproces voor de VM',
			text: 'VMMS start een workerproces, vmwp.exe, één per draaiende VM. Voordat de VM kan draaien, moet dat workerproces geheugen voor hem vinden.',
			notes:
				'Het workerproces gebruikt zelf ook geheugen in de root: nog een reden dat de root meer nodig heeft dan het kale minimum van Windows.'
		},
		vid: {
			title: 'VID deelt het geheugen uit',
			text: 'Het workerproces vraagt VID, de virtualisatiedriver in de kernel van de root, om de 2 GB van de VM. Het past, dus gaat 2048 MB van vrij naar gereserveerd.',
			notes:
				'Vraag vóór het onthullen waar het workerproces om geheugen aanklopt. Dat in het model VID beslist of een VM past, is onze lezing van zijn rol, geen gedocumenteerd detail.'
		},
		deposit: {
			title: 'De overhead gaat naar de hypervisor',
			text: 'De root stort geheugen bij de hypervisor voor de eigen structuren van de nieuwe partitie. De gangbare planningsregel zet de hele overhead van een VM op zo’n 32 MB voor de eerste GB plus 8 MB per volgende GB: hier 40 MB, een schatting.',
			correction:
				'Het artikel uit 2008 zegt dat elke VM vast 32 MB bovenop zijn geheugen kost. In werkelijkheid groeit de overhead met de grootte van de VM: de vaak aangehaalde regel is 32 MB voor de eerste GB plus 8 MB voor elke volgende GB, al is daar geen bron van Microsoft voor gevonden.',
			notes:
				'Het storten zelf is gedocumenteerd (HvCallDepositMemory), de omvang van de overhead niet. Het getal van de regel dekt de hele overhead van een VM: zijn workerproces, de administratie van VID, de shadow page tables en deze storting. Het model boekt alles hier, wat een vereenvoudiging is.'
		},
		running: {
			title: 'De eerste VM draait',
			text: 'De VM start met in totaal 2088 MB: 2048 voor zijn geheugen en 40 aan overhead. Van de 8 GB is nog 4056 MB vrij.',
			notes:
				'WS2008 had nog geen SLAT: de hypervisor hield per VM shadow page tables bij, en die groeien met wat de gast doet. Nog een reden om ruimer te plannen dan de kale som.'
		},
		second: {
			title: 'Een tweede VM van 2 GB',
			text: 'De tweede VM gaat langs dezelfde weg en kost ook 2088 MB. Nu is er nog maar 1968 MB vrij.',
			notes: 'Vraag de groep: past een derde VM van 2 GB nog? Laat ze eerst zelf rekenen.'
		},
		third: {
			title: 'Een derde start',
			text: 'Er wordt een derde VM van 2 GB gestart, en VMMS geeft hem net als eerst een workerproces. Hij heeft 2048 MB plus 40 MB overhead nodig.',
			notes:
				'Wijs de teller voor vrij geheugen aan: nog steeds 1968 MB, en er is nog niets gecontroleerd, want eerst start het workerproces. Vraag de groep welk blok de VM gaat weigeren.'
		},
		refused: {
			title: 'Past niet in het plan',
			text: 'Volgens de planningsregel past de derde VM niet: er is 1968 MB over tegenover de 2088 MB die hij nodig heeft. WS2008 dwingt zelf geen reserve voor de root af; hier zegt het plan nee, zodat de root zijn 2 GB houdt.',
			notes:
				'De reserve van 2 GB voor de root is een planningsgetal uit één bericht uit 2008, geen grens die Hyper-V controleert. De eerste versie kon geen geheugen tussen draaiende VM’s verschuiven; Dynamic Memory kwam met R2 SP1. Vraag: welke VM zou jij kleiner maken?'
		},
		'article-host': {
			title: 'Dezelfde host volgens het artikel uit 2008',
			text: 'Nu dezelfde host met de formule uit het artikel van 2008, waarin de root maar 512 MB houdt. Dan blijft er 7680 MB over voor VM’s.',
			correction:
				'Het artikel uit 2008 zegt dat de rootpartitie 512 MB nodig heeft. In werkelijkheid is 512 MB het minimum waarop Windows Server 2008 draait, geen planningswaarde: Microsoft hield bij de eigen eerste installaties zo’n 2 GB vrij voor de root, naar schatting op basis van een verslag uit 2008.',
			notes: 'Vergelijk de tellers met stap 1: op papier 1536 MB meer voor VM’s.'
		},
		'article-first': {
			title: 'Eén VM, vast 32 MB',
			text: 'Volgens de som van het artikel kost de eerste VM van 2 GB 2048 MB plus vast 32 MB. Er blijft 5600 MB vrij.',
			notes:
				'Vergelijk met de eerste run: daar kostte deze VM 2088 MB, hier 2080, dus voor een VM van 2 GB verschillen de twee overheadregels maar 8 MB. Het verschil in vrij geheugen, 5600 tegenover 4056 MB, komt bijna helemaal door de reservering voor de root.'
		},
		'article-all': {
			title: 'Alle drie passen, op papier',
			text: 'De tweede en derde VM starten ook, en er blijft 1440 MB over. Op papier is er ruimte genoeg; volgens de planningsregel werd de derde start geweigerd.',
			correction:
				'De formule uit het artikel van 2008, 512 MB voor de root plus het geheugen van elke VM plus 32 MB per VM, zegt dat drie VM’s van 2 GB ruim in 8 GB passen. Met een realistische reservering voor de root en een overhead die met de VM meegroeit, laat de planningsregel (een schatting) geen ruimte voor de derde VM; WS2008 zelf zou hem nog starten.',
			notes:
				'Het verschil is 1560 MB: 1536 door de reservering voor de root, 24 door de overhead. De rootreservering is verreweg de grootste fout.'
		},
		'big-vm': {
			title: 'De overhead van een VM van 4 GB',
			text: 'Eén VM van 4 GB volgens de planningsregel: 32 MB voor de eerste GB en 8 MB voor elk van de andere drie. Er wordt 56 MB gestort, een schatting, tegenover de vaste 32 uit het artikel.',
			notes:
				'Laat de groep een VM van 64 GB uitrekenen, het maximum in WS2008: 32 + 63 × 8 = 536 MB.'
		},
		'big-vm-runs': {
			title: 'Hij draait',
			text: 'De VM draait met in totaal 4152 MB. Van de 8 GB blijft 1992 MB vrij.',
			notes:
				'Vergelijk met de twee VM’s van 2 GB uit de eerste run: samen ook 4 GB gastgeheugen, maar 56 MB overhead in plaats van 80, omdat elke VM 32 MB betaalt voor zijn eerste GB. Dat is de geschatte planningsregel aan het werk, geen meting.'
		},
		'article-example': {
			title: 'Het eigen voorbeeld van het artikel',
			text: 'Het voorbeeld uit het artikel, één VM van 256 MB naast een root van 512 MB, komt met beide regels op precies 800 MB. Kleine VM’s verbergen het verschil; grotere VM’s en een echte rootreservering laten het zien.',
			notes:
				'Daarom leek de formule in 2008 te kloppen: het enige uitgewerkte voorbeeld is juist het geval waarin beide regels gelijk uitkomen. Met de calculator kun je andere groottes proberen.'
		}
	},
	questions: {
		'root-reserve': {
			prompt:
				'Hoeveel geheugen hield Microsoft bij de eigen eerste Hyper-V-installaties vrij voor de rootpartitie?',
			options: {
				'about-512-mb': 'Zo’n 512 MB',
				'about-2-gb': 'Zo’n 2 GB',
				'about-32-mb': 'Zo’n 32 MB',
				'all-free-memory': 'Al het geheugen dat niet aan VM’s is gegeven'
			},
			explanation:
				'Zo’n 2 GB, naar schatting op basis van een verslag uit 2008. 512 MB is het minimum voor Windows Server 2008; de formule uit het artikel van 2008 gebruikte dat alsof het een planningswaarde was.'
		},
		'overhead-4gb': {
			prompt:
				'Hoeveel overhead kost een VM van 4 GB de host volgens de vaak aangehaalde planningsregel?',
			explanation:
				'32 MB voor de eerste GB plus 8 MB voor elk van de andere drie: 56 MB. De regel is een schatting zonder bron bij Microsoft; het artikel uit 2008 rekende vast 32 MB per VM.'
		},
		'hop-memory': {
			prompt:
				'Het workerproces van een nieuwe VM vraagt om het geheugen van de VM. Welk blok deelt het uit?',
			explanation:
				'VID, de Virtualization Infrastructure Driver in de kernel van de root, regelt het geheugenbeheer voor partities. Het workerproces in user mode vraagt het daar.'
		},
		'hop-deposit': {
			prompt:
				'VID heeft het VM-geheugen vastgelegd. Waar gaat het geheugen voor de partitie zelf heen?',
			explanation:
				'Naar de partitiebeheerder van de hypervisor: de root stort geheugen bij de hypervisor voor de eigen structuren van de partitie. De planningsregels schatten die storting samen met de rest van de overhead van een VM: zijn workerproces, VID en de shadow page tables.'
		},
		'no-room': {
			prompt:
				'Een WS2008-host heeft echt te weinig vrij geheugen over voor het RAM van de volgende VM. Wat gebeurt er?',
			options: {
				'start-refused': 'De start mislukt: niet genoeg geheugen',
				'guest-paged': 'De hypervisor zet een deel van het gastgeheugen op schijf',
				'others-shrink': 'De draaiende VM’s geven een deel van hun geheugen terug'
			},
			explanation:
				'De start mislukt en de VM blijft uit. De eerste Hyper-V-versie gaf elke VM zolang hij draaide zijn volledige geheugen; Dynamic Memory kwam pas met R2 SP1. Een reserve voor de root is daarentegen alleen een planningsgetal: WS2008 dwingt er geen af.'
		},
		'vm-memory': {
			prompt: 'Hoeveel geheugen kon één VM hebben in Hyper-V van Windows Server 2008?',
			explanation:
				'64 GB per VM, zoals ook het artikel uit 2008 zegt. Een VM kon hoogstens 4 virtuele processors hebben.'
		},
		'host-memory': {
			prompt: 'Hoeveel geheugen in een host ondersteunde Hyper-V bij de eerste release?',
			explanation:
				'1 TB, naar schatting (de Standard-editie was door het besturingssysteem beperkt tot 32 GB). De 2 TB uit het artikel van 2008 lijkt de limiet van de Windows-editie, niet van Hyper-V.'
		},
		nics: {
			prompt: 'Hoeveel netwerkadapters kon één VM in WS2008 hebben?',
			explanation:
				'12: 8 synthetische en 4 legacy (geëmuleerde) adapters, volgens de gebruikelijke tekst van de limietentabel. Het artikel uit 2008 zegt hoogstens 4.'
		}
	}
};

export default narration;
