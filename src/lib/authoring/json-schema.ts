/**
 * The published JSON Schema of a lesson file (served at /lesson.schema.json by src/routes/lesson.schema.json),
 * generated from the valibot schema the app validates with and from the machine folders when the site is built,
 * so an editor's hints and the app's checks cannot part ways. What JSON Schema cannot say (replaying the events, sentence counts, unique
 * ids) stays in the app; machine ids, source keys and event names become enums, and each machine's input an
 * if/then. Run at build time only (a prerendered route): @valibot/to-json-schema is a dev dependency and never
 * reaches the browser.
 */
import { toJsonSchema, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema';
import { sources } from '$lib/architecture/sources';
import { machineId, sourceKey } from '$lib/lessons/schema';
import { machineIds } from '$lib/model/machine-ids';
import { eventTypesOf, inputSchemas, machineDescriptions } from '$lib/model/machines';
import { enumDocs, fieldDocs } from './json-schema-docs';
import { authoredLessonSchema, authoredLocales } from './schema';

const eventNames = [...new Set(machineIds.flatMap((id) => eventTypesOf(id)))].sort();

const config: ConversionConfig = {
	target: 'draft-07',
	// Checks, guards and trimming are the app's own; JSON Schema gets the structure and the enums below.
	ignoreActions: ['check', 'guard', 'trim'],
	overrideSchema: ({ valibotSchema }) => {
		// A machine that takes no input: leave `input` out.
		if (valibotSchema.type === 'undefined') return { not: {} };
		return undefined;
	}
};

/** JSON Schema of one valibot schema, without the `$schema` line (it goes once, at the top). */
const convert = (schema: Parameters<typeof toJsonSchema>[0]): JsonSchema => {
	const converted = toJsonSchema(schema, config);
	delete converted.$schema;
	return converted;
};

type Node = Record<string, unknown>;

/** A narration's path in any locale, documented once as `.narration.*`. */
const narrationPath = new RegExp(`^\\.narration\\.(?:${authoredLocales.join('|')})(?=\\.|$)`);

/** Adds each field's description and examples (json-schema-docs.ts), walking properties, items and maps. */
function document(node: Node, path: string) {
	const doc = fieldDocs[path.replace(narrationPath, '.narration.*')];
	if (doc) Object.assign(node, doc);
	const properties = node.properties as Record<string, Node> | undefined;
	for (const [key, child] of Object.entries(properties ?? {})) document(child, `${path}.${key}`);
	if (node.items && typeof node.items === 'object') document(node.items as Node, `${path}[]`);
	if (node.additionalProperties && typeof node.additionalProperties === 'object') {
		document(node.additionalProperties as Node, `${path}{}`);
	}
}

export function lessonJsonSchema(): JsonSchema {
	// Named, so that every machine id and source key refers to one enum.
	const converted = toJsonSchema(authoredLessonSchema, {
		...config,
		definitions: { machineId, sourceKey }
	});
	delete converted.$schema;
	const schema = converted as JsonSchema & {
		properties: { steps: { items: { properties: { events: JsonSchema } } } };
	};
	schema.$defs = {
		machineId: { type: 'string', enum: [...machineIds], ...enumDocs.machineId },
		sourceKey: { type: 'string', enum: Object.keys(sources), ...enumDocs.sourceKey },
		// For reading: the events each machine knows. A step's events are checked against its run's machine by
		// the app, since a `run` can switch machines part-way.
		machineEvents: {
			description: 'The events each machine knows, by machine.',
			type: 'object',
			properties: Object.fromEntries(
				machineIds.map((id) => [
					id,
					{ description: machineDescriptions[id], enum: [...eventTypesOf(id)].sort() }
				])
			)
		}
	};
	// Any machine's events: a step's `run` can switch machines, so the app checks which machine each belongs to.
	schema.properties.steps.items.properties.events.items = {
		type: 'string',
		enum: eventNames,
		description: 'An event of the lesson’s machine (or of the run’s, after a `run`).'
	};
	document(schema as unknown as Node, '');
	return {
		$schema: 'http://json-schema.org/draft-07/schema#',
		$id: 'lesson.schema.json',
		title: 'Enlighten lesson file',
		description:
			'A lesson written by a trainer, loaded in the browser at /author/ (docs/authoring.md). Generated from src/lib/authoring/schema.ts and the machine folders when the site is built.',
		...schema,
		allOf: machineIds.map((id) => ({
			if: { properties: { machine: { const: id } }, required: ['machine'] },
			then: {
				properties: {
					input: {
						...convert(inputSchemas[id]),
						description: `Input of ${id}: ${machineDescriptions[id]}`
					}
				}
			}
		}))
	};
}
