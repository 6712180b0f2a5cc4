/**
 * docs/source-keys.md, the list of source keys trainers cite in their own lessons, is generated from
 * sources.ts by this test, so the guide cannot fall behind the list: it fails when the two disagree, and
 * `npx vitest run --project server src/lib/architecture/sources-doc.test.ts --update` writes the file again.
 */
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { sources } from './sources';

/** A table cell: Markdown's own characters in a title are escaped, so a title cannot break the table. */
const cell = (text: string) => text.replace(/[\\|[\]*_`<]/g, (c) => `\\${c}`);

async function sourceKeysDoc(): Promise<string> {
	const rows = Object.entries(sources)
		.sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
		.map(([key, { title, url }]) => `| ${key} | [${cell(title)}](${url}) |`);
	const doc = [
		'# Source keys',
		'',
		'<!-- Generated from src/lib/architecture/sources.ts by src/lib/architecture/sources-doc.test.ts; do not edit. -->',
		'',
		'Every fact in a lesson cites one of these keys in its `sources` (see [authoring.md](authoring.md)). The',
		"keys match the project's fact sheet, so any claim can be checked against the fact sheet and the original.",
		'',
		'| key | source |',
		'| --- | --- |',
		...rows
	].join('\n');
	// As the project's Prettier writes it, so `npm run lint` passes on the generated file.
	const file = 'docs/source-keys.md';
	return format(doc, { ...(await resolveConfig(file)), filepath: file });
}

describe('docs/source-keys.md', () => {
	it('lists every source key with its title and address, as sources.ts has them', async () => {
		const doc = await sourceKeysDoc();
		for (const key of Object.keys(sources)) expect(doc).toContain(`| ${key} `);
		await expect(doc).toMatchFileSnapshot('../../../docs/source-keys.md');
	});
});
