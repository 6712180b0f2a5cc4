import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Verder dan de disk: netwerk, video en muis',
	summary:
		'Eén netwerkframe door de geëmuleerde DEC 21140 in het workerproces, daarna hetzelfde frame via NetVSC, VMBus en de virtuele switch. Dan een schermupdate en een muisbeweging, elk langs beide wegen, en de tellers laten zien wat het kost.',
	objectives: [
		'Volg een frame door de geëmuleerde 21140 en leg uit waarom dat zo’n vier à vijf exits, overgangen naar het workerproces en een kopie kost.',
		'Volg hetzelfde frame via NetVSC, de VMBus-ring en de netwerk-VSP in de virtuele switch.',
		'Vergelijk geëmuleerde en synthetische video en muis aan de hand van de tellers, en onderscheid wat gedocumenteerd is van wat onze schatting is.',
		'Zeg wat een extern, een intern en een privé virtueel netwerk verbinden, en waar je een VLAN-ID instelt.'
	],
	steps: {
		start: {
			title: 'Een frame zonder integration components',
			text: 'Deze gast heeft geen integration components, dus de enige netwerkkaart die hij kan aansturen is de legacy-netwerkadapter: een DEC 21140 die het workerproces emuleert. Hij gaat één ethernetframe versturen.',
			notes:
				'De 21140 is ook de enige netwerkadapter waarmee een generatie 1-VM via PXE kan opstarten; daarom bestaat hij nog steeds. Vraag welke andere apparaten van het virtuele moederbord in hetzelfde workerproces zitten.'
		},
		descriptor: {
			title: 'De descriptor gaat het geheugen in',
			text: 'Het frame gaat door de netwerkstack van de gast naar zijn 21140-driver. Naar onze schatting schrijft die eerst een transmit-descriptor in het gastgeheugen: gewoon RAM, dus er wordt nog niets onderschept.',
			notes:
				'De registerreeks in deze les is onze eigen schatting, afgeleid uit hoe een 21140 werkt, en geen gedocumenteerde Hyper-V-trace. Wijs de tellers aan: alles staat nog op nul.'
		},
		'poll-demand': {
			title: 'Poll demand: de eerste trap',
			text: 'Dan schrijft de driver naar CSR1, het transmit-poll-demand-register, van een kaart die niet bestaat. De hypervisor onderschept die toegang en zet deze virtuele processor stil: de teller VM exits springt op 1.',
			notes:
				'De rootpartitie heeft bij het opbouwen van de VM intercepts op de registers van de kaart gezet. Alleen deze ene virtuele processor wacht; de andere processors van de gast draaien door.'
		},
		'to-worker': {
			title: 'Naar het workerproces',
			text: 'Een interceptbericht gaat naar de rootpartitie, waar VID het workerproces van deze VM wekt; het 21140-model daarin verwerkt de schrijfactie in user mode. Kijk naar de tellers: één interceptbericht aan de rootpartitie, één overgang naar VMWP.',
			notes:
				'Vraag vóór het antwoord: welk vak emuleert de kaart? Het is NIC (21140) binnen VMWPs, in user mode van de rootpartitie, niet de hypervisor. De route via WinHv en VID is onze lezing van hoe het bericht reist.'
		},
		resume: {
			title: 'De gast mag verder',
			text: 'Het workerproces noteert de poll demand en laat de virtuele processor van de gast hervatten, via VID en WinHv met HvCallSetVpRegisters. Dat is de eerste tik op de hypercall-teller van de rootpartitie: de gast zelf doet er geen.',
			notes:
				'Elke onderschepte registertoegang kost dit hele rondje: exit, bericht, VID, workerproces, hypercall, hervatten. Vraag hoeveel rondjes de groep verwacht voor één frame.'
		},
		copy: {
			title: 'Het workerproces kopieert het frame',
			text: 'Nu leest de 21140 in het workerproces de descriptor en kopieert hij het frame uit het gastgeheugen naar de virtuele switch. Naar onze schatting is dat een kopie die de synthetische adapter nooit maakt.',
			notes:
				'De kopie staat als werk op deze hop, en de teller voor VMWP staat op 2. Vraag waar het frame op het synthetische pad vandaan komt.'
		},
		wire: {
			title: 'Via de driver van de rootpartitie naar buiten',
			text: 'De virtuele switch geeft het frame door aan de driver van de fysieke netwerkkaart, die het de kabel op stuurt; de eigen TCP/IP-stack van de root komt er niet aan te pas. Hyper-V heeft zelf geen netwerkdriver: dat doet de gewone Windows-driver in de root.',
			notes:
				'Het synthetische pad gebruikt straks dezelfde stack en driver; alleen de weg erheen verschilt. De virtuele switch staat getekend als het vak VSPs, omdat de netwerk-VSP deel uitmaakt van de switch.'
		},
		interrupt: {
			title: 'Een interrupt als het klaar is',
			text: 'De verzending is klaar, dus de 21140 in het workerproces zet zijn interruptlijn op de geëmuleerde 8259-PIC: weer een overgang naar VMWP. Daarna injecteert de APIC van de hypervisor de interrupt in de gast.',
			notes:
				'Virtuele interrupts staat nu op 2: het interceptbericht naar de rootpartitie en deze naar de gast. Vraag: wie beslist dat de gast een interrupt krijgt, de hypervisor of het workerproces?'
		},
		isr: {
			title: 'De interrupthandler: nog drie traps',
			text: 'De handler leest CSR5, schrijft het terug als bevestiging en stuurt de PIC een end-of-interrupt: nog drie traps. Eén frame kost zo naar onze schatting 4 exits (5 met een tweede EOI) en 6 overgangen naar VMWP.',
			notes:
				'Deze aantallen gaan uit van een gast die interrupts afsluit bij de geëmuleerde 8259-PIC; een gast met een APIC-HAL doet dat bij zijn lokale APIC, wat de hypervisor zonder overgang naar VMWP afhandelt. Met interrupt coalescing kan de kaart de afhandeling bovendien over meerdere frames spreiden. Onthoud deze tellers voor de volgende run.'
		},
		netvsc: {
			title: 'Hetzelfde frame via NetVSC',
			text: 'Nu verstuurt een Windows-gast met integration components hetzelfde frame. Onderaan zijn netwerkstack zit NetVSC, die het frame verpakt in een RNDIS-bericht voor VMBus.',
			correction:
				'Het artikel uit 2008 zegt dat een gast maximaal 4 netwerkadapters heeft. In werkelijkheid kan een VM onder WS2008 er 12 hebben: volgens de gangbare lezing van de limietentabel 8 synthetische en 4 legacy-adapters.',
			notes:
				'RNDIS staat voor Remote NDIS en gaat hier over het VMBus-kanaal dat de gast bij het opstarten heeft geopend. Zelfde frame, andere adapter: vraag wat de gast nu niet meer hoeft aan te raken.'
		},
		ring: {
			title: 'Eén ringschrijfactie en één signaal',
			text: 'NetVSC zet het bericht in de uitgaande ring van het kanaal, in gedeeld geheugen, zonder exit. De ring was leeg, dus WinHv doet één HvCallSignalEvent: één exit, één hypercall.',
			correction:
				'Het artikel uit 2008 zegt dat VMBus een geëmuleerde omgeving biedt. In werkelijkheid emuleert VMBus niets: het is geheugen dat gast en rootpartitie delen, met ringbuffers en signalen via de hypervisor.',
			notes:
				'Stond er al werk in de ring, dan was er geen signaal nodig geweest: meerdere frames kunnen één signaal delen. Dat WinHv de aanroep doet, is getekend als onze schatting.'
		},
		switch: {
			title: 'De netwerk-VSP in de virtuele switch',
			text: 'De hypervisor zet een vlag in de SynIC van de rootpartitie, en de VMBus-driver daar geeft het bericht aan de netwerk-VSP, onderdeel van de virtuele switch in de kernel van de rootpartitie. Het workerproces blijft donker.',
			notes:
				'Vraag vóór het antwoord: waar gaat het frame heen na de VMBus-driver van de rootpartitie? Vergelijk met de geëmuleerde run: geen VID, geen workerproces, geen user mode.'
		},
		nic: {
			title: 'Een extern netwerk: naar buiten via de kaart',
			text: 'Deze switch is een extern virtueel netwerk, gekoppeld aan de fysieke kaart: het verbindt de VM’s, de root en de buitenwereld. Het frame gaat naar de driver van de kaart, buiten de TCP/IP-stack van de root om; een VLAN-ID stel je in per VM-netwerkadapter, en één voor de root.',
			notes:
				'Het frame komt uit buffers die de gast vooraf heeft gedeeld, en geen workerproces kopieert het: de teller voor VMWP staat nog op 0. VLAN-ID’s per VM-adapter en voor het beheerbesturingssysteem staan in de WS2008-documentatie van Microsoft; dat het ID van de root op de switch staat, meldt een blogpost van een Microsoft-engineer uit 2008 (S47). De Hyper-V-gids van Dell noemt nog een vierde, ‘dedicated’ netwerk; in de termen van Microsoft is dat een extern netwerk dat de root niet deelt.'
		},
		completion: {
			title: 'Twee exits voor één frame',
			text: 'De VSP schrijft een completion in de inkomende ring en seint de gast, die de interrupt afsluit met één schrijfactie naar het EOI-MSR. Totaal: 2 exits, 2 hypercalls, 2 ringschrijfacties en geen VMWP, tegenover 4 exits en 6 overgangen naar VMWP.',
			notes:
				'De tweede exit is de goedkope synthetische EOI (MSR 0x40000070), geen geëmuleerde PIC-toegang. De telling volgt uit het model van de gedocumenteerde mechanismen, niet uit een meting.',
			compare: { a: 'Synthetische NIC (NetVSC)', b: 'Legacy-NIC (DEC 21140)' }
		},
		'internal-network': {
			title: 'Een intern netwerk: de VM’s en de root',
			text: 'Nu zit dezelfde synthetische adapter op een intern virtueel netwerk. Dat heeft geen fysieke netwerkkaart: de switch geeft het frame aan de eigen virtuele netwerkadapter van de root, zodat VM’s elkaar en de root bereiken, maar niets buiten de host.',
			notes:
				'Virtual Network Manager (in Hyper-V Manager) maakt externe, interne en privé virtuele netwerken (Microsoft TechNet). Een intern netwerk past bij een testlab dat de host nog kan bereiken. Vraag: welk vak laat een privé netwerk weg?'
		},
		'private-network': {
			title: 'Een privé netwerk: alleen VM’s',
			text: 'Op een privé virtueel netwerk draait de switch nog steeds in de root, maar de root heeft er zelf geen adapter op. Hij schrijft het frame in de VMBus-ring van de andere VM en signaleert die VM, die het via zijn eigen netwerkstack ophaalt.',
			notes:
				'Een privé netwerk scheidt VM’s van de root en van het fysieke netwerk (TechNet). Het bestaat op één host: een VM die naar een ander clusterknooppunt verhuist, vindt daar andere VM’s. De afronding voor de zender is dezelfde als bij het externe netwerk.'
		},
		's3-cursor': {
			title: 'De cursor verzetten op de S3-kaart: vier traps',
			text: 'Zonder integration components is het scherm een geëmuleerde S3-kaart: pixels tekenen trapt naar onze schatting niet, maar de cursor verzetten kost vier schrijfacties naar CRT-controllerregisters. Elk gaat naar het workerproces: 4 exits en 4 overgangen naar VMWP voor één kleine verandering.',
			notes:
				'Het vak S3-video zit in VMWPs, naast de 21140. De registerreeks (index op 0x3D4, data op 0x3D5, voor de hoge en de lage byte) is onze schatting van een klassieke VGA-cursorverplaatsing. Vraag: wat kost dit als de gast bij elke toetsaanslag de cursor verzet?'
		},
		'synthetic-video': {
			title: 'Synthetische video: één bericht',
			text: 'Met integration components tekent de videodriver in een framebuffer in gedeeld geheugen, ingericht via VMBus, en meldt hij het gewijzigde gebied in één bericht: één ringschrijfactie, één exit. Dat bericht gaat naar het videoapparaat in het workerproces, in user mode: één overgang naar VMWP (gemeld voor latere builds).',
			notes:
				"Er hoeft geen antwoord terug, dus de run eindigt in het workerproces. De VSP's voor opslag en netwerk zijn kerneldrivers, maar synthetische video, muis en de integration services worden vanuit het workerproces bediend; dat is gedocumenteerd voor builds uit het 2016-tijdperk en niet nagegaan voor 2008. De gedeelde framebuffer en het bericht zijn gedocumenteerd voor de Linux-driver hyperv_fb."
		},
		'ps2-mouse': {
			title: 'Een muisbeweging: drie bytes, drie interrupts',
			text: 'Je beweegt de muis in het venster van VM Connection, dat het workerproces bedient; zonder integration components maakt het i8042-model daar een PS/2-pakket van drie bytes van, met één IRQ 12 per byte. Naar onze schatting trapt de handler vier keer per byte: 12 exits, 12 overgangen naar VMWP en 15 virtuele interrupts.',
			notes:
				'Dat de invoer uit VM Connection via het workerproces binnenkomt, is onze schatting, net als de poortreeks (status- en datapoort, einde van de interrupt bij beide PIC’s). Het toetsenbord van een VM uit 2008 was altijd deze geëmuleerde i8042. Laat de groep het synthetische aantal voorspellen vóór de volgende stap.'
		},
		'synthetic-mouse': {
			title: 'De synthetische muis: één pakket',
			text: 'Met integration components schrijft het synthetische muisapparaat in het workerproces de beweging als één VMBus-pakket naar de muis-VSC van de gast, en de root seint de gast. De enige exit van de gast is de EOI; dat de muis vanuit het workerproces wordt bediend, is gemeld voor latere builds.',
			notes:
				'Eén exit tegenover twaalf, en geen VSP in de kernel: het pakket gaat van het workerproces via de VMBus-driver van de root de ring in. De Linux-tegenhanger van deze VSC is hid-hyperv; de integration components van 2008 brachten een synthetische muisdriver voor Windows-gasten mee.',
			compare: { a: 'Synthetische muis (VMBus)', b: 'PS/2-muis (i8042)' }
		}
	},
	questions: {
		'after-copy': {
			prompt:
				'De 21140 in het workerproces heeft het frame uit het gastgeheugen gekopieerd. Aan wie geeft hij het frame nu? Klik op het vak.',
			explanation:
				'Aan de virtuele switch, getekend als het vak VSPs in de kernel van de root. Van daaruit gaat het frame naar de driver van de fysieke netwerkkaart, zonder langs de eigen TCP/IP-stack van de root te komen.'
		},
		'linux-vsp': {
			prompt:
				'Een Linux-gast met hv_netvsc verstuurt een frame, en de VMBus-driver van de rootpartitie heeft zijn signaal ontvangen. Welk vak krijgt het bericht nu? Klik erop.',
			explanation:
				'De netwerk-VSP in de virtuele switch, in de kernel van de rootpartitie: dezelfde VSP bedient Windows- en Linux-gasten, en het workerproces speelt geen rol.'
		},
		'mouse-eoi': {
			prompt:
				'De muis-VSC van de gast heeft de beweging uit de ring gehaald. Waar stuurt de gast zijn end-of-interrupt heen? Klik op het vak.',
			explanation:
				'Naar het synthetische EOI-register van de hypervisor, een MSR: één goedkope schrijfactie in plaats van geëmuleerde toegangen tot de interruptcontroller. Het is de enige exit van de gast voor deze beweging.'
		},
		'virtual-network-kind': {
			prompt:
				'Een testlab: de VM’s moeten elkaar en de host bereiken, maar niets op het fysieke netwerk. Welk virtueel netwerk maak je?',
			options: {
				external: 'Een extern virtueel netwerk',
				internal: 'Een intern virtueel netwerk',
				private: 'Een privé virtueel netwerk',
				none: 'Geen: VM’s op één host bereiken altijd het fysieke netwerk'
			},
			explanation:
				'Intern: dat verbindt de VM’s en de root, zonder fysieke netwerkkaart. Een privé netwerk laat de root erbuiten, en een extern netwerk is aan een fysieke kaart gekoppeld en reikt naar buiten.'
		},
		'pxe-boot': {
			prompt: 'Met welke netwerkadapter kan een generatie 1-VM via PXE opstarten?',
			options: {
				'legacy-21140': 'De legacy-adapter, de geëmuleerde DEC 21140',
				'synthetic-netvsc': 'De synthetische adapter (NetVSC)',
				both: 'Met allebei',
				neither: 'Met geen van beide: een generatie 1-VM kan niet via het netwerk opstarten'
			},
			explanation:
				'Alleen met de legacy-adapter. Het BIOS kan de geëmuleerde 21140 aansturen, terwijl de synthetische adapter alleen op VMBus bestaat, en daarvoor is een driver in een draaiende gast nodig.'
		},
		'emulated-exits': {
			prompt:
				'Hoeveel exits van de gast kost één frame via de geëmuleerde 21140, naar onze schatting?',
			options: {
				none: 'Geen',
				one: 'Eén',
				'four-or-five': 'Zo’n vier à vijf',
				'about-twelve': 'Ongeveer twaalf'
			},
			explanation:
				'Eén schrijfactie naar CSR1 start de verzending; daarna leest en schrijft de interrupthandler CSR5 en sluit hij de interrupt één of twee keer af. Elk daarvan is een rondje via het workerproces; het aantal is een beredeneerde schatting, geen meting.'
		},
		'netvsc-message': {
			prompt: 'Wat zet NetVSC in de VMBus-ring om een frame te versturen?',
			options: {
				'rndis-message': 'Een RNDIS-bericht met het frame erin',
				'register-writes': 'Een lijst 21140-registerschrijfacties die het workerproces naspeelt',
				'direct-to-nic': 'Niets: hij programmeert de fysieke netwerkkaart rechtstreeks'
			},
			explanation:
				'NetVSC spreekt RNDIS over zijn VMBus-kanaal met de netwerk-VSP in de virtuele switch. Hij raakt geen enkel apparaatregister aan, en een childpartitie kan niet bij de fysieke netwerkkaart.'
		},
		'mouse-cost': {
			prompt: 'Waarom kost één geëmuleerde muisbeweging naar onze schatting zo’n twaalf exits?',
			options: {
				'per-byte':
					'Een PS/2-pakket heeft drie bytes, elk met een eigen interrupt en vier poorttoegangen',
				'per-pixel': 'Elke pixel die de muisaanwijzer passeert, wordt onderschept',
				polling: 'De gast vraagt de muispoort voortdurend uit'
			},
			explanation:
				"Elk van de drie bytes zet IRQ 12; de handler leest de status- en de datapoort en sluit de interrupt af bij beide 8259-PIC's. Drie keer vier maakt twaalf traps, elk via het workerproces; een gast met een APIC-HAL zou de interrupt bij zijn lokale APIC afsluiten, zonder overgang naar VMWP."
		}
	}
};

export default narration;
