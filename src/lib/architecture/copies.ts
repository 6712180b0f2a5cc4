/**
 * Idle copies of an enlightened child partition, for explore's stress view (`?stress=N`): N child partitions
 * on one diagram, the figure's three and copies numbered on from 4. A copy has the kernel-mode boxes of the
 * synthetic path (I/O stack, VSCs, VMBus), each like the Windows child's box of the same kind, and the same
 * links between them. No machine runs in a copy: the request of a path stays in the figure's children.
 *
 * Apart from topology.ts on purpose: every page shares that module's chunk, and only the stress view needs this.
 */
import {
	getComponent,
	getLink,
	type ComponentId,
	type LinkId,
	type LinkKind,
	type Mode,
	type PartitionId
} from './topology';

export const figureChildren = ['win', 'linux', 'legacy'] as const satisfies readonly PartitionId[];

export const copyParts = ['io-stack', 'vsc', 'vmbus'] as const;
export type CopyPart = (typeof copyParts)[number];

export interface ChildCopy {
	/** The child partition's number: the figure's own children are 1 to 3. */
	number: number;
	id: string;
	components: { id: string; part: CopyPart; mode: Mode; like: ComponentId }[];
	links: { id: string; from: string; to: string; kind: LinkKind; like: LinkId }[];
}

const copyLike: Record<CopyPart, ComponentId> = {
	'io-stack': 'win-io-stack',
	vsc: 'win-vsc',
	vmbus: 'win-vmbus'
};

/** The links inside a copy, as in the Windows child. */
const copyLinks: [CopyPart, CopyPart, LinkId][] = [
	['io-stack', 'vsc', 'win-io-stack-vsc'],
	['vsc', 'vmbus', 'win-vsc-vmbus']
];

/** The copies that bring the diagram to `children` child partitions (none for three or fewer). */
export function childCopies(children: number): ChildCopy[] {
	const copies: ChildCopy[] = [];
	for (let number = figureChildren.length + 1; number <= children; number++) {
		const id = `copy-${number}`;
		const part = (p: CopyPart) => `${id}-${p}`;
		copies.push({
			number,
			id,
			components: copyParts.map((p) => ({
				id: part(p),
				part: p,
				mode: getComponent(copyLike[p]).mode,
				like: copyLike[p]
			})),
			links: copyLinks.map(([from, to, like]) => ({
				id: `${id}-${from}-${to}`,
				from: part(from),
				to: part(to),
				kind: getLink(like).kind,
				like
			}))
		});
	}
	return copies;
}
