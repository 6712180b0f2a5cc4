/**
 * The glossary's links into the scenes (src/content/glossary/scene-parts.ts), validated where the site is built,
 * taken as they are in the browser (as the term list is, see catalog.ts).
 */
import { sceneParts } from '../../content/glossary/scene-parts';
import { glossaryTerms } from './catalog';
import { parseSceneParts, type ScenePart } from './scene-parts';

export const glossaryParts: Readonly<Record<string, ScenePart>> = import.meta.env.SSR
	? parseSceneParts(
			sceneParts,
			glossaryTerms.map((t) => t.id)
		)
	: (sceneParts as Record<string, ScenePart>);
