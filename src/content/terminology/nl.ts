/**
 * Words the Dutch texts must not use, with the word to use instead. The reasoning, and the list of English
 * terms Dutch IT people keep, is in `docs/terminology-nl.md`; `nl.test.ts` beside this file holds every Dutch
 * text (lessons, glossary, architecture, messages/nl.json) to this list, and the document to it too.
 */
export interface BannedForm {
	/** What not to write; matched case-insensitively against every Dutch string, placeholders left out. */
	pattern: RegExp;
	/** The form the terminology list prescribes. */
	use: string;
	/** Why, in a few words, for the test's failure message. */
	why: string;
}

export const bannedDutch: readonly BannedForm[] = [
	{
		pattern: /controlebericht/i,
		use: 'besturingsbericht',
		why: '"controle" is a check, not control: a false friend'
	},
	{
		pattern: /microkernel-?(?:ontwerp|gebaseerd)/i,
		use: 'microkernelized (ontwerp)',
		why: 'Hyper-V is not a microkernel; Microsoft\'s word is "microkernelized"'
	},
	{
		pattern: /\b(?:gebruikersmodus|usermodus|usermode|kernelmodus|kernelmode)\b/i,
		use: 'user mode / kernel mode',
		why: 'one pair for the privilege levels, the English one Dutch engineers say'
	},
	{
		pattern: /\bvuil/i,
		use: "gewijzigde pagina's / pagina's wijzigen (dirty pages)",
		why: 'pages are changed ("dirtied"), not made dirty'
	},
	{
		pattern: /ongevraagde ARP/i,
		use: 'gratuitous ARP',
		why: 'the protocol term is kept in English'
	},
	{
		pattern: /inlezen en beschrijven/i,
		use: 'mappen (en erin lezen en schrijven)',
		why: '"map" is mappen; "beschrijven" means describe'
	},
	{
		pattern: /\bkinderen\b/i,
		use: "childpartities, or the differencing-VHD's that build on a parent",
		why: 'children of a disk or a partition are not kinderen'
	},
	{
		pattern: /\bchildren\b/i,
		use: 'childpartities',
		why: 'an English plural in a Dutch sentence'
	},
	{
		pattern: /\bchild-partitie/i,
		use: 'childpartitie',
		why: 'written together, like rootpartitie'
	},
	{
		pattern: /dynamisch groeiend/i,
		use: 'dynamisch uitbreidende VHD (kort: dynamische VHD)',
		why: 'one name per VHD type'
	},
	{
		pattern: /differencing(?:[- ](?:schijf|schijven|disks?)| VHD)/i,
		use: 'differencing-VHD',
		why: 'one name per VHD type, written as a Dutch compound'
	}
];

/** Every string value in a piece of content, however deeply nested; object keys (ids) are not text. */
export function stringsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(stringsIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
	return [];
}

/** The banned forms a text uses, placeholders such as {children} in messages left out. */
export function bannedFormsIn(text: string): BannedForm[] {
	const words = text.replace(/\{[^}]*\}/g, ' ');
	return bannedDutch.filter((form) => form.pattern.test(words));
}
