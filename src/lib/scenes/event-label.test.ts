import { describe, expect, it } from 'vitest';
import { clusterLayout } from './cluster';
import { eventLabelRect, labelWidth } from './event-label';

const box = (id: string) => clusterLayout.components.find((c) => c.id === id)!;

describe('the label of an event in place', () => {
	it('goes below the Network between the two nodes, where above it would cover the VMs', () => {
		const network = box('network');
		const label = eventLabelRect(
			network,
			clusterLayout.components,
			labelWidth('pass sent, dirty pages left')
		);
		expect(label.y).toBeGreaterThanOrEqual(network.y + network.height);
		for (const id of ['a-vm', 'b-vm', 'a-nic', 'b-nic', 'storage']) {
			const other = box(id);
			const clear =
				label.x + label.width <= other.x ||
				other.x + other.width <= label.x ||
				label.y + label.height <= other.y ||
				other.y + other.height <= label.y;
			expect(clear, id).toBe(true);
		}
	});

	it('stays above a box with room above it, inside the frame the box is drawn in', () => {
		const vmms = box('a-vmms');
		const label = eventLabelRect(vmms, clusterLayout.components, 184);
		expect(label.y + label.height).toBeLessThanOrEqual(vmms.y);
	});

	it('is wide enough for its words', () => {
		expect(labelWidth('blocks merged into the parent')).toBeGreaterThan(
			'blocks merged into the parent'.length * 8
		);
	});
});
