import { describe, expect, it } from 'vitest';
import { boxes } from './layout';
import { focusBounds } from './camera';

describe('camera on small screens', () => {
	it('frames the box the request is at and the link it came along', () => {
		const bounds = focusBounds('hv-intercepts', { link: 'legacy-intercepts', reverse: false });
		const from = boxes['legacy-drivers'];
		const to = boxes['hv-intercepts'];
		expect(bounds.x).toBe(Math.min(from.x, to.x));
		expect(bounds.y).toBe(from.y);
		expect(bounds.y + bounds.height).toBe(to.y + to.height);
	});

	it('frames just the box when the request did not move along a link', () => {
		expect(focusBounds('hv-apic', undefined)).toEqual(boxes['hv-apic']);
	});
});
