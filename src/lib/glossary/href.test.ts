import { describe, expect, it } from 'vitest';
import { nodeHref, termHref } from './href';

describe('glossary links', () => {
	it('point at a term on the glossary page, keeping the trailing slash before the fragment', () => {
		expect(termHref('vmbus', 'en')).toBe('/glossary/#vmbus');
		expect(termHref('vmbus', 'nl')).toBe('/nl/glossary/#vmbus');
	});

	it('point at a box in the home diagram', () => {
		expect(nodeHref('root-vsp', 'en')).toBe('/?node=root-vsp');
		expect(nodeHref('root-vsp', 'nl')).toBe('/nl/?node=root-vsp');
	});
});
