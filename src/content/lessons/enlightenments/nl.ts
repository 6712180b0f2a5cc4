import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Enlightenments: wat een hypervisorbewuste kernel bespaart',
	summary:
		'Vier alledaagse kernelhandelingen, elk eerst op de hardwaremanier en dan op de enlightened manier: een remote TLB-flush, een lange spin wait, een end of interrupt en een te late timer. Tel wat elke enlightenment bespaart.',
	objectives: [
		'Vind de enlightenment-hints in CPUID leaf 0x40000004.',
		'Vergelijk een remote TLB-flush via een IPI met één flush-hypercall, en zeg wat de hypercall echt bespaart.',
		'Leg lock-holder preemption uit en wat HvCallNotifyLongSpinWait daaraan doet.',
		'Vertel wat het EOI-MSR en relaxed timing besparen, en waarom geheugen-enlightenments in Windows Server 2008, zonder SLAT, zo belangrijk waren.'
	],
	steps: {
		'flush-start': {
			title: 'Een TLB-flush op vier processors',
			text: 'Deze gast heeft vier virtuele processors en heeft net een paginamapping gewijzigd, dus verouderde kopieën in de TLB’s van de andere drie moeten weg. Eerst doen we het zoals een kernel dat op echte hardware doet.',
			notes:
				'De hints waar een gast op let, komen uit CPUID leaf 0x40000004; in deze run negeert de gast ze. Vraag: hoe laat de ene processor een andere zijn TLB flushen?'
		},
		'flush-ipi-first': {
			title: 'Een IPI op de hardwaremanier',
			text: 'De kernel stuurt één inter-processor interrupt door naar het commandoregister (ICR) in de memory-mapped pagina van de APIC te schrijven: eerst het doel, dan de opdracht, en met een shorthand bereikt één IPI alle drie. Elke schrijfactie geeft een exit die de hypervisor moet decoderen.',
			notes:
				'Wijs het APIC-blok aan en de teller met gedecodeerde toegangen: twee, voor één IPI. Dat een IPI op de memory-mapped APIC twee ICR-schrijfacties kost, is onze schatting van hoe een kernel uit 2008 hem verstuurt.'
		},
		'flush-ipi-rest': {
			title: 'Drie processors onderbroken',
			text: 'De hypervisor bezorgt de interrupt bij de andere drie virtuele processors. Elk ervan legt zijn werk neer, flusht zijn eigen TLB en bevestigt, en de afzender wacht tot alle drie klaar zijn.',
			notes:
				'Vraag wat er groeit als een gast meer virtuele processors krijgt: niet de ICR-schrijfacties, maar het aantal onderbroken processors en het wachten op de traagste, die misschien niet eens draait.'
		},
		'flush-done': {
			title: 'Geflusht, tegen een prijs',
			text: 'De flush is klaar na twee onderschepte schrijfacties, drie onderbroken processors en wachten op alle drie. Dat onderbreken en wachten is de echte prijs, en die groeit mee met de gast.',
			notes:
				'Onthoud de tellers: twee exits, twee gedecodeerde toegangen, drie onderbroken processors, geen hypercall.'
		},
		'flush-hypercall': {
			title: 'Eén hypercall in plaats daarvan',
			text: 'Bit 2 van CPUID leaf 0x40000004 EAX raadt een hypercall aan voor remote flushes. De gast doet één HvCallFlushVirtualAddressSpace (0x0002) met een masker waarin alle te flushen processors staan, rechtstreeks naar de hypercall-afhandeling.',
			notes:
				'Wijs het spoor aan: van de gastkernel rechtstreeks naar de hypercall-afhandeling, zonder langs het APIC-blok te gaan. Bit 0 en 1 van hetzelfde register raden ook hypercalls aan voor het wisselen van adresruimte en voor lokale flushes.'
		},
		'flush-hypercall-done': {
			title: 'Eén exit, niets te decoderen',
			text: 'Eén exit in plaats van twee, niets te decoderen, en geen andere processor onderbroken of afgewacht: de hypervisor regelt de flush voor de processors in het masker. Zonder SLAT was geheugenbeheer in 2008 duur; SLAT in R2 bracht de overhead naar verluidt van zo’n 10% naar 2%.',
			correction:
				'Het artikel uit 2008 zegt dat Windows Server 2008 volledig enlightened is, op alle mogelijke punten verbeterd. Dat is overdreven: in R2 en latere versies kwamen er meer enlightenments bij, en SLAT in R2 veranderde het beeld van geheugenbeheer.',
			notes:
				'SLAT is Intel EPT of AMD RVI: de processor loopt zelf door de paginatabellen van gast en host, zodat de hypervisor ze niet meer hoeft te schaduwen.',
			compare: { a: 'Met de flush-hypercall', b: 'Zonder de enlightenment' }
		},
		'spin-start': {
			title: 'Wachten op een lock',
			text: 'Een virtuele processor wil een spinlock die wordt vastgehouden door een andere virtuele processor van dezelfde gast, en die heeft de hypervisor net van de CPU gehaald. Zonder enlightenment blijft hij gewoon spinnen, zonder te weten dat de houder niet draait.',
			notes:
				'Op echte hardware draait de houder altijd, dus even spinnen is goedkoop. Vraag waarom dat hier anders is.'
		},
		'spin-wasted': {
			title: 'Een verspilde time slice',
			text: 'Hij spint tot zijn time slice op is, en de lock is nog steeds bezet, want de houder kreeg geen processor. Dit heet lock-holder preemption.',
			notes: 'Wijs de teller met verspilde slices aan: een hele slice zonder nuttig werk.'
		},
		'spin-notify': {
			title: 'De scheduler inlichten',
			text: 'Een enlightened gast spint maar zo vaak als de spin-retry count in CPUID 0x40000004 EBX aangeeft. Daarna roept hij HvCallNotifyLongSpinWait (0x0008) aan, zodat de scheduler de tijd aan een andere processor kan geven, zoals de houder van de lock.',
			notes:
				'Vraag waarom de gast eerst tot de retry count spint in plaats van meteen de hypervisor aan te roepen.'
		},
		'spin-holder-runs': {
			title: 'Geen slice verspild',
			text: 'De aanroep is alleen een advies en geeft altijd success terug, maar er gaat geen slice verloren aan wachten op een houder die niet kan draaien. Vergelijk de teller met verspilde slices van beide runs.',
			notes: 'Vraag de groep: waarom kan de hypervisor deze aanroep veilig als hint behandelen?'
		},
		'eoi-mmio': {
			title: 'End of interrupt op de hardwaremanier',
			text: 'Een interrupt is afgehandeld, en de kernel moet de APIC laten weten dat hij klaar is: een end of interrupt (EOI). Zonder enlightenment schrijft hij naar het EOI-register in de memory-mapped APIC-pagina.',
			notes:
				'Elke interrupt van een gast eindigt zo, dus deze kleine kosten lopen snel op. Vraag de groep in welk blok de schrijfactie terechtkomt.'
		},
		'eoi-mmio-done': {
			title: 'Gedecodeerd bij de APIC',
			text: 'Die schrijfactie geeft een exit naar de virtuele APIC van de hypervisor, die de instructie moet ophalen en decoderen om te weten welk register met welke waarde werd beschreven. Eén exit, één gedecodeerde toegang.',
			notes:
				'Wijs het APIC-blok aan en de teller met gedecodeerde toegangen, die met één is opgelopen.'
		},
		'eoi-msr': {
			title: 'EOI via een MSR',
			text: 'Met bit 3 van de hints aan schrijft de kernel in plaats daarvan naar het synthetische EOI-MSR (0x40000070). Dat is nog steeds een exit, maar een MSR-schrijfactie zegt precies wat hij is, dus er valt niets te decoderen.',
			notes:
				'Vergelijk met de vorige run: deze schrijfactie komt aan in het MSR-blok, niet in het APIC-blok. MSR 0x40000071 en 0x40000072 doen hetzelfde voor de ICR- en TPR-registers.'
		},
		'timing-late': {
			title: 'Een drukke host',
			text: 'Virtuele processors delen de fysieke, dus als de host het druk heeft, kan een timerinterrupt te laat bij een gast aankomen. Hier komt er een te laat binnen bij een gast zonder enlightenment.',
			notes: 'Vraag: wat in een kernel gaat ervan uit dat timerinterrupts op tijd komen?'
		},
		'timing-false-alarm': {
			title: 'Vals alarm',
			text: 'Een watchdog in de kernel die stipte interrupts verwacht, denkt dat er iets hangt. Hij slaat alarm, terwijl er niets mis was.',
			notes: 'Wijs de teller met valse alarmen aan.'
		},
		'timing-relaxed': {
			title: 'Relaxed timing',
			text: 'Bit 5 van de hints vraagt de kernel om zijn timing te ontspannen en zulke watchdogs uit te zetten. De late interrupt komt binnen, en er gaat geen alarm af.',
			notes:
				'Samenvatting: elke enlightenment is optioneel en komt met een hint, en elke bespaart iets anders: exits, decodeerwerk, verspilde slices of valse alarmen.'
		}
	},
	questions: {
		'flush-hop': {
			prompt:
				'De gastkernel moet de TLB’s van zijn andere processors flushen. Zonder hint zou hij voor elk ervan naar de APIC schrijven; deze gast volgt de hint voor remote flushes. Waar gaat de flush heen?',
			explanation:
				'Van de gastkernel rechtstreeks naar de hypercall-afhandeling van de hypervisor, buiten de APIC om: één HvCallFlushVirtualAddressSpace met een processormasker vervangt de IPI, zijn onderschepte APIC-schrijfacties en het onderbreken van elke andere processor.'
		},
		'flush-savings': {
			prompt:
				'Een gast met vier virtuele processors flusht de TLB’s van de andere drie. Wat bespaart de enlightenment?',
			options: {
				'no-interrupts':
					'De andere drie worden niet meer onderbroken en afgewacht, en twee gedecodeerde APIC-schrijfacties worden één hypercall-exit',
				none: 'Niets: de hypercall kost evenveel als de IPI',
				'three-to-zero': 'Alle exits: de flush verlaat de gast niet meer',
				'one-ipi-each': 'Drie IPI’s, één per processor, worden één hypercall'
			},
			explanation:
				'Zonder hint bereikt één IPI, met twee onderschepte ICR-schrijfacties, alle drie de andere processors, en elk moet stoppen, flushen en bevestigen terwijl de afzender wacht. Met de hint noemt één hypercall de processors in een masker; de hypervisor hoeft ze niet te onderbreken en er valt niets te decoderen.'
		},
		'spin-call': {
			prompt: 'Wat vertelt HvCallNotifyLongSpinWait aan de hypervisor, en wat kan die ermee?',
			options: {
				'scheduler-runs-holder':
					'Dat deze processor al lang op een lock spint, zodat de scheduler een andere kan laten draaien, zoals de houder van de lock',
				'takes-lock': 'Welke lock hij namens de gast moet pakken',
				'adds-vcpu': 'Dat de gast een extra virtuele processor nodig heeft',
				'fails-if-busy': 'Niets nuttigs: hij geeft een fout als de host het druk heeft'
			},
			explanation:
				'Het is een advies nadat de spin-retry count op is, en het geeft altijd success terug. De scheduler kan de tijd gebruiken voor een andere processor, het liefst de verdrongen lockhouder.'
		},
		'eoi-hop': {
			prompt:
				'Een enlightened gast sluit een interrupt af met de EOI-enlightenment. Welk deel van de hypervisor ontvangt zijn schrijfactie?',
			explanation:
				'Het MSR-blok: de gast schrijft naar synthetisch MSR 0x40000070 in plaats van naar het EOI-register in de memory-mapped APIC-pagina.'
		},
		'eoi-saves': {
			prompt:
				'Wat bespaart een EOI via MSR 0x40000070 ten opzichte van de memory-mapped APIC-pagina?',
			options: {
				'no-decoding':
					'Het decoderen: een MSR-schrijfactie zegt wat hij is, een geheugenschrijfactie moet worden gedecodeerd',
				'no-exit': 'De exit: een MSR-schrijfactie blijft in de gast',
				'no-interrupt': 'De interrupt zelf'
			},
			explanation:
				'Beide manieren kosten één exit. De MSR-schrijfactie vertelt de hypervisor direct welk register en welke waarde bedoeld zijn, dus hij hoeft de instructie van de gast niet op te halen en te decoderen.'
		},
		'hints-where': {
			prompt: 'Waar leest een gast welke enlightenments de hypervisor aanraadt?',
			options: {
				'cpuid-40000004': 'In CPUID leaf 0x40000004',
				'guest-os-id': 'In het guest OS ID-MSR',
				'vmbus-offer': 'In een VMBus channel offer',
				'hypercall-page': 'In de hypercall-pagina'
			},
			explanation:
				'Leaf 0x40000004 bevat de aanbevelingen in EAX (flushes via hypercalls, APIC-MSR’s, relaxed timing en meer) en de spin-retry count in EBX. De guest OS ID werkt andersom: daarmee vertelt de gast de hypervisor wie hij is.'
		},
		'no-slat': {
			prompt: 'Waarom waren geheugen-enlightenments in Windows Server 2008 zo belangrijk?',
			options: {
				'shadow-page-tables':
					'Zonder SLAT hield de hypervisor shadow page tables bij, dus werk aan paginatabellen en TLB’s was duur',
				'no-hypercalls': 'Omdat hypercalls nog niet bestonden',
				'single-processor': 'Omdat gasten maar één virtuele processor hadden'
			},
			explanation:
				'SLAT kwam met R2 en bracht de overhead naar verluidt van zo’n 10% naar zo’n 2%. Daarvoor kostte elke wijziging in de paginatabellen van een gast de hypervisor werk, dus kortere routes voor flushes en adresruimtewissels loonden.'
		}
	}
};

export default narration;
