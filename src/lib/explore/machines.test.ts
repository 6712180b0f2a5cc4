import { describe, expect, it } from 'vitest';
import { machines } from '$lib/model/machines';
import { playRun } from '$lib/model/run';
import { play } from './compare';
import { allConfigs, runOf } from './config';
import { exploreMachines } from './machines';

describe("explore's own machines", () => {
	it('are the model registry’s machines, not copies', () => {
		for (const [id, machine] of Object.entries(exploreMachines))
			expect(machine).toBe(machines[id as keyof typeof exploreMachines]);
	});

	it('play every run explore can configure as the registry plays it', () => {
		for (const config of allConfigs) {
			const run = runOf(config);
			expect(Object.keys(exploreMachines), JSON.stringify(config)).toContain(run.machine);
			expect(play(run).events).toEqual(playRun(run).events);
		}
	});
});
