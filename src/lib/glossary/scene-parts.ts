/**
 * A glossary term's place in one of the drawn scenes (a cluster node, the BAT, dom0, a boot stage) or among the
 * hypercall registers: the glossary's "Show in the scene" for what the architecture figure does not draw. Kept
 * apart from the term list (src/content/glossary/scene-parts.ts), checked like it: a part the scene does not have
 * fails the build and the tests, so a link never opens a picture with nothing lit.
 */
import * as v from 'valibot';
import { localHref } from '$lib/i18n';
import type { Locale } from '$lib/paraglide/runtime';
import { isPartOf, partSceneIds, type ScenePart } from '$lib/scenes/parts';

export { isPartOf, type ScenePart } from '$lib/scenes/parts';

const partSchema = v.pipe(
	v.strictObject({ scene: v.picklist(partSceneIds), part: v.string() }),
	v.check(
		({ scene, part }) => isPartOf(scene, part),
		(issue) =>
			`"${(issue.input as { part: string }).part}" is not a part of the ${(issue.input as { scene: string }).scene} scene`
	)
);

/**
 * Validates the links from terms to scene parts: every key a term of `termIds`, every part one its scene has.
 * Returns them unchanged, or throws saying which link is wrong.
 */
export function parseSceneParts(
	data: unknown,
	termIds: readonly string[]
): Readonly<Record<string, ScenePart>> {
	const result = v.safeParse(v.record(v.string(), partSchema), data);
	if (!result.success) {
		const issue = result.issues[0]!;
		const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
		throw new Error(`Invalid glossary scene parts: ${where}: ${issue.message}`);
	}
	const unknown = Object.keys(result.output).filter((id) => !termIds.includes(id));
	if (unknown.length) {
		throw new Error(`Glossary scene parts for terms that do not exist: ${unknown.join(', ')}`);
	}
	return result.output as Record<string, ScenePart>;
}

/** The page that shows one scene with one part lit: `/scenes/<scene>/<part>/` (or `/nl/scenes/…`). */
export function partHref({ scene, part }: ScenePart, locale?: Locale): string {
	return localHref(`/scenes/${scene}/${part}/`, locale);
}
