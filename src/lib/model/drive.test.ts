import { describe, expect, it } from 'vitest';
import { diskReadMachine } from './diskRead.machine';
import { playToEnd } from './drive';

describe('playing a machine to its end', () => {
	it('plays the synthetic disk read from the application back to the application', () => {
		const played = playToEnd(diskReadMachine, { guest: 'enlightened' });
		expect(played.snapshot.hasTag('completed')).toBe(true);
		expect(played.hops[0]).toBe('win-apps');
		expect(played.hops.at(-1)).toBe('win-apps');
		expect(played.hops).not.toContain('root-vmwp');
	});

	it('stops where nothing is accepted, and after its step limit', () => {
		expect(playToEnd(diskReadMachine, { guest: 'unenlightened' }, 3).states).toHaveLength(4);
	});
});
