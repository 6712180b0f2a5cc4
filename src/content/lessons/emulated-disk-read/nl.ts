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
			text: 'Deze child-partitie draait een OS zonder integration components en kent dus alleen echte pc-hardware. Een applicatie vraagt het OS om 4 KB van disk te lezen.'
		},
		kernel: {
			title: 'Naar de kernel van de gast',
			text: 'De leesopdracht gaat van gebruikersmodus naar de kernel van de gast, die hem doorgeeft aan zijn diskdriver, net als op een fysieke pc.'
		},
		driver: {
			title: 'Een driver voor hardware die er niet is',
			text: 'De driver denkt dat hij met een Intel PIIX4-IDE-controller praat en programmeert die door een voor een naar zijn I/O-poortregisters te schrijven. Volgens een gepubliceerde telling kost het opzetten van één transfer zeven poortschrijfacties; onze geschatte reeks heeft er acht.'
		},
		trap: {
			title: 'De eerste schrijfactie wordt onderschept',
			text: 'Zijn eerste OUT-instructie, naar het PRD-tabelregister van de bus master, veroorzaakt een VM exit. De rootpartitie heeft op deze poorten een intercept gezet, dus de hypervisor legt deze virtuele processor stil.'
		},
		message: {
			title: 'Een interceptbericht naar de rootpartitie',
			text: 'De hypervisor stuurt de rootpartitie een I/O-poort-interceptbericht (type 0x80010000) met de poort, de toegangsgrootte, de waarde en de registers van de gast.'
		},
		vid: {
			title: 'VID pakt het op',
			text: 'In de kernel van de rootpartitie ontvangt de VID-driver het bericht via WinHv en wekt hij waarschijnlijk het workerproces (VMWP) van deze VM. Hoe VID dat intern doet, is niet openbaar.'
		},
		emulate: {
			title: 'Geëmuleerd in gebruikersmodus',
			text: 'De IDE-emulator in VMWP, een gewoon proces in gebruikersmodus in de rootpartitie, werkt zijn model van de controllerregisters bij. Eén register geschreven, en het verzoek is al langs de hypervisor, de kernel en de gebruikersmodus van de rootpartitie gegaan.'
		},
		resume: {
			title: 'De gast mag verder',
			text: 'Vermoedelijk via VID en WinHv doet de rootpartitie een hypercall, HvCallSetVpRegisters (0x0051), die de gast voorbij de instructie zet en zijn intercept-suspend-status opheft.'
		},
		'first-write-done': {
			title: 'Eén register klaar',
			text: 'De virtuele processor gaat verder in de driver van de gast, die van niets weet. Dat was één schrijfactie naar een register; hoeveel exits kost de hele voorbereiding?'
		},
		'seven-more': {
			title: 'Nog zeven keer',
			text: 'De zeven resterende schrijfacties, tot en met het READ DMA-commando en de start van de bus master, maken elk dezelfde round trip. Acht VM exits en acht overgangen naar user mode, en er is nog geen data verplaatst.'
		},
		'vmwp-read': {
			title: 'De emulator leest de VHD',
			text: 'Met de start van de bus master krijgt de emulator de opdracht de transfer uit te voeren. Het workerproces leest het virtuele diskbestand via de gewone I/O-stack van de rootpartitie.'
		},
		disk: {
			title: 'De echte disk',
			text: "De eigen storagedriver van de rootpartitie leest de fysieke disk. Drivers zitten in de rootpartitie, niet in de hypervisor: dat noemt Microsoft een 'microkernelized' ontwerp."
		},
		'back-through-vmwp': {
			title: 'Terug omhoog via het workerproces',
			text: 'De completion gaat terug omhoog door de I/O-stack van de rootpartitie en komt nog een keer in gebruikersmodus, waar de emulator de transfer naar het gastgeheugen afrondt.'
		},
		pic: {
			title: 'Een interrupt op een geëmuleerde PIC',
			text: 'De geëmuleerde controller meldt dat hij klaar is zoals echte hardware dat doet: hij activeert zijn interruptlijn op de geëmuleerde 8259 PIC, die ook in het workerproces zit.'
		},
		inject: {
			title: 'De hypervisor injecteert de interrupt',
			text: 'De hypervisor levert de virtuele interrupt af bij de virtuele processor van de gast. Partities krijgen zelf nooit fysieke interrupts.'
		},
		isr: {
			title: 'De gast handelt de interrupt af',
			text: 'De interrupthandler van de gast draait en moet nu, zoals elke IDE-driver, de controller uitlezen en de interrupt bevestigen.'
		},
		'isr-accesses': {
			title: 'Nog vier round trips',
			text: 'Bus-master-status lezen, die wissen, ATA-status lezen en de end-of-interrupt naar de geëmuleerde PIC schrijven: elk ervan wordt weer onderschept. Dit deel van onze reeks is een schatting; het gepubliceerde aantal gaat alleen over de voorbereiding.'
		},
		'kernel-done': {
			title: 'De kernel rondt de leesactie af',
			text: 'De driver rondt het verzoek af en de kernel geeft de 4 KB aan de wachtende applicatie.'
		},
		done: {
			title: 'Ongeveer twaalf exits voor 4 KB',
			text: 'Ongeveer twaalf VM exits voor één leesactie in onze geschatte reeks, elk met een overgang naar het workerproces in user mode. De volgende les stuurt dezelfde leesactie via VMBus.'
		}
	}
};

export default narration;
