import type { LessonNarration } from '$lib/lessons/types';

const narration: LessonNarration = {
	title: 'Integration services, één voor één',
	summary:
		'De vier integration services naast heartbeat, elk op een eigen VMBus-kanaal: de host vraagt een gast af te sluiten, stuurt hem de tijd, wisselt key/value-gegevens met hem uit en laat hem een live back-up voorbereiden. Volg elk bericht en zie wie het in de root bedient.',
	objectives: [
		'Zeggen welke kant elke service begint: afsluiten, tijdsynchronisatie, gegevensuitwisseling (KVP) en back-up (VSS).',
		'Uitleggen dat een integration service een VMBus-device is met het workerproces als hostkant.',
		'Vertellen waarom gasten tijdsynchronisatie nodig hebben, waarom KVP geen netwerk nodig heeft en wat VSS aan een back-up op de host toevoegt.'
	],
	steps: {
		'timesync-offer': {
			title: 'Een kanaal voor tijdsynchronisatie',
			text: 'De host biedt de tijdsynchronisatieservice aan zoals elk synthetisch apparaat, en de gast koppelt zijn tijdservice eraan. De gast stuurt een GPADL voor de ringen met HvCallPostMessage, een hypercall.',
			notes:
				'Elk van de vijf services uit 2008 heeft een eigen kanaal; deze les volgt er vier, de les over integration components volgde heartbeat.'
		},
		'timesync-open': {
			title: 'Het workerproces neemt het kanaal',
			text: 'OPENCHANNEL komt aan in de root, maar geen VSP in de kernel bedient dit apparaat: de VMBus-driver van de root geeft het door aan het workerproces van de VM, in user mode. Dat is gedocumenteerd voor latere builds en onze schatting voor 2008.',
			notes:
				"Vraag vóór het antwoord welk vak het kanaal opent. De VSP's voor opslag en netwerk zijn kerneldrivers; video, muis en de integration services zitten in het workerproces."
		},
		'timesync-send': {
			title: 'De host stuurt zijn tijd',
			text: 'Het kanaal is open, en het workerproces schrijft de tijd van de host in de inkomende ring van de gast; de gast krijgt een signaal omdat de ring leeg was. Hier spreekt de host en luistert de gast alleen.',
			notes: 'Wijs de tellers aan: vijf opzetberichten, dan één pakket en één signaal.'
		},
		'timesync-adjust': {
			title: 'De gast zet zijn klok gelijk',
			text: 'De tijdservice van de gast leest de tijd van de host en corrigeert zijn eigen klok. Een gast leest zijn real-time clock alleen bij het opstarten en loopt daarna uit de pas, dus zonder deze service dwaalt zijn tijd af.',
			notes:
				'Dat gasten zonder deze service uit de pas lopen, en dat Microsoft aanraadt hem ook in een domein aan te laten, komt uit een secundaire bron.'
		},
		kvp: {
			title: 'Gegevensuitwisseling (KVP)',
			text: 'Een tweede kanaal, op dezelfde manier opgezet, voor gegevensuitwisseling. Nu spreekt de gast eerst: hij stuurt key/value-paren die hij in zijn register bijhoudt.',
			notes: 'De gast publiceerde die paren zonder enige netwerkverbinding: alleen VMBus.'
		},
		'kvp-host': {
			title: 'Paren in beide richtingen',
			text: 'De root leest de paren van de gast, en de host schrijft een eigen paar voor de gast in de ring. Beide richtingen delen het ene kanaal, en elke kant krijgt alleen een signaal als zijn ring leeg was.',
			notes:
				'Vraag wat een beheerder hiermee kan: de naam van een gast uitlezen, hem een instelling meegeven.'
		},
		'kvp-guest': {
			title: 'In het register van de gast',
			text: 'De gegevensuitwisselingsservice van de gast leest het paar van de host en zet het in zijn register, waar software in de gast het kan lezen. Geen netwerk, geen gedeelde map: key/value-strings over VMBus.',
			notes: 'Daarom werkt KVP ook in een VM zonder netwerkadapter.'
		},
		vss: {
			title: 'Back-up (VSS)',
			text: 'Een derde kanaal, voor back-ups. Een back-up op de host wil de schijf van deze draaiende VM kopiëren, dus vraagt de host de gast via de ring zich voor te bereiden.',
			notes:
				'Gasten met Windows 2000 hadden deze service in 2008 niet; de andere gasten met integration components wel.'
		},
		'vss-freeze': {
			title: 'De gast maakt zijn gegevens consistent',
			text: 'De back-upservice van de gast treedt op als VSS-requestor: zijn applicaties schrijven hun gegevens weg en houden nieuwe schrijfacties even vast. Daarna antwoordt hij dat de gast klaar is.',
			notes:
				'Op Linux is hetzelfde idee een freeze en thaw van de bestandssystemen op verzoek van de host, in 2013 aan de kernel toegevoegd.'
		},
		'vss-done': {
			title: 'Een consistente back-up van een draaiende VM',
			text: 'De root heeft het antwoord, dus maakt de host zijn schaduwkopie van het volume met de VHD, en de gast gaat verder. De back-up is consistent, en de VM is nooit gestopt.',
			notes:
				'Het model eindigt bij het antwoord; de schaduwkopie op de host en het vrijgeven van de schrijfacties in de gast staan alleen in woorden. Vraag: wat zou de back-up waard zijn zonder deze stap?'
		},
		shutdown: {
			title: 'Graag afsluiten',
			text: 'Een vierde kanaal, voor afsluiten. Shut Down in Hyper-V Manager laat het workerproces een afsluitverzoek in de inkomende ring van de gast schrijven.',
			notes:
				'Vergelijk met Turn Off, dat de stekker eruit trekt: geen bericht aan de gast, en wat de gast nog niet had weggeschreven, is weg.'
		},
		'shutdown-guest': {
			title: 'De gast sluit zichzelf af',
			text: 'De afsluitservice van de gast leest het verzoek, start een ordelijke afsluiting van het besturingssysteem en antwoordt dat hij dat doet. Applicaties sluiten en bestandssystemen schrijven alles weg, net als bij afsluiten vanaf de console.',
			notes:
				'Zonder deze service kan de host de VM alleen uitzetten, of moet iemand op de gast inloggen en hem met de hand afsluiten.'
		},
		'shutdown-done': {
			title: 'De kanalen gaan dicht',
			text: 'De root haalt het antwoord uit zijn ring. Terwijl de gast afsluit, stoppen zijn drivers en sluiten ze naar onze schatting hun kanalen op de gewone manier: CLOSECHANNEL en een GPADL-teardown.',
			notes:
				'Als de gast klaar is, staat de VM uit en stopt zijn workerproces. Tel de pakketten: één verzoek, één antwoord, twee signalen.'
		}
	},
	questions: {
		'who-serves': {
			prompt:
				'De gast heeft de tijdsynchronisatieservice gekoppeld en zijn GPADL gestuurd. Wie neemt OPENCHANNEL aan in de root? Klik op het vak.',
			explanation:
				"Het workerproces van de VM, in user mode: de VMBus-driver van de root geeft kanalen van integration services aan het workerproces door, terwijl opslag- en netwerkkanalen naar VSP's in de kernel gaan (gedocumenteerd voor latere builds, onze schatting voor 2008)."
		},
		'shutdown-what': {
			prompt: 'Wat kan de host met de afsluitservice?',
			options: {
				'clean-shutdown': 'Het gast-OS vragen zichzelf netjes af te sluiten',
				'power-off': 'De stroom van de VM afsluiten',
				'save-state': 'Het geheugen van de VM op schijf opslaan',
				pause: 'De virtuele processors pauzeren'
			},
			explanation:
				'De host stuurt een verzoek en de gast sluit zijn eigen besturingssysteem ordelijk af. Uitzetten, opslaan en pauzeren hebben geen service in de gast nodig.'
		},
		'time-drift': {
			prompt: 'Waarom heeft een gast de tijdsynchronisatieservice nodig?',
			options: {
				'rtc-at-boot':
					'Hij leest zijn real-time clock alleen bij het opstarten en loopt daarna uit de pas, zoals een secundaire bron uitlegt',
				'no-network': 'Een VM kan geen tijdserver op het netwerk bereiken',
				'daylight-saving': 'Hyper-V geeft de zomertijd niet door',
				'hypervisor-clock': 'De hypervisor heeft geen eigen klok'
			},
			explanation:
				'Een gast leest zijn klok bij het opstarten en houdt daarna zelf de tijd bij; doordat hij soms niet ingepland is, loopt hij uit de pas. De service corrigeert hem steeds vanaf de host.'
		},
		'kvp-network': {
			prompt:
				'Wat heeft gegevensuitwisseling (KVP) nodig om een key/value-paar in een gast te krijgen?',
			options: {
				'over-vmbus': 'Alleen zijn VMBus-kanaal: geen netwerkverbinding',
				'needs-network': 'Een netwerkverbinding tussen host en gast',
				'needs-wmi-remoting': 'WMI op afstand, aangezet in de gast'
			},
			explanation:
				'De paren zijn strings die over het VMBus-kanaal van de service gaan en in het register van de gast terechtkomen, dus ook een VM zonder netwerkadapter kan ze uitwisselen.'
		},
		'vss-gain': {
			prompt: 'Wat geeft de back-upservice (VSS) een back-up die op de host wordt gemaakt?',
			options: {
				'consistent-live': 'Een consistente kopie van een VM die blijft draaien',
				'offline-only': 'Niets: de VM moet eerst uit',
				'faster-copy': 'Een snellere kopie, maar geen consistente',
				'no-snapshot': 'Een back-up zonder schaduwkopie'
			},
			explanation:
				'De applicaties in de gast schrijven hun gegevens weg en houden schrijfacties even vast terwijl de host zijn schaduwkopie maakt, dus de kopie is consistent en de VM stopt nooit.'
		}
	}
};

export default narration;
