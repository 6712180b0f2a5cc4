/**
 * The published JSON Schema (/lesson.schema.json, a prerendered route) is generated from the app's valibot
 * schema and the machine folders: what an editor hints and what the app checks cannot part ways.
 */
import { describe, expect, it } from 'vitest';
import { descriptors, eventTypesOf } from '$lib/model/machines';
import { machineIds } from '$lib/model/machine-ids';
import { GET } from '../../routes/lesson.schema.json/+server';
import { lessonJsonSchema } from './json-schema';

const served = await (await GET({} as Parameters<typeof GET>[0])).text();
const schema = JSON.parse(served);

describe('the published lesson JSON Schema', () => {
	it('is served as the one generated from the valibot schema', () => {
		expect(schema).toEqual(lessonJsonSchema());
	});

	it('lists every machine folder, with what it models and the events it knows', () => {
		expect(schema.$defs.machineId.enum).toEqual([...machineIds]);
		for (const id of machineIds) {
			expect(schema.$defs.machineEvents.properties[id]).toEqual({
				description: descriptors[id].description,
				enum: [...eventTypesOf(id)].sort()
			});
		}
	});

	it('names the machines, source keys and events a file may use', () => {
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

describe('what an editor shows while a trainer types', () => {
	type Field = { [key: string]: unknown };
	/** Every field of the schema, by path, walking properties, list items and maps. */
	const fields = (node: Field, path: string): [string, Field][] => [
		...Object.entries((node.properties ?? {}) as Record<string, Field>).flatMap(([key, child]) => [
			[`${path}.${key}`, child] as [string, Field],
			...fields(child, `${path}.${key}`)
		]),
		...(node.items ? fields(node.items as Field, `${path}[]`) : []),
		...(typeof node.additionalProperties === 'object'
			? fields(node.additionalProperties as Field, `${path}{}`)
			: [])
	];

	it('describes every field of a lesson file', () => {
		const all = fields(schema, '');
		expect(all.length).toBeGreaterThan(25);
		const undescribed = all.filter(([, node]) => !node.description).map(([path]) => path);
		expect(undescribed).toEqual([]);
	});

	it('gives examples for the fields a trainer fills in', () => {
		const byPath = Object.fromEntries(fields(schema, ''));
		for (const path of ['.id', '.machine', '.minutes', '.steps[].events', '.steps[].sources']) {
			expect((byPath[path]!.examples as unknown[] | undefined)?.length, path).toBeGreaterThan(0);
		}
		expect(byPath['.steps[].events']!.examples).toContainEqual(['io.submit']);
	});

	it('says what each machine and source key is, beside its completion', () => {
		expect(schema.$defs.machineId.enumDescriptions).toHaveLength(
			schema.$defs.machineId.enum.length
		);
		const diskRead = schema.$defs.machineId.enum.indexOf('diskRead');
		expect(schema.$defs.machineId.enumDescriptions[diskRead]).toMatch(/disk read/);
		const s31 = schema.$defs.sourceKey.enum.indexOf('S31');
		expect(schema.$defs.sourceKey.enumDescriptions[s31]).toMatch(/Spruijt/);
	});
});
