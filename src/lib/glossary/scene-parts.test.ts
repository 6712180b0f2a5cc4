import { describe, expect, it } from 'vitest';
import { sceneComponentIds } from '$lib/scenes/ids';
import { glossaryTerms } from './catalog';
import { glossaryParts } from './parts';
import { registerIds } from '$lib/scenes/parts';
import { partHref, parseSceneParts } from './scene-parts';

const termIds = glossaryTerms.map((t) => t.id);

describe("the glossary's places in the scenes", () => {
	it('name only parts their scene draws, for terms that exist', () => {
		const wrong = Object.entries(glossaryParts).filter(([term, { scene, part }]) => {
			const parts: readonly string[] =
				scene === 'registers' ? registerIds : sceneComponentIds[scene];
			return !termIds.includes(term) || !parts.includes(part);
		});
		expect(wrong).toEqual([]);
	});

	it('reach every drawn scene and the registers', () => {
		const scenes = new Set(Object.values(glossaryParts).map((p) => p.scene));
		expect([...scenes].sort()).toEqual([...Object.keys(sceneComponentIds), 'registers'].sort());
	});

	it('link to the page of the part, in each language', () => {
		expect(partHref({ scene: 'vhd', part: 'vhd-bat' }, 'en')).toBe('/scenes/vhd/vhd-bat/');
		expect(partHref({ scene: 'registers', part: 'rcx' }, 'nl')).toBe('/nl/scenes/registers/rcx/');
	});
});

describe('parseSceneParts', () => {
	it('accepts parts of their own scene', () => {
		const ok = {
			bat: { scene: 'vhd', part: 'vhd-bat' },
			dom0: { scene: 'designs', part: 'xen-dom0' }
		};
		expect(parseSceneParts(ok, termIds)).toEqual(ok);
	});

	it('rejects a part the scene does not have, saying which', () => {
		expect(() => parseSceneParts({ bat: { scene: 'vhd', part: 'vhd-bta' } }, termIds)).toThrow(
			/bat.*"vhd-bta" is not a part of the vhd scene/
		);
		// A real part, of another scene.
		expect(() => parseSceneParts({ lun: { scene: 'vhd', part: 'storage' } }, termIds)).toThrow(
			/"storage" is not a part of the vhd scene/
		);
		expect(() => parseSceneParts({ rcx: { scene: 'registers', part: 'rbx' } }, termIds)).toThrow(
			/"rbx" is not a part of the registers scene/
		);
	});

	it('rejects an unknown scene and a term the glossary does not have', () => {
		expect(() => parseSceneParts({ bat: { scene: 'disk', part: 'vhd-bat' } }, termIds)).toThrow(
			/Invalid glossary scene parts: bat/
		);
		expect(() =>
			parseSceneParts({ 'no-term': { scene: 'vhd', part: 'vhd-bat' } }, termIds)
		).toThrow(/do not exist: no-term/);
	});
});
