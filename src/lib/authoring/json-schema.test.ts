/**
 * The published JSON Schema must be exactly what the app's valibot schema generates: change one and not the
 * other, and this fails. `npm run schema` (UPDATE_LESSON_SCHEMA=1) writes the file anew.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { machineIds } from '$lib/model/machine-ids';
import { lessonJsonSchema } from './json-schema';

const file = 'static/lesson.schema.json';
const generated = `${JSON.stringify(lessonJsonSchema(), null, '\t')}\n`;
if (process.env.UPDATE_LESSON_SCHEMA) writeFileSync(file, generated);

describe('the published lesson JSON Schema', () => {
	it('is the one generated from the valibot schema', () => {
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(generated));
	});

	it('names the machines, source keys and events a file may use', () => {
		const schema = JSON.parse(readFileSync(file, 'utf8'));
		expect(schema.properties.machine.$ref).toBe('#/$defs/machineId');
		expect(schema.$defs.machineId.enum).toContain('diskRead');
		expect(schema.properties.steps.items.properties.sources.items.$ref).toBe('#/$defs/sourceKey');
		expect(schema.$defs.sourceKey.enum).toContain('S1');
		expect(schema.properties.steps.items.properties.events.items.enum).toContain('vmbus.signal');
		expect(schema.additionalProperties).toBe(false);
		const diskRead = schema.allOf.find(
			(s: { if: { properties: { machine: { const: string } } } }) =>
				s.if.properties.machine.const === 'diskRead'
		);
		expect(diskRead.then.properties.input.properties.guest.enum).toEqual([
			'enlightened',
			'unenlightened'
		]);
	});
});

describe('the authoring guide', () => {
	it('names every machine a file may run', () => {
		const guide = readFileSync('docs/authoring.md', 'utf8');
		const missing = machineIds.filter((id) => !guide.includes(`| \`${id}\``));
		expect(missing).toEqual([]);
	});
});
