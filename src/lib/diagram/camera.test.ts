import { describe, expect, it } from 'vitest';
import { boxes } from './layout';
import { focusBounds, MIN_VIEW } from './camera';

describe('camera on small screens', () => {
	it('frames the box the request is at and the link it came along', () => {
		const bounds = focusBounds('hv-intercepts', { link: 'legacy-intercepts', reverse: false });
		for (const box of [boxes['legacy-drivers'], boxes['hv-intercepts']]) {
			expect(bounds.x).toBeLessThanOrEqual(box.x);
			expect(bounds.y).toBeLessThanOrEqual(box.y);
			expect(bounds.x + bounds.width).toBeGreaterThanOrEqual(box.x + box.width);
			expect(bounds.y + bounds.height).toBeGreaterThanOrEqual(box.y + box.height);
		}
	});

	it('frames the box with its surroundings when the request did not move along a link', () => {
		const apic = boxes['hv-apic'];
		const bounds = focusBounds('hv-apic', undefined);
		expect(bounds.width).toBe(MIN_VIEW.width);
		expect(bounds.height).toBe(MIN_VIEW.height);
		// Centred on the box.
		expect(bounds.x + bounds.width / 2).toBe(apic.x + apic.width / 2);
		expect(bounds.y + bounds.height / 2).toBe(apic.y + apic.height / 2);
	});
});
