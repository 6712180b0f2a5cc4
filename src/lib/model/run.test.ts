import { describe, expect, it } from 'vitest';
import { diskReadMachine } from './diskRead/diskRead.machine';
import {
	checkRun,
	playRun,
	playToEnd,
	replaySteps,
	ReplayError,
	stepRuns,
	type MachineRun
} from './run';

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

describe('splitting a script into runs', () => {
	const a: MachineRun = { machine: 'diskRead', input: { guest: 'enlightened' } };
	const b: MachineRun = { machine: 'diskRead', input: { guest: 'unenlightened' } };

	it('keeps a run until a step starts another, counting the events sent before each step', () => {
		const runs = stepRuns(a, [
			{ events: ['x'] },
			{ events: ['y', 'z'] },
			{ run: b, events: ['p'] },
			{ events: [] },
			{ events: ['q'] }
		]);
		expect(runs.map((r) => [r.run, r.startedBy, r.fresh, r.before])).toEqual([
			[a, undefined, true, 0],
			[a, undefined, false, 1],
			[b, 2, true, 0],
			[b, 2, false, 1],
			[b, 2, false, 1]
		]);
	});
});

describe('replaying a script', () => {
	const run = { machine: 'diskRead', input: { guest: 'enlightened' } } as const;
	const played = playRun(run);

	it('gives the snapshot after each step and the boxes the request passed, as playing to the end does', () => {
		const steps = [{ events: played.events.slice(0, 3) }, { events: played.events.slice(3) }];
		const replayed = replaySteps(run, steps, (i) => `step ${i + 1}`);
		expect(replayed.map((s) => s.machine)).toEqual(['diskRead', 'diskRead']);
		expect(replayed[1]!.snapshot.value).toEqual(played.snapshot.value);
		expect([...replayed[0]!.trail, ...replayed[1]!.trail.slice(1)]).toEqual(played.hops);
	});

	it('names the step, the state and the event a machine refuses, and says where it stopped', () => {
		const steps = [{ events: played.events.slice(0, 2) }, { events: ['app.complete'] }];
		let thrown: unknown;
		try {
			replaySteps(run, steps, (i) => `Lesson x, step ${i + 1}`);
		} catch (e) {
			thrown = e;
		}
		expect(thrown).toBeInstanceOf(ReplayError);
		expect((thrown as ReplayError).message).toMatch(
			/^Lesson x, step 2: the machine in state .* does not accept "app.complete"$/
		);
		expect((thrown as ReplayError).refusal).toMatchObject({
			step: 1,
			event: 0,
			type: 'app.complete'
		});
	});

	it('checks a run against its machine before replaying it', () => {
		expect(() => checkRun(run, ['io.sumbit'], 'here')).toThrow(
			/here: diskRead knows no event io.sumbit/
		);
		const typo = { machine: 'diskRead', input: { guest: 'enlightend' } } as unknown as MachineRun;
		expect(() => checkRun(typo, [], 'here')).toThrow(/is not one diskRead takes/);
	});
});
