/**
 * The step, embed, quiz and print pages read prerendered frames and must not ship XState (CONTRIBUTING, "Frames
 * are computed at build time"). A static import reaching a machine once put 30 KiB back on the lesson route
 * unnoticed; this walks the static imports of those pages' components and fails when one reaches `xstate`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

// Static imports only: `import type` is erased, and `import()` loads on demand, off the first paint.
const importPattern = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveSpecifier(spec: string, from: string): string | undefined {
	let base: string;
	if (spec.startsWith('$lib/')) base = resolve(root, 'src/lib', spec.slice(5));
	else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
	else return undefined;
	const candidates = [base, `${base}.ts`, `${base}.js`, `${base}/index.ts`, `${base}/index.js`];
	return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** The chain of files from `entry` to the first `xstate` import, or undefined when there is none. */
function pathToXState(entry: string): string[] | undefined {
	const seen = new Set<string>();
	const walk = (file: string, trail: string[]): string[] | undefined => {
		if (seen.has(file)) return undefined;
		seen.add(file);
		const source = readFileSync(file, 'utf8');
		for (const [, spec] of source.matchAll(importPattern)) {
			if (spec === 'xstate' || spec!.startsWith('xstate/')) return [...trail, file];
			const next = resolveSpecifier(spec!, file);
			if (next) {
				const found = walk(next, [...trail, file]);
				if (found) return found;
			}
		}
		return undefined;
	};
	return walk(entry, []);
}

const pages = [
	'src/lib/lessons/LessonPlayer.svelte',
	'src/routes/learn/[lesson]/quiz/+page.svelte',
	'src/routes/learn/[lesson]/print/+page.svelte'
];

describe('pages that read prerendered frames', () => {
	it.each(pages.filter((page) => existsSync(resolve(root, page))))(
		'%s imports no XState',
		(page) => {
			const chain = pathToXState(resolve(root, page));
			expect(chain?.map((file) => file.slice(root.length + 1))).toBeUndefined();
		}
	);

	it('the walk finds XState where it is', () => {
		expect(pathToXState(resolve(root, 'src/lib/explore/compare.ts'))).toBeDefined();
	});
});
