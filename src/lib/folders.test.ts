/**
 * The folders of src/lib lean on each other one way: a folder that imports another (types and on-demand imports
 * included) is never imported back by it, directly or round a ring of folders. A ring means neither folder can be
 * read, tested or moved without the other; the first-paint drawing living in handouts/ while handouts/ drew with
 * diagram/'s layout was one. Within a folder, files do not import each other in a ring either.
 */
import { describe, expect, it } from 'vitest';
import { cyclesOf, folderGraph, importGraph, type FolderEdges } from '$lib/testing/import-graph';

/**
 * Imports known to point the wrong way, each the one that closes a ring today, with the file that makes it. The
 * test leaves them out, fails on any other ring, and fails when one of these is gone, so the list only shrinks.
 */
const knownBackEdges: Record<string, string> = {
	'model → scenes': 'model/hop.ts names scenes/ids.ts’s ScenePlaces',
	'scenes → lessons': 'scenes/SceneStage.svelte names lessons/frames.ts’s SceneFrame',
	'lessons → explore': 'lessons/HypercallRegisters.svelte shows explore/HypercallBits.svelte',
	'presenter → lessons': 'presenter/PresenterControls.svelte steps with lessons/stepping.ts',
	'classroom → presenter': 'classroom/connection.svelte.ts is a transport of presenter/presentation'
};

const graph = importGraph();
const folders = folderGraph(graph);

/** The folder graph without the known back edges. */
function withoutKnown(edges: FolderEdges): Map<string, string[]> {
	return new Map(
		[...edges].map(([from, to]) => [
			from,
			[...to.keys()].filter((target) => !(`${from} → ${target}` in knownBackEdges))
		])
	);
}

/** A ring as the folders round it, each step shown by one import that makes it. */
const explain = (ring: string[]) =>
	ring
		.slice(1)
		.map((to, i) => `${ring[i]} → ${to} (${folders.get(ring[i]!)!.get(to)})`)
		.join('; ');

describe('the folders of src/lib', () => {
	it('import each other in no ring', () => {
		expect(cyclesOf(withoutKnown(folders)).map(explain)).toEqual([]);
	});

	it.each(Object.keys(knownBackEdges))(
		'still have the known back edge %s (else drop it)',
		(edge) => {
			const [from, to] = edge.split(' → ') as [string, string];
			expect(folders.get(from)?.has(to), knownBackEdges[edge]).toBe(true);
		}
	);

	it('hold no ring of files inside them', () => {
		// A component that renders itself (a tree) is no ring; lessons/types.ts reads its types off schema.ts,
		// which names them back in its annotations.
		const rings = cyclesOf(graph)
			.filter((ring) => ring.length > 2)
			.map((ring) => ring.join(' → '));
		expect(rings).toEqual(['lessons/schema.ts → lessons/types.ts → lessons/schema.ts']);
	});

	it('are read as a graph that finds a ring where there is one', () => {
		const ring = new Map([
			['a', ['b']],
			['b', ['c']],
			['c', ['a', 'd']],
			['d', []]
		]);
		expect(cyclesOf(ring)).toEqual([['a', 'b', 'c', 'a']]);
		expect(
			cyclesOf(
				new Map([
					['a', ['b']],
					['b', []]
				])
			)
		).toEqual([]);
	});
});
