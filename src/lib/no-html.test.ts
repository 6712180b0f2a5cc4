/**
 * Nothing a user can supply is ever rendered as HTML: narration, glossary, lesson files and imported progress are
 * all text. `{@html}` is the one way around that, so it appears only where a page draws our own diagram as SVG
 * markup, made by elementsMarkup, which escapes every word and attribute value (tested in diagram/static/scene.test.ts).
 */
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob<string>('/src/**/*.svelte', {
	query: '?raw',
	import: 'default',
	eager: true
});

/** The components that draw a scene as markup, and nothing else. */
const DRAWINGS = [
	'/src/lib/diagram/SceneDiagram.svelte',
	'/src/lib/diagram/static/StaticDiagram.svelte'
];

describe('no HTML from data', () => {
	it('has {@html} only in the components that draw our diagram as escaped markup', () => {
		const files = Object.entries(sources);
		expect(files.length).toBeGreaterThan(30);
		const withHtml = files.filter(([, text]) => /\{@html\s/.test(text)).map(([path]) => path);
		expect(withHtml.sort()).toEqual([...DRAWINGS].sort());
	});

	// elementsMarkup returns a DrawingMarkup, a string type nothing else makes (drawing.ts): a component that
	// draws with it, or takes a Drawn picture of it, renders only markup whose every word was escaped.
	it.each(DRAWINGS)('%s draws with elementsMarkup', (path) => {
		expect(sources[path]).toMatch(
			/import (type )?\{[^}]*\b(elementsMarkup|Drawn)\b[^}]*\} from '[^']*drawing'/
		);
	});
});
