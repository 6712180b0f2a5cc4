import { describe, expect, it } from 'vitest';
import { languageHref } from './language-switch.svelte';

describe('the language switch', () => {
	it('links to the same address in the other language: path, query and fragment', () => {
		const explore = new URL(
			'http://x/explore/?a=windows.storage.scsi.ics&b=unenlightened.storage.ide.noics&step=7'
		);
		expect(languageHref(explore, 'nl', '')).toBe(
			'/nl/explore/?a=windows.storage.scsi.ics&b=unenlightened.storage.ide.noics&step=7'
		);
		expect(languageHref(new URL('http://x/nl/glossary/#vmbus'), 'en', '')).toBe('/glossary/#vmbus');
		expect(languageHref(new URL('http://x/learn/storage/print/?notes=0'), 'nl', '')).toBe(
			'/nl/learn/storage/print/?notes=0'
		);
	});

	it('keeps the base path the site is published under', () => {
		expect(languageHref(new URL('http://x/enlighten/nl/glossary/#vmbus'), 'en', '/enlighten')).toBe(
			'/enlighten/glossary/#vmbus'
		);
		expect(languageHref(new URL('http://x/enlighten/?node=root-vsp'), 'nl', '/enlighten')).toBe(
			'/enlighten/nl/?node=root-vsp'
		);
	});
});
