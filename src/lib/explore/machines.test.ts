import { describe, expect, it } from 'vitest';
import { machines } from '$lib/model/machines';
import { playRun } from '$lib/model/run';
import { play } from './compare';
import { controllers, exploreDevices, exploreGuests, runOf, type RunConfig } from './config';
import { exploreMachines } from './machines';

// Every configuration the pickers can make, with and without integration components.
const configs: RunConfig[] = exploreGuests.flatMap((guest) =>
	exploreDevices.flatMap((device) =>
		[true, false].flatMap((ics) =>
			// The controller only matters for storage.
			(device === 'storage' ? controllers : (['scsi'] as const)).map((controller) => ({
				guest,
				device,
				ics,
				controller
			}))
		)
	)
);

describe("explore's own machines", () => {
	it('are the model registry’s machines, not copies', () => {
		for (const [id, machine] of Object.entries(exploreMachines))
			expect(machine).toBe(machines[id as keyof typeof exploreMachines]);
	});

	it('play every run explore can configure as the registry plays it', () => {
		for (const config of configs) {
			const run = runOf(config);
			expect(Object.keys(exploreMachines), JSON.stringify(config)).toContain(run.machine);
			expect(play(run).events).toEqual(playRun(run).events);
		}
	});
});
