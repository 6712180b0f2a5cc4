/**
 * How a request moves within one step, for any scene: given the scene's components and links, and the hops a
 * machine passed through in order, each change of hop becomes a move the picture can play.
 *
 * - `link`: along a line the scene draws between the two boxes (or between the boxes they are drawn inside);
 * - `route`: the boxes are not joined by a drawn line, so the scene marks a route of its own (drawn in the
 *   legend's "not in Microsoft's figure" style) and the request still travels;
 * - `event`: the request stays in one box and something happens there (an MSR write, a packet into a ring);
 * - `start`: a run of the machine begins here (the first step, or a new scenario).
 *
 * Nothing here knows the architecture figure: a scene hands in its topology, so every scene moves the same way.
 */

/** What a scene must say about its boxes and lines for moves to be found on it. */
export interface SceneTopology {
	links: readonly { id: string; from: string; to: string }[];
	/** The box a box is drawn inside, if any: a line to the container reaches what it holds. */
	parentOf: (id: string) => string | undefined;
}

/** One hop a machine passed through, with what the machine says happened on arriving there. */
export interface PathPoint {
	node: string;
	/** A short label of what happened on arriving (`WRMSR 0x40000001`), from the hop's meta. */
	label?: string;
	/** The machine event that led here: an event in place that the hop does not label is named by it. */
	event?: string;
}

export type Move =
	| { kind: 'link'; from: string; to: string; link: string; reverse: boolean; label?: string }
	| { kind: 'route'; from: string; to: string; label?: string }
	/**
	 * Something happens in place: `label` is the hop's own act (technical, the same in every language); without
	 * one, `event` is the machine event, which the page words in the reader's language (ArchitectureText.events).
	 */
	| { kind: 'event'; at: string; label?: string; event?: string }
	| { kind: 'start'; at: string; label?: string };

/** A box and the boxes it is drawn inside, innermost first. */
function endsOf(id: string, topology: SceneTopology): string[] {
	const ends = [id];
	for (let p = topology.parentOf(id); p && !ends.includes(p); p = topology.parentOf(p))
		ends.push(p);
	return ends;
}

/** The drawn line that joins two boxes, preferring one between the boxes themselves over their containers. */
export function linkBetween(
	from: string,
	to: string,
	topology: SceneTopology
): { link: string; reverse: boolean } | undefined {
	if (from === to) return undefined;
	const a = endsOf(from, topology);
	const b = endsOf(to, topology);
	// A box and the box it sits in are not "joined": the container's lines lead elsewhere.
	if (a.includes(to) || b.includes(from)) return undefined;
	const rank = (l: { from: string; to: string }) => {
		const forward = a.indexOf(l.from) + b.indexOf(l.to);
		const back = a.indexOf(l.to) + b.indexOf(l.from);
		const ok = (i: number, j: number) => i >= 0 && j >= 0;
		if (ok(a.indexOf(l.from), b.indexOf(l.to))) return { score: forward, reverse: false };
		if (ok(a.indexOf(l.to), b.indexOf(l.from))) return { score: back, reverse: true };
		return undefined;
	};
	let best: { link: string; reverse: boolean; score: number } | undefined;
	for (const l of topology.links) {
		const r = rank(l);
		if (r && (!best || r.score < best.score)) best = { link: l.id, ...r };
	}
	return best && { link: best.link, reverse: best.reverse };
}

/**
 * The moves of one step. `path[0]` is where the request was when the step began; each later point is where an
 * event took it. `start` marks a step that begins a run: its first point is where that run starts.
 */
export function movesAlong(
	path: readonly PathPoint[],
	topology: SceneTopology,
	start = false
): Move[] {
	const moves: Move[] = [];
	if (start && path[0]) moves.push({ kind: 'start', at: path[0].node, label: path[0].label });
	for (let i = 1; i < path.length; i++) {
		const from = path[i - 1]!.node;
		const { node: to, label, event } = path[i]!;
		const withLabel = label ? { label } : {};
		if (from === to) {
			// Something happens in place: the hop's own label says what, else the machine event does (worded by the page).
			moves.push({ kind: 'event', at: to, ...(label ? { label } : { event: event ?? '' }) });
			continue;
		}
		const link = linkBetween(from, to, topology);
		moves.push(
			link
				? { kind: 'link', from, to, ...link, ...withLabel }
				: { kind: 'route', from, to, ...withLabel }
		);
	}
	return moves;
}

/**
 * The moves with every in-place event worded: an event the hop gives no act is labelled from `words` (keyed by
 * machine event, in the reader's language), or by its code name only if the words lack it (the tests see to that).
 */
export function wordEvents(
	moves: readonly Move[],
	words: Readonly<Record<string, string>>
): Move[] {
	return moves.map((move) =>
		move.kind === 'event' && !move.label && move.event
			? { ...move, label: words[move.event] ?? move.event }
			: move
	);
}

/** The key two crossings of the same line share, whichever way they run: what the heat map counts. */
export function crossingKey(move: Move): string | undefined {
	if (move.kind === 'link') return `link:${move.link}`;
	if (move.kind === 'route') {
		const [a, b] = [move.from, move.to].sort();
		return `route:${a}>${b}`;
	}
	return undefined;
}

/** How often each line was crossed over the given moves (links and marked routes alike). */
export function crossings(all: readonly Move[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const move of all) {
		const key = crossingKey(move);
		if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}
