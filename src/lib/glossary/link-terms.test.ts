import { describe, expect, it } from 'vitest';
import { linkTerms, type LinkableTerm } from './link-terms';

const terms: LinkableTerm[] = [
	{ id: 'vsp', term: 'VSP', aliases: ['VSPs', "VSP's"] },
	{ id: 'storvsp', term: 'StorVSP' },
	{ id: 'vmbus', term: 'VMBus' },
	{ id: 'hypercall', term: 'hypercall', aliases: ['hypercalls'] },
	{ id: 'hypercall-page', term: 'hypercall page' },
	{ id: 'root-partition', term: 'root partition' },
	{ id: 'partition', term: 'partition', aliases: ['partitions'] },
	{ id: 'vhd', term: 'VHD' },
	{ id: 'avhd', term: 'AVHD', aliases: ['.avhd'] },
	{ id: 'quick-migration', term: 'Quick Migration', aliases: ['quick migration'] },
	{ id: 'emulated-device', term: 'geëmuleerd device' }
];

const link = (text: string) => linkTerms(text, terms);
const linked = (text: string) =>
	link(text).flatMap((s) => ('termId' in s ? [`${s.termId}:${s.text}`] : []));

describe('linkTerms', () => {
	it('splits a text into plain and term segments that join back to the text', () => {
		const text = 'The VSP reads the packet from VMBus.';
		expect(link(text)).toEqual([
			{ text: 'The ' },
			{ text: 'VSP', termId: 'vsp' },
			{ text: ' reads the packet from ' },
			{ text: 'VMBus', termId: 'vmbus' },
			{ text: '.' }
		]);
		expect(
			link(text)
				.map((s) => s.text)
				.join('')
		).toBe(text);
	});

	it('returns one plain segment when no term occurs, and nothing for an empty text', () => {
		expect(link('Nothing to see here.')).toEqual([{ text: 'Nothing to see here.' }]);
		expect(link('')).toEqual([]);
	});

	it('matches whole words only', () => {
		expect(linked('StorVSP is not a VSPX or XVSP, and AVHD is not VHD')).toEqual([
			'storvsp:StorVSP',
			'avhd:AVHD',
			'vhd:VHD'
		]);
		expect(linked('hypercalling hypercallx VMBus_x x_VMBus VMBus2')).toEqual([]);
	});

	it('treats punctuation and hyphens as word boundaries', () => {
		expect(linked('(VSP), VMBus-kanaal, het VHD-bestand')).toEqual([
			'vsp:VSP',
			'vmbus:VMBus',
			'vhd:VHD'
		]);
	});

	it('matches acronyms and capitalised names with their exact case only', () => {
		expect(linked('vsp Vsp vmbus Vmbus quick migration')).toEqual([
			'quick-migration:quick migration'
		]);
		expect(linked('QUICK MIGRATION and Quick Migration')).toEqual([
			'quick-migration:QUICK MIGRATION'
		]);
	});

	it('matches lowercase terms in any case, so at the start of a sentence too', () => {
		expect(linked('Hypercalls are cheap.')).toEqual(['hypercall:Hypercalls']);
		expect(linked('A Partition.')).toEqual(['partition:Partition']);
	});

	it('prefers the longest spelling at a position', () => {
		expect(linked('the hypercall page and the root partition')).toEqual([
			'hypercall-page:hypercall page',
			'root-partition:root partition'
		]);
		expect(linked("the VSP's ring")).toEqual(["vsp:VSP's"]);
		expect(linked('two VSPs')).toEqual(['vsp:VSPs']);
	});

	it('links each term on its first occurrence only, whatever the spelling', () => {
		expect(link('VSPs talk to VSCs; a VSP runs in the root.')).toEqual([
			{ text: 'VSPs', termId: 'vsp' },
			{ text: ' talk to VSCs; a VSP runs in the root.' }
		]);
	});

	it('keeps a repeated longer term whole rather than linking a shorter one inside it', () => {
		expect(linked('A hypercall page; another hypercall page; a hypercall.')).toEqual([
			'hypercall-page:hypercall page',
			'hypercall:hypercall'
		]);
	});

	it('links a shorter term that starts where an earlier longer one did', () => {
		expect(linked('the root partition has partitions')).toEqual([
			'root-partition:root partition',
			'partition:partitions'
		]);
	});

	it('handles spellings that start with punctuation and letters outside ASCII', () => {
		expect(linked('the snapshot file (.avhd) grows')).toEqual(['avhd:.avhd']);
		expect(linked('file.avhd')).toEqual(['avhd:.avhd']);
		expect(linked('Een geëmuleerd device, geëmuleerd devices')).toEqual([
			'emulated-device:geëmuleerd device'
		]);
		expect(linked('ongeëmuleerd device')).toEqual([]);
	});

	it('builds the same result for the same list object twice (cached index)', () => {
		expect(link('VMBus and VSP')).toEqual(link('VMBus and VSP'));
	});
});
