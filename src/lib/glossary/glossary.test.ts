import { describe, expect, it } from 'vitest';
import { isSourceKey } from '$lib/architecture/sources';
import { isComponentId } from '$lib/architecture/topology';
import { sentenceCount } from '$lib/schema/text';
import { alphabetical, glossaryTerms, loadGlossary } from './catalog';
import { linkTerms } from './link-terms';
import { parseGlossaryText, parseTerms, phrasesOf, sharedPhrases } from './schema';

const locales = ['en', 'nl'] as const;

// The terms the lessons lean on; the glossary may hold more, never fewer.
const required = [
	'vsp',
	'vsc',
	'vmbus',
	'vid',
	'vmwp',
	'vmms',
	'wmi',
	'winhv',
	'synic',
	'gpadl',
	'hypercall',
	'hypercall-page',
	'enlightenment',
	'integration-components',
	'vhd',
	'avhd',
	'differencing-disk',
	'partition',
	'root-partition',
	'child-partition',
	'hypervisor',
	'intercept',
	'vm-exit',
	'emulated-device',
	'synthetic-device',
	'ring-buffer',
	'monitor-page',
	'ide-fast-path',
	'quick-migration',
	'live-migration',
	'slat',
	'paravirtualization',
	'xen-hypercall-adapter',
	'storvsc',
	'storvsp',
	'netvsc',
	'virtual-switch',
	'bat'
];

describe('glossary terms', () => {
	it('include every term the lessons need', () => {
		const ids = glossaryTerms.map((t) => t.id);
		expect(required.filter((id) => !ids.includes(id))).toEqual([]);
	});

	it('bind only to boxes that exist in the diagram', () => {
		const bad = glossaryTerms.filter((t) => t.node !== undefined && !isComponentId(t.node));
		expect(bad).toEqual([]);
	});

	it('cite only sources that exist', () => {
		const bad = glossaryTerms.flatMap((t) => t.sources.filter((k) => !isSourceKey(k)));
		expect(bad).toEqual([]);
		expect(glossaryTerms.every((t) => t.sources.length > 0)).toBe(true);
	});

	it('have ids that cannot clash with the other anchors of the page', () => {
		const clashes = glossaryTerms.filter((t) => t.id === 'main' || t.id.startsWith('letter-'));
		expect(clashes).toEqual([]);
	});
});

describe.each(locales)('the %s glossary', (locale) => {
	it('defines every term, and nothing else', async () => {
		const glossary = await loadGlossary(locale);
		expect(glossary.map((e) => e.id).sort()).toEqual(glossaryTerms.map((t) => t.id).sort());
	});

	it('defines each term in one to three sentences', async () => {
		const glossary = await loadGlossary(locale);
		const long = glossary.filter((e) => sentenceCount(e.definition) > 3).map((e) => e.id);
		expect(long).toEqual([]);
	});

	it('gives no spelling to two terms', async () => {
		const glossary = await loadGlossary(locale);
		expect([...sharedPhrases(glossary)]).toEqual([]);
	});

	it('links every spelling of a term to that term when it stands alone', async () => {
		const glossary = await loadGlossary(locale);
		const wrong = glossary.flatMap((entry) =>
			phrasesOf(entry)
				.filter((phrase) => {
					const segments = linkTerms(`(${phrase})`, glossary);
					const link = segments.find((s) => 'termId' in s);
					return !link || !('termId' in link) || link.termId !== entry.id || link.text !== phrase;
				})
				.map((phrase) => `${entry.id}: ${phrase}`)
		);
		expect(wrong).toEqual([]);
	});

	it('is listed in alphabetical order, every term once', async () => {
		const glossary = await loadGlossary(locale);
		const listed = alphabetical(glossary, locale);
		const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
		const terms = listed.map((e) => e.term);
		expect(terms).toEqual([...terms].sort(collator.compare));
		expect(listed.map((e) => e.id).sort()).toEqual(glossary.map((e) => e.id).sort());
		// Whatever order the terms come in.
		expect(alphabetical([...glossary].reverse(), locale)).toEqual(listed);
	});
});

describe('the glossary schema', () => {
	const term = { id: 'vmbus', node: 'root-vmbus', sources: ['S1'] };
	const words = { vmbus: { term: 'VMBus', definition: 'A bus.' } };

	it('accepts a valid term list and text', () => {
		const terms = parseTerms([term]);
		expect(parseGlossaryText(terms, 'en', words)).toEqual([
			{ ...term, term: 'VMBus', aliases: [], definition: 'A bus.' }
		]);
	});

	it('rejects an unknown box, an unknown source and a repeated id', () => {
		expect(() => parseTerms([{ ...term, node: 'root-nothing' }])).toThrow(/component id/);
		expect(() => parseTerms([{ ...term, sources: ['S99'] }])).toThrow(/source key/);
		expect(() => parseTerms([{ ...term, sources: [] }])).toThrow(/at least one source/);
		expect(() => parseTerms([term, term])).toThrow(/unique/);
	});

	it('rejects a missing or unknown term in a locale', () => {
		const terms = parseTerms([term, { id: 'vsp', sources: ['S1'] }]);
		expect(() => parseGlossaryText(terms, 'nl', words)).toThrow(/missing: vsp/);
		expect(() =>
			parseGlossaryText(parseTerms([term]), 'nl', { ...words, vsc: words.vmbus })
		).toThrow(/unknown: vsc/);
	});

	it('rejects one spelling for two terms, whatever its case', () => {
		const terms = parseTerms([term, { id: 'vsp', sources: ['S1'] }]);
		const text = { ...words, vsp: { term: 'VSP', aliases: ['vmbus'], definition: 'A provider.' } };
		expect(() => parseGlossaryText(terms, 'en', text)).toThrow(/"vmbus" \(vmbus, vsp\)/);
	});

	it('names a term and links its spellings once: the term list where every language shares them', () => {
		const shared = { ...term, term: 'VMBus', aliases: ['Virtual Machine Bus'] };
		const terms = parseTerms([shared]);
		const dutch = { vmbus: { aliases: ['VMBus-kanaal'], definition: 'Een bus.' } };
		expect(parseGlossaryText(terms, 'nl', dutch)).toEqual([
			{ ...shared, aliases: ['Virtual Machine Bus', 'VMBus-kanaal'], definition: 'Een bus.' }
		]);
		expect(() => parseGlossaryText(parseTerms([term]), 'nl', dutch)).toThrow(/no name: vmbus/);
		expect(() => parseGlossaryText(terms, 'nl', words)).toThrow(/named in terms.ts already: vmbus/);
		const again = { vmbus: { aliases: ['Virtual Machine Bus'], definition: 'Een bus.' } };
		expect(() => parseGlossaryText(terms, 'nl', again)).toThrow(/spellings in terms.ts already/);
	});

	it('rejects long or marked-up definitions', () => {
		const terms = parseTerms([term]);
		const long = { vmbus: { term: 'VMBus', definition: 'One. Two. Three. Four.' } };
		const html = { vmbus: { term: 'VMBus', definition: 'A <b>bus</b>.' } };
		expect(() => parseGlossaryText(terms, 'en', long)).toThrow(/three sentences/);
		expect(() => parseGlossaryText(terms, 'en', html)).toThrow(/plain text/);
	});
});
