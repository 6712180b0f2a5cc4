import { describe, expect, it } from 'vitest';
import { localHref, localeOf } from './i18n';

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
});
