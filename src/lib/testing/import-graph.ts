/**
 * The import graph of src/lib, read from the source as text: which of our files each file imports, statically,
 * as a type or on demand. Enough for tests about the shape of the code (which folder may lean on which); not a
 * bundler, so it resolves only `$lib/…` and relative specifiers, and ignores packages.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../../..');
export const lib = resolve(root, 'src/lib');

// `import … from`, `export … from`, bare `import '…'` and `import('…')`, types included: a cycle of types is
// still two folders that cannot be understood one without the other.
const specifierPattern =
	/(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Every specifier a source file names, in order. */
export function specifiersOf(source: string): string[] {
	return [...source.matchAll(specifierPattern)].map((match) => (match[1] ?? match[2])!);
}

/** The file a specifier names, or undefined for a package (or a file that is not there). */
export function resolveSpecifier(spec: string, from: string): string | undefined {
	let base: string;
	if (spec.startsWith('$lib/')) base = resolve(lib, spec.slice(5));
	else if (spec.startsWith('.')) base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
	else return undefined;
	const candidates = [base, `${base}.ts`, `${base}.js`, `${base}/index.ts`, `${base}/index.js`];
	return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const sourceFile = /\.(ts|js|svelte)$/;
const testFile = /\.test\.ts$/;

/** The source files below `dir`, tests and the generated Paraglide output left out. */
export function sourceFiles(dir: string = lib): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'paraglide' ? [] : sourceFiles(path);
		return sourceFile.test(entry.name) && !testFile.test(entry.name) ? [path] : [];
	});
}

/** Each file's imports of our own files, keyed and valued by path relative to src/lib. */
export function importGraph(files: readonly string[] = sourceFiles()): Map<string, string[]> {
	return new Map(
		files.map((file) => [
			relative(lib, file),
			specifiersOf(readFileSync(file, 'utf8'))
				.map((spec) => resolveSpecifier(spec, file))
				.filter((target): target is string => target !== undefined && target.startsWith(lib))
				.map((target) => relative(lib, target))
		])
	);
}

/** The folder of src/lib a file belongs to (its first path segment), or '.' for a file at the top. */
export const folderOf = (file: string) => (file.includes('/') ? file.split('/')[0]! : '.');

/** For each folder, the folders it imports from, each with one file import that shows it. */
export type FolderEdges = Map<string, Map<string, string>>;

/** Which folders each folder imports from, with one file import that shows each edge. */
export function folderGraph(graph: Map<string, string[]>): FolderEdges {
	const folders = new Map<string, Map<string, string>>();
	for (const [file, targets] of graph) {
		const from = folderOf(file);
		for (const target of targets) {
			const to = folderOf(target);
			if (to === from || from === '.' || to === '.') continue;
			const edges = folders.get(from) ?? new Map<string, string>();
			if (!edges.has(to)) edges.set(to, `${file} → ${target}`);
			folders.set(from, edges);
		}
	}
	return folders;
}

/** The cycles of a graph, each once, as the nodes around it (the first repeated at the end). */
export function cyclesOf(edges: Map<string, Iterable<string>>): string[][] {
	const cycles: string[][] = [];
	const nodes = [...edges.keys()].sort();
	// Each cycle is found from its smallest node, walking only through larger ones, so it is listed once.
	for (const start of nodes) {
		const walk = (node: string, path: string[]) => {
			for (const next of edges.get(node) ?? []) {
				if (next === start) cycles.push([...path, start]);
				else if (next > start && !path.includes(next) && cycles.length < 50)
					walk(next, [...path, next]);
			}
		};
		walk(start, [start]);
	}
	return cycles;
}
