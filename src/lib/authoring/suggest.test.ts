/**
 * A trainer fixing a lesson file sees every problem in one pass, and for a wrong name the nearest right ones and
 * the whole list of what is valid there; beside the editor, what the machine accepts after every step.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventTypesOf } from '$lib/model/machines';
import { stepViews } from './accepts';
import { explain } from './explain';
import { lenientOf } from './lenient';
import { parseAuthoredLesson } from './parse';
import { editDistance, nearest } from './suggest';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const example = (): Json => JSON.parse(readFileSync('static/example-lesson.json', 'utf8'));
const errorsOf = (lesson: Json) => {
	const result = parseAuthoredLesson(JSON.stringify(lesson));
	if (result.ok) throw new Error('expected the file to be refused');
	return result.errors;
};

describe('one pass', () => {
	it('reports schema, narration, event and replay problems of one file together', () => {
		const lesson = example();
		lesson.steps[0].sources = ['S99']; // the schema
		lesson.minutes = 0; // the schema
		delete lesson.narration.nl.steps.ring; // narration against steps
		lesson.steps[2].events = ['vsc.requets']; // an event the machine does not know
		lesson.steps[5].events = ['vmbus.signal']; // the second run: refused where it stands
		const found = errorsOf(lesson).map((e) => `${e.path} ${e.code}`);
		expect(found).toEqual(
			expect.arrayContaining([
				'steps[0].sources[0] unknown_source',
				'minutes too_small',
				'narration.nl.steps narration_missing',
				'steps[2].events[0] unknown_event',
				'steps[5].events[0] not_accepted'
			])
		);
	});

	it('reports a refusal in every run, not just the first', () => {
		const lesson = example();
		lesson.steps[3].events = ['io.complete'];
		lesson.steps[5].events = ['io.complete'];
		const refused = errorsOf(lesson).filter((e) => e.code === 'not_accepted');
		expect(refused.map((e) => e.path)).toEqual(['steps[3].events[0]', 'steps[5].events[0]']);
	});

	it('does not repeat a problem as refusals further down the same run', () => {
		const lesson = example();
		lesson.steps[1].events = ['io.sumbit'];
		const errors = errorsOf(lesson);
		expect(errors.map((e) => e.code)).toEqual(['unknown_event']);
	});
});

describe('suggestions', () => {
	it('suggests the nearest event and lists every event the machine knows', () => {
		const lesson = example();
		lesson.steps[2].events = ['vsc.requets'];
		const [error] = errorsOf(lesson);
		expect(error!.suggestions).toEqual(['vsc.request']);
		expect(error!.valid).toEqual([...eventTypesOf('diskRead')]);
		expect(explain(error!, 'en')).toContain('Did you mean `vsc.request`');
		expect(explain(error!, 'nl')).toContain('Bedoel je `vsc.request`');
	});

	it('for a refused event, lists what the machine accepts at that point', () => {
		const lesson = example();
		lesson.steps[2].events = ['vmbus.write'];
		const [error] = errorsOf(lesson);
		expect(error!.code).toBe('not_accepted');
		expect(error!.valid).toEqual(['vsc.request']);
		expect(error!.suggestions).toEqual([]);
	});

	it('suggests source keys and machines by spelling, whatever the case', () => {
		const lesson = example();
		lesson.steps[0].sources = ['s5'];
		lesson.machine = 'diskread';
		const errors = errorsOf(lesson);
		const source = errors.find((e) => e.code === 'unknown_source')!;
		expect(source.suggestions).toEqual(['S5']);
		expect(source.valid).toContain('S31');
		const machine = errors.find((e) => e.code === 'unknown_machine')!;
		expect(machine.suggestions).toEqual(['diskRead']);
		expect(explain(machine, 'en')).toBe(
			'There is no machine called diskread. The guide lists the machines. Did you mean `diskRead`?'
		);
	});

	it('offers nothing for a value that is not close to any', () => {
		expect(nearest('completely-different', ['io.submit', 'io.complete'])).toEqual([]);
		expect(nearest('disk.submit', ['io.submit', 'io.complete'])).toEqual(['io.submit']);
		expect(editDistance('io.compelte', 'io.complete')).toBe(1);
	});
});

describe('what the machine accepts at each step', () => {
	it('follows the example lesson step by step, a new run starting afresh', () => {
		const views = stepViews(lenientOf(example()));
		expect(views.map((v) => v.id)).toEqual([
			'start',
			'stack',
			'storvsc',
			'ring',
			'signal',
			'without'
		]);
		expect(views[0]!.accepts).toEqual(['io.submit']);
		expect(views[1]!.accepts).toEqual(['vsc.request']);
		expect(views.every((v) => v.state !== undefined && v.refused === undefined)).toBe(true);
	});

	it('shows where a broken file stops and what was accepted there', () => {
		const lesson = example();
		lesson.steps[2].events = ['vmbus.write'];
		const views = stepViews(lenientOf(lesson));
		expect(views[2]).toMatchObject({ refused: 'vmbus.write', accepts: ['vsc.request'] });
		expect(views[3]!.state).toBeUndefined();
		// The second run is replayed on its own.
		expect(views[5]!.state).toBeDefined();
	});
});
