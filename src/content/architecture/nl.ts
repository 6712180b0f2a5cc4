import type { ArchitectureText } from '$lib/architecture/content';

const text: ArchitectureText = {
	partitions: {
		root: 'Rootpartitie',
		win: 'Windows-child (enlightened)',
		linux: 'Linux-child (enlightened)',
		legacy: 'Child (niet-enlightened)',
		hypervisor: 'Hypervisor',
		hardware: 'Hardware'
	},
	modes: {
		user: 'User mode',
		kernel: 'Kernel mode',
		hypervisor: 'Hypervisor',
		hardware: 'Hardware'
	},
	components: {
		'root-vmwp': {
			label: 'VMWPs',
			description:
				'Het workerproces (Virtual Machine Worker Process, vmwp.exe) draait in user mode in de rootpartitie, één per draaiende VM. Het bewaart de configuratie en runtime-status van die VM en bevat de geëmuleerde devices van het virtuele moederbord. Op het emulatiepad komt elke onderschepte registertoegang hier terecht, waarschijnlijk doorgegeven door VID. Het bedient ook synthetische video en muis en de integration services via VMBus (gemeld voor latere builds); synthetisch disk- en netwerkverkeer komt er nooit langs.'
		},
		'root-ide-emulator': {
			label: 'IDE (PIIX4)',
			description:
				'De geëmuleerde PIIX4-IDE-controller in het workerproces (user mode, root): twee controllers met elk twee devices, voor een generatie 1-VM de enige diskcontroller om van te booten. Eén transfer opzetten kost volgens een gepubliceerde telling zeven poortschrijfacties, elk een round trip naar het workerproces, dat de VHD via de I/O-stack van de root benadert. Met integration components gaat IDE-disk-I/O via VMBus.'
		},
		'root-nic-emulator': {
			label: 'NIC (21140)',
			description:
				'De legacy netwerkadapter: een geëmuleerde DEC/Intel 21140 10/100-ethernetkaart in het workerproces (user mode, root), en de enige NIC waarmee een generatie 1-VM kan PXE-booten. Naar onze schatting kost elk verzonden frame vier à vijf intercepts plus een kopie door het workerproces naar de virtuele switch; de synthetische NIC heeft hooguit één signaal per batch nodig. Microsofts figuur tekent dit blok niet.'
		},
		'root-video-emulator': {
			label: 'S3-video',
			description:
				"De geëmuleerde S3-videokaart (VESA 2.0) van een generatie 1-VM, nagebootst in het workerproces in user mode van de root. Virtual Server documenteerde hem als S3 Trio 32/64 met 4 MB videogeheugen; Hyper-V gebruikt waarschijnlijk hetzelfde model. Enlightened gasten kunnen een synthetisch videodevice via VMBus gebruiken; generatie 2-VM's hebben geen S3-kaart. Microsofts figuur tekent dit blok niet."
		},
		'root-input-emulator': {
			label: 'i8042 (PS/2)',
			description:
				'De geëmuleerde i8042-toetsenbordcontroller met PS/2-toetsenbord en -muis, onderdeel van het virtuele moederbord in het workerproces (user mode, root). In Windows Server 2008 liep het toetsenbord waarschijnlijk altijd via deze emulatie, omdat het synthetische toetsenbord pas later kwam; de integration components voegden naar verluidt een synthetische muis via VMBus toe. Microsofts figuur tekent dit blok niet.'
		},
		'root-pic-emulator': {
			label: '8259 PIC',
			description:
				'Twee gecascadeerde 8259-interruptcontrollers, met de rest van de generatie 1-chipset geëmuleerd in het workerproces (user mode, root). Completion-interrupts van geëmuleerde devices bereiken de gast via deze geëmuleerde PIC of de geëmuleerde I/O APIC, en naar onze schatting kosten de EOI-schrijfacties van de gast één of twee extra intercepts per request. Microsofts figuur tekent dit blok niet.'
		},
		'root-vmms': {
			label: 'VMMS',
			description:
				"De Virtual Machine Management Service (vmms.exe) draait in user mode in de rootpartitie en houdt de status van alle VM's bij: aanmaken, starten, stoppen, snapshots. Hij biedt de WMI-beheerinterface aan en start voor elke draaiende VM een workerproces. Voor partitiediensten gebruikt hij VID, maar zelf speelt hij geen rol op de I/O-paden."
		},
		'root-wmi': {
			label: 'WMI',
			description:
				"De WMI-provider, in de figuur binnen het VMMS-blok getekend, is het programmeerbare beheeroppervlak van Hyper-V in user mode van de root; beheertools en scripts sturen VM's hierlangs aan. In de tijd van 2008 en R2 was dat de namespace root\\virtualization, zoals de referentie van Microsoft voor de klassen laat zien; met Windows Server 2012 kwam naar verluidt een v2-namespace. Voor gast-I/O speelt WMI geen rol."
		},
		'root-vsp': {
			label: 'VSPs',
			description:
				"Virtualization Service Providers draaien alleen in de rootpartitie; het artikel uit 2008 plaatste ze ten onrechte in het gast-OS, waar de VSC's zitten. Dit vak staat voor de VSP's in kernel mode: StorVSP voor opslag en de netwerk-VSP in de virtuele switch, die het gastpakket uit de ringbuffer halen en de I/O uitvoeren via I/O-stack en drivers van de root, zonder omweg via het workerproces. Synthetische video, muis en de integration services worden juist vanuit het workerproces bediend (gemeld voor latere builds)."
		},
		'root-vid': {
			label: 'VID',
			description:
				'De Virtualization Infrastructure Driver (vid.sys) draait in kernel mode in de root en levert partitie-, virtuele-processor- en geheugendiensten, tussen VMMS en de workerprocessen erboven en WinHv eronder. Op het emulatiepad ontvangt hij waarschijnlijk de interceptberichten van de hypervisor en wekt hij het workerproces dat het device beheert; Microsoft heeft die interne werking niet gepubliceerd.'
		},
		'root-io-stack': {
			label: 'I/O-stack',
			description:
				'De gewone Windows-I/O-stack van de rootpartitie in kernel mode: bestandssystemen, storagelagen en netwerk. Beide devicepaden komen hier uit: een VSP maakt van een gastpakket een request op het VHD-bestand of de pass-through-disk, en het workerproces stuurt de echte I/O van zijn geëmuleerde devices op dezelfde manier. Van hieruit gaan requests naar de fysieke drivers.'
		},
		'root-drivers': {
			label: 'Drivers',
			description:
				"Gewone 64-bit Windows-drivers, ook die van derden, in kernel mode in de root. Dat ze hier zitten en niet in de hypervisor, noemt Microsoft een microkernelized ontwerp; ze sturen de fysieke disks en NIC's aan voor alle partities. De keerzijde, die het artikel uit 2008 wegliet: een falende driver kan de root laten crashen, en dan gaan alle childpartities mee onderuit."
		},
		'root-winhv': {
			label: 'WinHv',
			description:
				'De Windows Hypervisor Interface Library (winhv.sys) draait in kernel mode in de root en verpakt hypercalls in de gewone Windows-aanroepconventies. VID bereikt de hypervisor vermoedelijk hierlangs, bijvoorbeeld om partities aan te maken, intercepts te installeren en een gepauzeerde virtuele processor te hervatten. In Microsofts figuur is dit de doorgetrokken lijn van de root naar het Hypercalls-blok.'
		},
		'root-vmbus': {
			label: 'VMBus',
			description:
				'De rootkant van VMBus, in kernel mode: biedt elk synthetisch device als kanaal aan een childpartitie aan en geeft binnenkomende pakketten door aan de juiste VSP, in de kernel of, voor video, muis en de integration services, hogerop in het workerproces. Een kanaal is een paar ringbuffers in gastgeheugen dat met de root gedeeld wordt, met SynIC-events als deurbel. Het artikel uit 2008 noemde VMBus een geëmuleerde omgeving, maar het is gedeeld geheugen en emuleert niets.'
		},

		'win-apps': {
			label: 'Applicaties',
			description:
				'Gewone applicaties in user mode in een enlightened Windows-gast. Ze hoeven niet aangepast te worden: hun bestands- en netwerkaanroepen gaan door de I/O-stack van de gastkernel zoals op fysieke hardware, en pas de drivers daaronder bepalen dat het request via VMBus gaat.'
		},
		'win-io-stack': {
			label: 'I/O-stack',
			description:
				'De eigen Windows-I/O-stack van de gast in kernel mode (bestandssysteem, storage- en netwerklagen), in Microsofts figuur samen met de drivers getekend. In een enlightened gast eindigen requests bij een VSC in plaats van bij een driver voor geëmuleerde hardware. Met integration components stuurt een filter zelfs I/O naar IDE-disks via VMBus, zodat de geëmuleerde IDE-controller alleen nog voor het booten dient.'
		},
		'win-vsc': {
			label: 'VSCs/ICs',
			description:
				"Virtualization Service Clients en integration components in de enlightened Windows-childpartitie. De VSC's zijn synthetische devicedrivers in kernel mode (opslag, netwerk, video, muis) die verzoeken als VMBus-pakket naar hun VSP in de root sturen; een leesopdracht bevat het SCSI-commando plus de gastpagina's van de buffer. De integration services van 2008 (afsluiten, tijdsynchronisatie, gegevensuitwisseling (KVP), heartbeat en VSS-back-up) draaien als Windows-services in user mode (vmicheartbeat, vmicshutdown enzovoort, in vmicsvc.exe) boven op de VMBus-driver in kernel mode."
		},
		'win-winhv': {
			label: 'WinHv',
			description:
				'Dezelfde Windows Hypervisor Interface Library als in de root, in kernel mode in een enlightened Windows-gast, waar hij driververzoeken omzet in hypercalls. Signalen van de gast naar de root, zoals het event dat een VSP wekt zodra er een pakket in een lege ring staat, gaan vermoedelijk via deze library. Microsofts figuur tekent de lijn naar het Hypercalls-blok gestippeld.'
		},
		'win-vmbus': {
			label: 'VMBus',
			description:
				'De VMBus-driver van de gast, in kernel mode. Hij accepteert de kanaalaanbiedingen (offers) van de root, alloceert per kanaal de ringbuffers in gastgeheugen en deelt die met de root als lijst van gastpaginanummers (een GPADL). Hij seint de root alleen als een uitgaande ring van leeg naar niet-leeg gaat, en krijgt de antwoorden van de root binnen als SynIC-interrupts.'
		},

		'linux-apps': {
			label: 'Applicaties',
			description:
				"Gewone programma's in user mode in een enlightened Linux-gast. Ze draaien ongewijzigd: hun reads, writes en socketaanroepen gaan door de Linux-kernel, waarvan de Hyper-V-drivers ze via VMBus naar de root brengen."
		},
		'linux-io-stack': {
			label: 'I/O-stack',
			description:
				'De bestandssysteem-, block-, SCSI- en netwerklagen van de Linux-kernel, in kernel mode in de gast, in Microsofts figuur samen met de drivers getekend. Een diskread gaat via de SCSI-laag naar de storvsc-driver; netwerkpakketten gaan naar netvsc.'
		},
		'linux-vsc': {
			label: 'Linux VSCs/ICs',
			description:
				"De Hyper-V-drivers van Linux in de gastkernel: hv_storvsc voor disks, hv_netvsc voor netwerk (RNDIS over VMBus), hv_utils voor heartbeat, tijdsynchronisatie, shutdown, KVP en VSS, plus drivers voor muis en framebuffer. De eerste storage- en netwerk-VSC's kwamen in 2008 als Linux Integration Components voor SLES 10; in 2009 gaf Microsoft ze vrij onder de GPL en kwamen ze in Linux 2.6.32."
		},
		'linux-hv': {
			label: 'LinuxHv',
			description:
				"De naam in de figuur voor de hypercall-laag van de gastkernel (nu arch/x86/hyperv en drivers/hv/hv.c), in kernel mode. Hij zet de hypercall-pagina op en doet HvCallPostMessage en HvCallSignalEvent (als fast call via registers). De Linux-IC's van 2008 hadden ook een hypercall-adapter die calls van een Xen-enabled Linux-kernel omzette; anders dan het artikel uit 2008 stelt, had die niets met Citrix XenServer te maken."
		},
		'linux-vmbus': {
			label: 'VMBus',
			description:
				'De hv_vmbus-driver in de gastkernel, die VMBus als Linux-bus modelleert (/sys/bus/vmbus) en drivers aan kanalen koppelt op de class-GUID van elke kanaalaanbieding. Hij verstuurt besturingsberichten met HvCallPostMessage en ontvangt verkeer op SINT2. Om de root te seinen zet hij een bit in een gedeelde monitorpagina, zonder hypercall, of roept hij HvCallSignalEvent aan; huidige kernels ondersteunen 2008-hosts niet meer.'
		},

		'legacy-apps': {
			label: 'Applicaties',
			description:
				'Applicaties in user mode in een gast zonder enig besef van Hyper-V, bijvoorbeeld een OS zonder integration components. Ze draaien ongewijzigd en merken niet dat elke devicetoegang onder hen geëmuleerd wordt.'
		},
		'legacy-kernel': {
			label: 'Kernel',
			description:
				'De ongewijzigde kernel van een niet-enlightened gast, in kernel mode, getekend als één Kernel-blok zonder VMBus, VSC of WinHv. Hij denkt dat hij op een echte generatie 1-pc draait (440BX-chipset, PIIX4-IDE, S3-video, 21140-NIC), dus al zijn devicetoegang wordt door de hypervisor onderschept en in het workerproces van de root geëmuleerd.'
		},
		'legacy-drivers': {
			label: 'Drivers (geëmuleerd)',
			description:
				'De gewone drivers van de gast voor de geëmuleerde hardware (IDE, 21140-NIC, S3-video, PS/2, 8259 PIC), in kernel mode van de gast. Elke I/O-poortinstructie of MMIO-toegang tot een deviceregister verlaat de gast als intercept; één geëmuleerde IDE-DMA-read kost er naar schatting 10 tot 13. Microsofts figuur tekent deze drivers niet.'
		},

		'hv-hypercalls': {
			label: 'Hypercalls',
			description:
				'De aanroepinterface van de hypervisor, een soort systeemaanroep voor partities. Een gastkernel roept een hypercall-pagina aan die de hypervisor voor hem inricht, met de instructie van de processorfabrikant (vermoedelijk VMCALL bij Intel, VMMCALL bij AMD); RCX bevat callcode, fast-vlag en rep-teller. Op onze paden: HvCallSignalEvent als VMBus-deurbel, HvCallInstallIntercept en HvCallSetVpRegisters voor emulatie.'
		},
		'hv-synic': {
			label: 'SynIC',
			description:
				"De synthetische interruptcontroller van de hypervisor: elke virtuele processor heeft 16 synthetische interruptbronnen (SINT0 gereserveerd voor hypervisorberichten), een berichtenpagina en een eventvlaggenpagina, ingesteld via MSR's. VMBus draait erop: een signaal zet een vlagbit in de eventpagina van het doel en activeert diens SINT, en een bericht draagt tot 240 bytes. Microsofts figuur tekent dit blok niet."
		},
		'hv-msrs': {
			label: 'MSRs',
			description:
				'Synthetische model-specific registers in het bereik 0x40000000, afgehandeld door de hypervisor. Een gast schrijft zijn OS-identiteit naar 0x40000000 en het adres van zijn hypercall-pagina naar 0x40000001; andere bevatten de processorindex, de referentieklok en de SynIC-instellingen. Enlightened gasten doen APIC-EOI, -ICR en -TPR via MSR 0x40000070 t/m 72: een goedkopere exit dan een te decoderen APIC-paginatoegang.'
		},
		'hv-apic': {
			label: 'APIC',
			description:
				'Interruptvirtualisatie in de hypervisor. Partities krijgen nooit fysieke interrupts: de hypervisor vangt ze op en stuurt ze naar de juiste partitie, en zelfs de root mag niet aan de memory-mapped registers van de lokale APIC komen. Synthetische I/O wordt afgerond met een SynIC-interrupt, terwijl de completion van een geëmuleerd device naar de geëmuleerde interruptcontroller van de gast gaat.'
		},
		'hv-scheduler': {
			label: 'Scheduler',
			description:
				'De scheduler van de hypervisor verdeelt virtuele processors over de fysieke logische processors. Een gast die te lang op een lock spint, kan dat melden met HvCallNotifyLongSpinWait, zodat de lockhouder aan de beurt komt. Op het emulatiepad wacht alleen de onderschepte virtuele processor op de emulatie in de root; de andere virtuele processors van de gast draaien door.'
		},
		'hv-address': {
			label: 'Adres\u00ADbeheer',
			description:
				"Houdt partities in het geheugen van elkaar gescheiden. De fysieke gastadressen van de root zijn gelijk aan de echte; een child ziet alleen de pagina's die zijn parent voor hem mapt, en een MMIO-adres zonder geheugen erachter leidt naar de root. Windows Server 2008 had geen SLAT, dus hield de hypervisor shadow page tables bij; volgens Microsoft verlaagde SLAT in R2 de CPU-overhead van circa 10% naar circa 2%."
		},
		'hv-partitions': {
			label: 'Partitie\u00ADbeheer',
			description:
				'Maakt partities aan, initialiseert en verwijdert ze en beheert per partitie het privilegemasker. Alleen een partitie met het privilege CreatePartitions mag childpartities aanmaken, en in Windows Server 2008 was dat alleen de root; die gebruikt hypercalls als HvCallCreatePartition en stelt geheugen beschikbaar (deposit) voor de eigen structuren van de hypervisor. De root zelf bouwt de hypervisor bij het booten op.'
		},
		'hv-intercepts': {
			label: 'Intercepts',
			description:
				'Zo vangt de hypervisor devicetoegang op die hij niet zelf afhandelt: de root installeert intercepts op I/O-poorten, en geëmuleerde MMIO-adressen blijven ongemapt. Raakt een gast er een aan, dan gaat de processor naar de hypervisor, die die virtuele processor pauzeert en een interceptbericht naar de root stuurt; na de emulatie hervat de root hem. Microsofts figuur tekent dit blok niet.'
		},

		'hw-disk': {
			label: 'Schijf',
			description:
				"De fysieke disk of LUN, uitsluitend aangestuurd door de drivers van de rootpartitie. Hij bevat de VHD-bestanden van de VM's, of gaat in zijn geheel als pass-through-disk naar één VM (offline in de root). Microsofts figuur tekent hem niet, omdat devicetoegang altijd via de root loopt; wij voegen hem toe als eindpunt van de I/O-paden."
		},
		'hw-nic': {
			label: 'NIC',
			description:
				"De fysieke netwerkadapter, uitsluitend aangestuurd door de driver in de rootpartitie. Synthetische NIC's bereiken hem via de virtuele switch in de root, en de geëmuleerde 21140 waarschijnlijk ook. Microsofts figuur tekent hem niet, omdat devicetoegang altijd via de root loopt; wij voegen hem toe als eindpunt van de I/O-paden."
		},
		'hw-cpu': {
			label: 'Processors',
			description:
				"De fysieke x64-processors, die hardwarevirtualisatie (Intel VT of AMD-V) en hardware-DEP nodig hebben (Intel XD of AMD NX; het artikel uit 2008 schreef 'NS'). Gastcode draait rechtstreeks op deze cores, maar alleen de hypervisor heeft er zeggenschap over: hij plant de virtuele processors van elke partitie in en handelt de fysieke interrupts af. De eerste Hyper-V-release ondersteunde 16 logische processors, naar verluidt 24 na een update eind 2008."
		},
		'hw-memory': {
			label: 'Geheugen',
			description:
				"Het fysieke geheugen, uitgedeeld door het adresbeheer van de hypervisor. De fysieke gastadressen van de root zijn gelijk aan de echte; een child krijgt alleen de pagina's die zijn parent voor hem mapt, en de hypervisor bouwt zijn structuren per partitie uit geheugen dat de root beschikbaar stelt (deposit). De eerste release ondersteunde naar verluidt tot 1 TB hostgeheugen, niet de 2 TB uit het artikel van 2008."
		}
	},
	events: {
		'os.load': 'Windows laadt',
		'hypervisor.launch': 'hypervisor gestart',
		'hypervisor.takeMemory': 'neemt het geheugen over',
		'vmbus.requestOffers': 'REQUESTOFFERS',
		'vmbus.versionResponse': 'VERSION_RESPONSE',
		'vmbus.offersDelivered': 'ALLOFFERS_DELIVERED',
		'guest.send': 'gast schrijft een pakket',
		'host.receive': 'host leest het pakket',
		'host.send': 'host schrijft een antwoord',
		'guest.receive': 'gast leest het antwoord',
		'gpadl.teardown': 'GPADL afgebroken',
		'host.rescind': 'aanbod ingetrokken',
		'hypercall.issue': 'hypercall gedaan',
		'hv.dispatch': 'callcode opgezocht',
		'hv.validate': 'invoer gecontroleerd',
		'hv.authorize': 'recht gecontroleerd',
		'hv.checkAlignment': 'uitlijning gecontroleerd',
		'hv.execute': 'call uitgevoerd',
		'hv.return': 'resultaat in RAX',
		'op.start': 'bewerking begint',
		'op.finish': 'bewerking klaar',
		'vsc.request': 'verzoek aan de VSC',
		'vhd.locate': 'blok gevonden',
		'vhd.lookup': 'BAT opgezocht',
		'vhd.resolve': 'sector bepaald',
		'vm.snapshot': 'snapshot gemaakt',
		'vm.deleteSnapshot': 'snapshot verwijderd, het bestand wacht op samenvoegen',
		'vm.pause': 'VM gepauzeerd',
		'state.restore': 'toestand hersteld',
		migrate: 'migratie begint',
		'precopy.pass': 'pre-copyronde'
	}
};

export default text;
