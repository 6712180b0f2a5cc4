import { describe, expect, it } from 'vitest';
import { boxes } from './layout';
import { hopBounds } from './camera';

describe('camera on small screens', () => {
	it('frames the box the request is at and the box it came from', () => {
		const bounds = hopBounds({
			node: 'hv-intercepts',
			edge: 'legacy-intercepts',
			privilege: 'hypervisor',
			sources: ['S3']
		});
		const from = boxes['legacy-drivers'];
		const to = boxes['hv-intercepts'];
		expect(bounds.x).toBe(Math.min(from.x, to.x));
		expect(bounds.y).toBe(from.y);
		expect(bounds.y + bounds.height).toBe(to.y + to.height);
	});

	it('frames just the box when the request did not move along a link', () => {
		expect(hopBounds({ node: 'hv-apic', privilege: 'hypervisor', sources: ['S1'] })).toEqual(
			boxes['hv-apic']
		);
	});
});
