import { describe, expect, it } from 'vitest';
import { componentIds, type ComponentId } from '$lib/architecture/topology';
import { neighbour } from './navigation';

describe('arrow-key navigation between boxes', () => {
	it('moves to the box in the pressed direction', () => {
		expect(neighbour('root-vsp', 'down')).toBe('root-io-stack');
		expect(neighbour('root-io-stack', 'up')).toBe('root-vsp');
		expect(neighbour('root-vsp', 'right')).toBe('root-vid');
		expect(neighbour('win-vmbus', 'down')).toBe('hv-msrs');
		expect(neighbour('hv-hypercalls', 'right')).toBe('hv-synic');
	});

	it('stops at the edge of the drawing', () => {
		expect(neighbour('hv-intercepts', 'right')).toBeUndefined();
	});

	it('can reach every box from every other with arrows alone', () => {
		const reachableFrom = (start: ComponentId) => {
			const seen = new Set<ComponentId>([start]);
			const queue = [start];
			while (queue.length) {
				const id = queue.shift()!;
				for (const d of ['up', 'down', 'left', 'right'] as const) {
					const next = neighbour(id, d);
					if (next && !seen.has(next)) {
						seen.add(next);
						queue.push(next);
					}
				}
			}
			return seen;
		};
		for (const start of componentIds) {
			const seen = reachableFrom(start);
			expect(
				componentIds.filter((id) => !seen.has(id)),
				`from ${start}`
			).toEqual([]);
		}
	});
});
