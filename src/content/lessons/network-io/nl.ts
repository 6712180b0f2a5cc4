import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Verder dan de disk: netwerk, video en muis',
	summary:
		'Eén netwerkframe door de geëmuleerde DEC 21140 in het workerproces, daarna hetzelfde frame via NetVSC, VMBus en de virtuele switch. Dan een schermupdate en een muisbeweging, elk langs beide wegen, en de tellers laten zien wat het kost.',
	objectives: [
		'Volg een frame door de geëmuleerde 21140 en leg uit waarom dat zo’n vier à vijf exits, overgangen naar het workerproces en een kopie kost.',
		'Volg hetzelfde frame via NetVSC, de VMBus-ring en de netwerk-VSP in de virtuele switch.',
		'Vergelijk geëmuleerde en synthetische video en muis aan de hand van de tellers, en onderscheid wat gedocumenteerd is van wat onze schatting is.'
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
			title: 'Dezelfde driver, dezelfde kaart',
			text: 'De switch geeft het frame door aan de driver van de fysieke kaart, niet via de eigen TCP/IP-stack van de root, en de kaart verstuurt het. Het frame komt uit buffers die de gast vooraf heeft gedeeld, en geen workerproces kopieert het.',
			notes:
				'Vanaf hier is het pad hetzelfde als dat van het geëmuleerde frame. Wijs de teller voor VMWP aan: nog steeds 0.'
		},
		completion: {
			title: 'Twee exits voor één frame',
			text: 'De VSP schrijft een completion in de inkomende ring en seint de gast, die de interrupt afsluit met één schrijfactie naar het EOI-MSR. Totaal: 2 exits, 2 hypercalls, 2 ringschrijfacties en geen VMWP, tegenover 4 exits en 6 overgangen naar VMWP.',
			notes:
				'De tweede exit is de goedkope synthetische EOI (MSR 0x40000070), geen geëmuleerde PIC-toegang. De telling volgt uit het model van de gedocumenteerde mechanismen, niet uit een meting.',
			compare: { a: 'Synthetische NIC (NetVSC)', b: 'Legacy-NIC (DEC 21140)' }
		},
		's3-cursor': {
			title: 'Een schermupdate op de S3-kaart',
			text: 'Zonder integration components is het scherm een geëmuleerde S3-kaart. Pixels tekenen in zijn framebuffer wordt naar onze schatting niet onderschept, maar de tekstcursor verzetten gaat via registers van de CRT-controller, en elke schrijfactie gaat naar het workerproces.',
			notes:
				'Het vak S3-video zit in VMWPs, naast de 21140. De registerreeks (index op 0x3D4, data op 0x3D5) is onze schatting van een klassieke VGA-cursorverplaatsing.'
		},
		's3-done': {
			title: 'Vier traps om de cursor te verzetten',
			text: 'De cursorpositie kost een index- en een dataschrijfactie voor de hoge byte, en nog eens hetzelfde voor de lage byte. Dat zijn 4 exits en 4 overgangen naar VMWP voor één kleine verandering op het scherm.',
			notes:
				'Vraag: wat kost dit als de gast bij elke toetsaanslag de cursor verzet? Vergelijk daarna met de volgende stap.'
		},
		'synthetic-video': {
			title: 'Synthetische video: één bericht',
			text: 'Met integration components tekent de videodriver in een framebuffer in gedeeld geheugen, ingericht via VMBus, en meldt hij het gewijzigde gebied in één bericht: één ringschrijfactie, één exit. Dat bericht gaat naar het videoapparaat in het workerproces, in user mode: één overgang naar VMWP (gemeld voor latere builds).',
			notes:
				"Er hoeft geen antwoord terug, dus de run eindigt in het workerproces. De VSP's voor opslag en netwerk zijn kerneldrivers, maar synthetische video, muis en de integration services worden vanuit het workerproces bediend; dat is gedocumenteerd voor builds uit het 2016-tijdperk en niet nagegaan voor 2008. De gedeelde framebuffer en het bericht zijn gedocumenteerd voor de Linux-driver hyperv_fb."
		},
		'ps2-mouse': {
			title: 'Een muisbeweging via de i8042',
			text: 'Je beweegt de muis in het venster van VM Connection, dat het workerproces bedient. Zonder integration components maakt het i8042-model daar een PS/2-pakket van drie bytes van en zet het IRQ 12 voor de eerste byte, die de hypervisor injecteert.',
			notes:
				'Dat de invoer uit VM Connection via het workerproces binnenkomt, is onze schatting. Het toetsenbord van een VM uit 2008 was altijd deze geëmuleerde i8042; een synthetisch toetsenbord kwam pas later.'
		},
		'ps2-bytes': {
			title: 'Drie bytes, drie interrupts',
			text: "Per byte leest de handler de status- en de datapoort en sluit hij de interrupt af bij beide PIC's: naar onze schatting vier traps per byte. Eén kleine muisbeweging kost zo 12 exits, 12 overgangen naar VMWP en 15 virtuele interrupts.",
			notes:
				'Vergelijk met het netwerkframe: de muis verstuurt weinig data maar betaalt in traps. Laat de groep het synthetische aantal voorspellen vóór de volgende stap.'
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
