import type { SequenceTitles } from '$lib/lessons/sequences';

const titles: SequenceTitles = {
	foundations: 'De basis',
	io: 'Apparaat-I/O: geëmuleerd en synthetisch',
	inside: 'Onder de motorkap',
	guests: 'Gasten en integratie',
	storage: 'Opslag en snapshots',
	operations: 'Beheer en bedrijfsvoering'
};

export default titles;
