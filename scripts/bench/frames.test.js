import { describe, expect, it } from 'vitest';
import { summarizeFrames } from './frames.js';

describe('summarizeFrames', () => {
	it('counts long frames and tasks, names the worst with its step and scripts', () => {
		const summary = summarizeFrames(
			{
				loaf: [
					{ startTime: 100, duration: 60, blockingDuration: 10, scripts: [] },
					{
						startTime: 900,
						duration: 155.83,
						blockingDuration: 105,
						scripts: [{ invoker: 'import.then', duration: 153.2, sourceURL: 'http://x/_app/a.js' }]
					}
				],
				longtasks: [{ startTime: 900, duration: 152 }],
				intervals: [16.7, 16.6, 16.7, 50, 16.7]
			},
			(t) => (t < 500 ? 1 : 2)
		);
		expect(summary.longAnimationFrames.count).toBe(2);
		expect(summary.longAnimationFrames.longest).toBe(155.8);
		expect(summary.longAnimationFrames.worst[0]).toEqual({
			startTime: 900,
			duration: 155.8,
			blockingDuration: 105,
			step: 2,
			scripts: ['import.then 153 ms (a.js)']
		});
		expect(summary.longAnimationFrames.worst[1].step).toBe(1);
		expect(summary.longTasks).toEqual({ count: 1, longest: 152 });
		expect(summary.frameIntervals).toMatchObject({ frames: 5, p50: 16.7, max: 50, over33ms: 1 });
	});
	it('reports nothing long for a smooth recording', () => {
		const summary = summarizeFrames({ loaf: [], longtasks: [], intervals: [16.7, 16.7] });
		expect(summary.longAnimationFrames).toEqual({ count: 0, longest: undefined, worst: [] });
		expect(summary.longTasks.count).toBe(0);
	});
});
