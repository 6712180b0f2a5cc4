/**
 * Generated bad input for the tests of everything that reads what a reader supplies (saved progress, lesson
 * files, addresses). Deterministic: a failing case names its seed, and the seed reproduces it.
 */

export type Random = () => number;

/** A small seeded generator (mulberry32): numbers in [0, 1). */
export function seeded(seed: number): Random {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const pick = <T>(r: Random, items: readonly T[]): T =>
	items[Math.floor(r() * items.length)]!;

/** Values that trip up readers: empties, extremes, markup, the wrong kinds. */
export const ATOMS: readonly unknown[] = [
	null,
	true,
	false,
	0,
	-1,
	2.5,
	1e308,
	'',
	' ',
	'x',
	'<script>alert(1)</script>',
	'__proto__',
	[],
	{}
];

/**
 * A JSON value of any shape, up to four levels deep; objects take their keys from `keys` (the names the reader
 * expects, and some it must refuse), so some values get past the first checks.
 */
export function jsonValue(r: Random, keys: readonly string[], atoms = ATOMS, depth = 0): unknown {
	const kind = r();
	if (depth > 3 || kind < 0.4) return pick(r, atoms);
	if (kind < 0.6)
		return Array.from({ length: Math.floor(r() * 4) }, () => jsonValue(r, keys, atoms, depth + 1));
	return Object.fromEntries(
		Array.from({ length: Math.floor(r() * 5) }, () => [
			pick(r, keys),
			jsonValue(r, keys, atoms, depth + 1)
		])
	);
}

/** A text broken in one place: cut short, a character dropped, or a stray bracket or comma put in. */
export function breakText(r: Random, text: string): string {
	const at = Math.floor(r() * text.length);
	return pick(r, [
		() => text.slice(0, at),
		() => text.slice(0, at) + text.slice(at + 1),
		() => text.slice(0, at) + pick(r, ['"', '}', ']', '{', '[', ',', ':']) + text.slice(at)
	])();
}

/**
 * A copy of a JSON document with one place changed: a value replaced by any other value, a key removed, or a key
 * it does not expect added. Most such documents are wrong in a way only a schema notices.
 */
export function editJson(r: Random, document: unknown, keys: readonly string[]): unknown {
	const copy = structuredClone(document);
	const places: [Record<string | number, unknown>, string | number][] = [];
	(function collect(value: unknown) {
		if (value === null || typeof value !== 'object') return;
		for (const [key, child] of Object.entries(value)) {
			places.push([value as Record<string, unknown>, Array.isArray(value) ? Number(key) : key]);
			collect(child);
		}
	})(copy);
	if (places.length === 0) return jsonValue(r, keys);
	const [parent, key] = pick(r, places);
	const edit = r();
	if (edit < 0.6) parent[key] = jsonValue(r, keys);
	else if (edit < 0.8 && !Array.isArray(parent)) delete parent[key];
	else if (Array.isArray(parent)) parent.push(jsonValue(r, keys));
	// Defined, not assigned: assigning `__proto__` would set the prototype, not add a key the text then carries.
	else
		Object.defineProperty(parent, pick(r, ['extra', '__proto__', 'constructor', '']), {
			value: 1,
			enumerable: true,
			configurable: true,
			writable: true
		});
	return copy;
}
