/**
 * What an editor shows while a trainer types a lesson file: a description and examples for every field of the
 * published JSON Schema, and a line for each machine and source key in their lists (`enumDescriptions`, which
 * VS Code shows beside each completion). Kept apart from the valibot schema, which is shared with the built-in
 * lessons; json-schema.test.ts fails when a field of the generated schema has no description here.
 */
import { sources } from '$lib/architecture/sources';
import { machineIds } from '$lib/model/machine-ids';
import { machineDescriptions } from '$lib/model/machines';

interface Doc {
	description: string;
	examples?: unknown[];
}

/** The comparison the examples show: the same disk read by an enlightened and an unenlightened guest. */
const compareExample = {
	a: { machine: 'diskRead', input: { guest: 'enlightened' } },
	b: { machine: 'diskRead', input: { guest: 'unenlightened' } }
};

/** The docs of one side of a comparison (`compare.a` or `compare.b`): the run, its machine and its input. */
function compareRunDocs(side: 'a' | 'b', description: string): Record<string, Doc> {
	const run = compareExample[side];
	return {
		[`.steps[].compare.${side}`]: { description, examples: [run] },
		[`.steps[].compare.${side}.machine`]: {
			description: `The machine of run ${side}.`,
			examples: [run.machine]
		},
		[`.steps[].compare.${side}.input`]: {
			description: `The input of run ${side}; its fields depend on the machine.`,
			examples: [run.input]
		}
	};
}

/** Per field, by path: `.steps[].id`; a narration's fields under `.narration.*` for every language. */
export const fieldDocs: Record<string, Doc> = {
	'.$schema': {
		description: 'Where your editor finds this schema; the app ignores it.',
		examples: ['./lesson.schema.json']
	},
	'.id': {
		description:
			'The lesson id: a lowercase slug. Loading a file with the same id again replaces the kept one.',
		examples: ['my-first-lesson']
	},
	'.machine': {
		description: 'The model the lesson runs. Its events are what the steps send.',
		examples: ['diskRead']
	},
	'.input': {
		description:
			"The machine's input (which guest, which disk…); leave out for machines that take none. The fields depend on `machine`.",
		examples: [{ guest: 'enlightened' }]
	},
	'.minutes': {
		description: 'Planned duration in whole minutes (1 to 240), for the presenter’s pacing.',
		examples: [5, 10]
	},
	'.steps': {
		description:
			'1 to 40 steps. Each sends events to the machine, in order, from where the previous step left it.'
	},
	'.steps[].id': {
		description: 'Step id, unique in the lesson: the narration is keyed by it.',
		examples: ['start', 'ring']
	},
	'.steps[].run': {
		description:
			'Start a fresh run before this step: another machine, or the same one with another input. Later steps continue it.',
		examples: [{ machine: 'diskRead', input: { guest: 'unenlightened' } }]
	},
	'.steps[].run.machine': {
		description: 'The machine of the fresh run.',
		examples: ['diskRead']
	},
	'.steps[].run.input': {
		description: 'The input of the fresh run; its fields depend on the run’s machine.',
		examples: [{ guest: 'unenlightened' }]
	},
	'.steps[].events': {
		description:
			'Event names sent to the machine, in order; `[]` shows where the run stands. /author/ shows which events the machine accepts after each step.',
		examples: [[], ['io.submit'], ['vmbus.signal', 'hv.hypercall']]
	},
	'.steps[].sources': {
		description:
			'The source keys this step rests on (at least one); /about/ lists them. Plain links are not accepted.',
		examples: [['S1'], ['S5', 'S2a']]
	},
	'.steps[].predict': {
		description: 'Before this step, the learner clicks the box the request goes to next.',
		examples: [true]
	},
	'.steps[].scene': {
		description:
			'The picture this step is told on: `architecture` (Microsoft’s figure), `cluster` (two hosts and their shared storage) `vhd` (a virtual disk’s layout and its chain), `memory` (the host’s RAM as bars, by both sizing rules), `boot` (the start of a host as a timeline) or `designs` (the same disk read in VMware ESX, Xen and Hyper-V, side by side). Later steps keep it until one names another. Your own lessons are drawn on the architecture figure for now.',
		examples: ['architecture', 'cluster']
	},
	'.steps[].compare': {
		description:
			'Show two runs side by side on the architecture figure, each played to its end in lockstep, with both sets of counters and the ratio of b to a. Name both in each narration (`compare.a`, `compare.b`).',
		examples: [compareExample]
	},
	...compareRunDocs('a', 'The run on the left: the baseline the ratio divides by.'),
	...compareRunDocs('b', 'The run on the right, compared with a.'),
	'.questions': {
		description: 'Leave out, or `[]`: your own lessons have no knowledge check yet.',
		examples: [[]]
	},
	'.narration': {
		description: 'The words, per language: `en`, `nl` or both (at least one).'
	},
	'.narration.*': {
		description: 'The lesson’s words in this language. Plain text only: markup is shown as written.'
	},
	'.narration.*.title': { description: 'The lesson’s title.', examples: ['My first lesson'] },
	'.narration.*.summary': {
		description: 'One or two sentences on what the lesson shows.',
		examples: ['Follow one read from the guest to the disk and back.']
	},
	'.narration.*.objectives': {
		description: 'What the learner can do afterwards: at least one.',
		examples: [['Name the components a synthetic read passes.']]
	},
	'.narration.*.steps': {
		description: 'One entry per step id, exactly: the step’s title and text.'
	},
	'.narration.*.steps{}.title': {
		description: 'The step’s heading.',
		examples: ['Down the storage stack']
	},
	'.narration.*.steps{}.text': {
		description: 'At most two short sentences (320 characters); put the rest in `notes`.',
		examples: ['The read goes down the guest’s own storage stack to StorVSC.']
	},
	'.narration.*.steps{}.correction': {
		description:
			'A highlighted note, as the built-in lessons use for where the 2008 article was wrong.',
		examples: ['The 2008 article says the VSP runs on the guest OS; it runs in the root.']
	},
	'.narration.*.steps{}.notes': {
		description: 'Speaker notes, shown only to the presenter: at most three short sentences.',
		examples: ['Ask who has seen a VMBus channel in Device Manager.']
	},
	'.narration.*.steps{}.compare': {
		description: 'On a step that compares two runs: a short name for each side.',
		examples: [{ a: 'Synthetic (VMBus)', b: 'Emulated IDE' }]
	},
	'.narration.*.steps{}.compare.a': {
		description: 'The name of run a.',
		examples: ['Synthetic (VMBus)']
	},
	'.narration.*.steps{}.compare.b': {
		description: 'The name of run b.',
		examples: ['Emulated IDE']
	},
	'.narration.*.questions': {
		description: 'Leave out, or `{}`: your own lessons have no knowledge check yet.',
		examples: [{}]
	}
};

/** The machine and source-key lists, with a line for each value. */
export const enumDocs = {
	machineId: {
		description: 'A machine: the model a lesson or a run plays on.',
		enumDescriptions: machineIds.map((id) => machineDescriptions[id]),
		examples: ['diskRead']
	},
	sourceKey: {
		description: 'A source key, as the fact sheets and /about/ list them.',
		enumDescriptions: Object.values(sources).map((s) => s.title),
		examples: ['S1']
	}
};
