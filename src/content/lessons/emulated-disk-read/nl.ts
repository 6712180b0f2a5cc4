import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Een leesactie zonder enlightenment',
	summary:
		'Volg één leesactie van 4 KB door een gast zonder integration components, waarbij elke registertoegang wordt onderschept en in de rootpartitie geëmuleerd.',
	objectives: [
		'Volg het intercept-pad: gast, hypervisor, VID, workerproces en terug.',
		'Leg uit waarom geëmuleerde I/O een round trip kost voor elke toegang tot een deviceregister.',
		'Tel hoeveel VM exits en overgangen naar user mode één leesactie nodig heeft.'
	],
	steps: {
		start: {
			title: 'Een oude gast wil 4 KB',
			text: 'Op deze childpartitie draait een OS zonder integration components: het kent alleen echte pc-hardware. Een applicatie vraagt om 4 KB van disk.',
			notes:
				'Wijs de unenlightened child rechts aan: geen VMBus, geen VSC, geen WinHv. Vraag de groep op welke hardware deze gast denkt te draaien.'
		},
		kernel: {
			title: 'Naar de kernel van de gast',
			text: 'De leesopdracht zakt van user mode naar de kernel van de gast, die hem net als op een fysieke pc aan zijn diskdriver geeft.',
			notes:
				'Er is nog niets virtueels gebeurd: zo leest elk OS een bestand. Laat zien dat de teller voor VM exits nog op nul staat.'
		},
		driver: {
			title: 'Een driver voor hardware die er niet is',
			text: 'De driver denkt dat hij een Intel PIIX4-IDE-controller aanstuurt en programmeert die poort voor poort. Volgens een gepubliceerde telling zijn dat zeven poortschrijfacties per transfer; onze geschatte reeks telt er acht.',
			notes:
				'Het vak Drivers (geëmuleerd) hebben wij aan de figuur van Microsoft toegevoegd. Vraag wat er moet gebeuren als een gast naar een poort schrijft van een controller die niet bestaat.'
		},
		trap: {
			title: 'De eerste schrijfactie wordt onderschept',
			text: 'Zijn eerste OUT, naar het PRD-tabelregister van de bus master, veroorzaakt een VM exit. De rootpartitie heeft op deze poorten een intercept gezet, dus de hypervisor zet deze virtuele processor stil.',
			notes:
				'Alleen deze ene virtuele processor staat stil; de andere van dezelfde VM lopen door. De rootpartitie heeft het intercept vooraf ingesteld met HvCallInstallIntercept (0x004D).'
		},
		message: {
			title: 'Een interceptbericht naar de rootpartitie',
			text: 'De hypervisor stuurt de rootpartitie een I/O-poort-interceptbericht (type 0x80010000). Daarin staan de poort, de toegangsgrootte, de waarde en de registers van de gast.',
			notes:
				'Op welke SINT het binnenkomt, laat de TLFS impliciet, vermoedelijk SINT0; dat is onze schatting. Benadruk dat de gast van dit alles niets merkt.'
		},
		vid: {
			title: 'VID pakt het op',
			text: 'In de kernel van de rootpartitie neemt VID het bericht via WinHv aan en wekt naar onze schatting het workerproces van deze VM. Hoe VID dat intern doet, is niet openbaar.',
			notes:
				'Er draait één workerproces (vmwp.exe) per actieve VM, en dat bezit de geëmuleerde apparaten van die VM. Vraag waarom het bericht juist naar dat proces moet.'
		},
		emulate: {
			title: 'Geëmuleerd in user mode',
			text: 'De IDE-emulator in het workerproces, een gewoon programma in user mode op de rootpartitie, werkt zijn model van de controller bij. Eén register geschreven, en het verzoek is al langs de hypervisor, de kernel en de user mode van de rootpartitie gegaan.',
			notes:
				'Tel samen met de groep de grenzen: gast naar hypervisor, hypervisor naar rootkernel, kernel naar user mode. Elke registertoegang betaalt ze allemaal, heen en terug.'
		},
		resume: {
			title: 'De gast mag verder',
			text: 'Naar onze schatting via VID en WinHv doet de rootpartitie een hypercall: HvCallSetVpRegisters (0x0051). Die zet de gast voorbij de OUT-instructie en heft zijn intercept-suspend op.',
			notes:
				'De hypervisor liet de registers van de gast staan zoals ze vóór de instructie waren, dus de rootpartitie moet ze zelf doorzetten. Zelfs de gast laten doorgaan kost een hypercall.'
		},
		'first-write-done': {
			title: 'Eén register klaar',
			text: 'De virtuele processor loopt verder in de driver van de gast, die niets heeft gemerkt. Dat was één register; hoeveel exits kost de hele voorbereiding?',
			notes:
				'Laat de groep eerst raden. De volgende stap geeft het antwoord: acht in onze reeks, zeven in de gepubliceerde telling.'
		},
		'seven-more': {
			title: 'Nog zeven keer',
			text: 'De andere zeven schrijfacties, tot en met READ DMA en de start van de bus master, maken elk dezelfde round trip. Acht VM exits en acht keer naar user mode, en er is nog geen byte data verplaatst.',
			notes:
				'Kijk hoe de tellers van één naar acht springen. Savill noemt zeven poortschrijfacties; welke registers dat zijn, is onze onderbouwde schatting.'
		},
		'vmwp-read': {
			title: 'De emulator leest de VHD',
			text: 'Met de start van de bus master krijgt de emulator de opdracht de transfer uit te voeren. Het workerproces leest het virtuele diskbestand via de gewone I/O-stack van de rootpartitie.',
			notes:
				'Dit is echte I/O vanuit een proces in user mode, net als elk programma dat een bestand leest. Vraag waar het VHD-bestand staat: op een disk van de rootpartitie.'
		},
		disk: {
			title: 'De echte disk',
			text: 'De eigen storagedriver van de rootpartitie leest de fysieke disk. Drivers zitten in de rootpartitie en niet in de hypervisor: dat noemt Microsoft een microkernelized ontwerp.',
			correction:
				'Het artikel uit 2008 zegt dat een driverstoring niet alle partities plat kan leggen, omdat de hypervisor geen drivers bevat. Dat geldt alleen voor de hypervisor zelf: een driver die de rootpartitie laat crashen, neemt alle childpartities mee.',
			notes:
				'Zet dit af tegen het klassieke VMware ESX, waar de drivers in de hypervisorlaag zaten. Wijs het vak Drivers in de kolom van de rootpartitie aan.'
		},
		'back-through-vmwp': {
			title: 'Terug omhoog via het workerproces',
			text: 'De completion gaat terug omhoog door de I/O-stack van de rootpartitie en komt nog een keer in user mode. Daar rondt de emulator de transfer naar het gastgeheugen af.',
			notes:
				'Dit was een voorspelling: veel cursisten verwachten dat de data meteen naar de gast gaat. Op het geëmuleerde pad loopt de completion altijd via het workerproces.'
		},
		pic: {
			title: 'Een interrupt op een geëmuleerde PIC',
			text: 'De geëmuleerde controller meldt zoals echte hardware dat hij klaar is: hij zet zijn interruptlijn op de geëmuleerde 8259 PIC. Ook die PIC zit in het workerproces.',
			notes:
				"Een VM van generatie 1 heeft twee gecascadeerde geëmuleerde 8259 PIC's en een I/O APIC. Het PIC-vak in het workerproces is onze toevoeging aan de figuur."
		},
		inject: {
			title: 'De hypervisor injecteert de interrupt',
			text: 'De hypervisor levert de virtuele interrupt af bij de virtuele processor van de gast. Partities krijgen zelf nooit fysieke interrupts.',
			notes:
				'Vraag vóór het antwoord: wie kan een interrupt in een gast zetten? Alleen de hypervisor vangt processorinterrupts op en stuurt ze naar de partities door.'
		},
		isr: {
			title: 'De gast handelt de interrupt af',
			text: 'De interrupthandler van de gast draait en moet nu, zoals elke IDE-driver, de controller uitlezen en de interrupt bevestigen.',
			notes:
				'De gast gedraagt zich precies als op echte hardware. Dat is het hele idee van emulatie, en meteen ook de prijs.'
		},
		'isr-accesses': {
			title: 'Nog vier round trips',
			text: 'Bus-master-status lezen en wissen, ATA-status lezen en de end-of-interrupt naar de PIC: elk ervan wordt weer onderschept. Dit deel van onze reeks is een schatting; de gepubliceerde telling gaat alleen over de voorbereiding.',
			notes:
				'De teller voor exits gaat van acht naar twaalf. Het feitenblad schat hier drie tot vijf toegangen; wij laten er vier zien, met de end-of-interrupt naar de geëmuleerde 8259-PIC. Een gast met een APIC-HAL sluit hem af bij zijn lokale APIC, wat de hypervisor zonder overgang naar het workerproces afhandelt.'
		},
		'kernel-done': {
			title: 'De kernel rondt de leesactie af',
			text: 'De driver rondt het verzoek af en de kernel geeft de 4 KB aan de applicatie die erop wacht.',
			notes:
				'Voor de gast was dit een gewone leesactie. Vraag de groep wat de applicatie ervan merkte: alleen dat ze langer moest wachten.'
		},
		done: {
			title: 'Ongeveer twaalf exits voor 4 KB',
			text: "Naar onze schatting zo'n twaalf VM exits voor één leesactie van 4 KB, elk met een uitstapje naar het workerproces in user mode. Ernaast loopt dezelfde leesactie via VMBus gelijk op; de volgende les volgt die stap voor stap.",
			notes:
				'Wijs de twee diagrammen en beide rijen tellers naast elkaar aan: de kolom met de verhouding zegt hoeveel keer zo duur de geëmuleerde leesactie is als de synthetische. In WS2008 kwamen daar zonder SLAT nog de kosten van shadow page tables bij.',
			compare: { a: 'Synthetisch (VMBus)', b: 'Geëmuleerde IDE' }
		}
	},
	questions: {
		'where-emulated': {
			prompt:
				'VID heeft het interceptbericht voor de OUT-instructie van de gast. Waar wordt die schrijfactie naar het register geëmuleerd? Klik op het vak.',
			explanation:
				'In de IDE-emulator in het workerproces (VMWP) van de VM, in user mode op de rootpartitie. Daar zitten de geëmuleerde apparaten, niet in de hypervisor.'
		},
		'after-setup': {
			prompt:
				'Alle acht poortschrijfacties zijn geëmuleerd en de bus master is gestart. Waar gaat het verzoek nu heen om de data op te halen? Klik op het vak.',
			explanation:
				'Het workerproces leest het VHD-bestand via de gewone I/O-stack van de rootpartitie, net als elk ander programma dat een bestand leest.'
		},
		'why-slow': {
			prompt: 'Waarom is elke toegang tot een deviceregister van een unenlightened gast zo duur?',
			options: {
				'round-trip':
					'Hij wordt onderschept door de hypervisor en gaat via de rootkernel naar het workerproces in user mode en weer terug',
				'hypervisor-emulates': 'De hypervisor moet de hele IDE-controller zelf emuleren',
				'slow-disk': 'Elke registertoegang wacht op de fysieke disk',
				'extra-copy': 'Elke registertoegang kopieert de databuffer nog een keer'
			},
			explanation:
				'Elke IN of OUT geeft een VM exit, een interceptbericht naar de rootpartitie, een tocht naar de emulator in user mode en een hypercall om verder te gaan. De hypervisor emuleert zelf geen apparaten.'
		},
		'exit-count': {
			prompt:
				'Hoeveel VM exits kost één geëmuleerde IDE-leesactie van 4 KB ongeveer, naar onze schatting?',
			options: {
				one: 'Eén',
				'about-four': 'Ongeveer vier',
				'about-twelve': 'Ongeveer twaalf',
				'over-a-hundred': 'Meer dan honderd'
			},
			explanation:
				"Zo'n acht om de transfer voor te bereiden (de gepubliceerde telling zegt zeven) en zo'n vier in de interrupthandler: ongeveer twaalf. Het deel na de interrupt is een schatting."
		},
		'resume-how': {
			prompt: 'De emulator is klaar. Hoe komt de stilgezette processor van de gast weer op gang?',
			options: {
				'set-vp-registers':
					'De rootpartitie roept HvCallSetVpRegisters aan, die hem voorbij de instructie zet en zijn intercept-suspend opheft',
				'guest-retries': 'De gast probeert de instructie opnieuw tot het lukt',
				'timer-interrupt': 'Een timerinterrupt wekt hem na een vaste tijd'
			},
			explanation:
				'De processor blijft stilstaan tot de rootpartitie, na het invullen van het resultaat, het intercept-suspend-register leegmaakt met HvCallSetVpRegisters (0x0051).'
		},
		'driver-where': {
			prompt: 'Waar draait de driver die de fysieke disk leest?',
			options: {
				'root-kernel': 'In de kernel van de rootpartitie',
				hypervisor: 'In de hypervisor',
				'guest-kernel': 'In de kernel van de gast',
				'worker-process': 'In het workerproces'
			},
			explanation:
				'Hyper-V houdt drivers buiten de hypervisor: gewone Windows-drivers in de rootpartitie bedienen de hardware. Dat noemt Microsoft microkernelized.'
		}
	}
};

export default narration;
