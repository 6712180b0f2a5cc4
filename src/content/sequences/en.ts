import type { SequenceTitles } from '$lib/lessons/sequences';

const titles: SequenceTitles = {
	foundations: 'Foundations',
	io: 'Device I/O: emulated and synthetic',
	inside: 'Inside the machinery',
	guests: 'Guests and integration',
	storage: 'Storage and snapshots',
	operations: 'Operations'
};

export default titles;
