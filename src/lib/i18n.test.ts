import { describe, expect, it } from 'vitest';
import { appPath, localHref, localeOf, routePath, stripBase } from './i18n';

describe('locale links', () => {
	it('keeps the trailing slash when switching either way', () => {
		expect(localHref('/nl/learn/synthetic-disk-read/2/', 'en')).toBe(
			'/learn/synthetic-disk-read/2/'
		);
		expect(localHref('/learn/synthetic-disk-read/2/', 'nl')).toBe(
			'/nl/learn/synthetic-disk-read/2/'
		);
		expect(localHref('/', 'nl')).toBe('/nl/');
		expect(localHref('/nl/', 'en')).toBe('/');
	});

	it('reads the locale from the URL', () => {
		expect(localeOf(new URL('http://x/nl/learn/a/1/'))).toBe('nl');
		expect(localeOf(new URL('http://x/learn/a/1/'))).toBe('en');
	});

	it('under a base path, reads the locale after the base and keeps the base in every link', () => {
		const base = '/enlighten';
		expect(localeOf(new URL('http://x/enlighten/nl/learn/a/1/'), base)).toBe('nl');
		expect(localeOf(new URL('http://x/enlighten/learn/a/1/'), base)).toBe('en');
		expect(localeOf(new URL('http://x/enlighten/'), base)).toBe('en');
		expect(localHref('/learn/a/2/', 'nl', base)).toBe('/enlighten/nl/learn/a/2/');
		expect(localHref('/', 'nl', base)).toBe('/enlighten/nl/');
		expect(localHref('/', 'en', base)).toBe('/enlighten/');
		// The language switcher links to the page it is on, in the other language.
		const here = appPath(new URL('http://x/enlighten/nl/glossary/'), base);
		expect(here).toBe('/nl/glossary/');
		expect(localHref(here, 'en', base)).toBe('/enlighten/glossary/');
		// While prerendering, SvelteKit's base is relative to the page: links stay relative.
		expect(localHref('/glossary/', 'nl', '../..')).toBe('../../nl/glossary/');
	});

	it('serves a localized address by its route, base kept, as SvelteKit reroute wants', () => {
		expect(routePath(new URL('http://x/nl/learn/a/1/'), '')).toBe('/learn/a/1/');
		expect(routePath(new URL('http://x/enlighten/nl/learn/a/1/'), '/enlighten')).toBe(
			'/enlighten/learn/a/1/'
		);
		expect(routePath(new URL('http://x/enlighten/nl/'), '/enlighten')).toBe('/enlighten/');
		expect(routePath(new URL('http://x/enlighten/explore/'), '/enlighten')).toBe(
			'/enlighten/explore/'
		);
	});

	it('takes the base path off only where it is a whole leading segment', () => {
		expect(stripBase('/enlighten', '/enlighten')).toBe('/');
		expect(stripBase('/enlighten/nl/', '/enlighten')).toBe('/nl/');
		expect(stripBase('/enlightenment/', '/enlighten')).toBe('/enlightenment/');
		expect(stripBase('/nl/', '')).toBe('/nl/');
	});
});
