// The JSON Schema of a lesson file, generated from the valibot schema and the machine folders when the site is
// built: a new machine, event or source key is in it without a step anyone has to remember. Indented, since
// trainers read it too.
import { lessonJsonSchema } from '$lib/authoring/json-schema';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(`${JSON.stringify(lessonJsonSchema(), null, '\t')}\n`, {
		headers: { 'content-type': 'application/json' }
	});
