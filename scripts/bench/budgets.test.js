import { describe, expect, it } from 'vitest';
import { anyFailed, evaluateBudgets } from './budgets.js';

const KiB = 1024;
const lh = (mobile, desktop) => ({
	status: 'ok',
	mobile: { score: mobile, runs: [mobile] },
	desktop: { score: desktop, runs: [desktop] }
});

/** Results that meet every budget exactly at its limit. */
const atLimits = () => ({
	sizes: {
		routes: {
			home: { status: 'ok', path: '/', js: { gzip: 60 * KiB } },
			lesson: { status: 'ok', path: '/learn/x/3/', js: { gzip: 120 * KiB } },
			quiz: { status: 'ok', path: '/learn/x/quiz/', js: { gzip: 120 * KiB } },
			print: { status: 'ok', path: '/learn/x/print/', js: { gzip: 120 * KiB } },
			embed: { status: 'ok', path: '/embed/x/3/', js: { gzip: 120 * KiB } },
			explore: { status: 'ok', path: '/explore/', js: { gzip: 120 * KiB } },
			speaker: { status: 'ok', path: '/learn/x/3/?present', js: { gzip: 160 * KiB } }
		}
	},
	lighthouse: {
		routes: {
			home: lh(95, 100),
			lesson: lh(95, 100),
			quiz: lh(90, 100),
			print: lh(90, 100),
			embed: lh(90, 100),
			explore: lh(90, 100),
			speaker: lh(90, 100)
		}
	},
	playback: { stepToPaint: { p95: 50 }, longAnimationFrames: { count: 0 } },
	playbackLive: { live: true, stepToPaint: { p95: 50 }, longAnimationFrames: { count: 0 } },
	playbackCluster: {
		label: 'cluster scene',
		stepToPaint: { p95: 50 },
		longAnimationFrames: { count: 0 }
	},
	playbackVhd: {
		label: 'virtual-disk scene',
		stepToPaint: { p95: 50 },
		longAnimationFrames: { count: 0 }
	},
	stress: { available: true, longAnimationFrames: { count: 0 } }
});

const byId = (verdicts) => Object.fromEntries(verdicts.map((v) => [v.id, v]));

describe('evaluateBudgets', () => {
	it('passes every budget met exactly at its limit', () => {
		const verdicts = evaluateBudgets(atLimits());
		expect(verdicts.map((v) => v.status)).toEqual(Array(verdicts.length).fill('PASS'));
		expect(verdicts).toHaveLength(30);
		expect(anyFailed(verdicts)).toBe(false);
	});

	it('fails a size one byte over, a score one point under, and a single long frame', () => {
		const results = atLimits();
		results.sizes.routes.home.js.gzip = 60 * KiB + 1;
		results.lighthouse.routes.lesson = lh(94, 100);
		results.lighthouse.routes.home = lh(99, 99);
		results.playback.longAnimationFrames.count = 1;
		results.playbackLive.stepToPaint.p95 = 51;
		results.playbackVhd.longAnimationFrames.count = 1;
		results.sizes.routes.speaker.js.gzip = 160 * KiB + 1;
		results.lighthouse.routes.explore = lh(89, 100);
		const verdicts = byId(evaluateBudgets(results));
		expect(verdicts['playback-long-frames-vhd'].status).toBe('FAIL');
		expect(verdicts['step-to-paint-p95-cluster'].status).toBe('PASS');
		expect(verdicts['speaker-js'].status).toBe('FAIL');
		expect(verdicts['explore-js'].status).toBe('PASS');
		expect(verdicts['lighthouse-explore-mobile'].status).toBe('FAIL');
		expect(verdicts['lighthouse-quiz-mobile'].status).toBe('PASS');
		expect(verdicts['step-to-paint-p95-live'].status).toBe('FAIL');
		expect(verdicts['playback-long-frames-live'].status).toBe('PASS');
		expect(verdicts['home-js'].status).toBe('FAIL');
		expect(verdicts['home-js'].value).toBeCloseTo(60.001, 3);
		expect(verdicts['lighthouse-lesson-mobile'].status).toBe('FAIL');
		expect(verdicts['lighthouse-home-desktop'].status).toBe('FAIL');
		expect(verdicts['lighthouse-home-mobile'].status).toBe('PASS');
		expect(verdicts['playback-long-frames'].status).toBe('FAIL');
		expect(verdicts['lesson-js'].status).toBe('PASS');
		expect(anyFailed(Object.values(verdicts))).toBe(true);
	});

	it('fails a step-to-paint p95 over 50 ms', () => {
		const results = atLimits();
		results.playback.stepToPaint.p95 = 50.1;
		expect(byId(evaluateBudgets(results))['step-to-paint-p95']).toMatchObject({
			status: 'FAIL',
			value: 50.1,
			limit: 50,
			unit: 'ms'
		});
	});

	it('calls what was not measured N/A, says why, and does not fail the run for it', () => {
		const results = atLimits();
		results.lighthouse = { skipped: true, reason: '--no-lighthouse' };
		results.stress = { available: false, url: '/explore/?stress=32', reason: 'no marker' };
		results.sizes.routes.lesson = { status: 'missing', path: '/learn/x/3/', httpStatus: 404 };
		const verdicts = byId(evaluateBudgets(results));
		expect(verdicts['lighthouse-home-mobile']).toMatchObject({
			status: 'N/A',
			note: 'Lighthouse skipped'
		});
		expect(verdicts['stress-long-frames']).toMatchObject({
			status: 'N/A',
			note: 'not available (no marker)'
		});
		expect(verdicts['lesson-js']).toMatchObject({
			status: 'N/A',
			note: '/learn/x/3/ answered 404'
		});
		expect(anyFailed(Object.values(verdicts))).toBe(false);
	});

	it('reports a failed playback as N/A with its error', () => {
		const results = atLimits();
		results.playback = { error: 'no step counter' };
		expect(byId(evaluateBudgets(results))['step-to-paint-p95']).toMatchObject({
			status: 'N/A',
			note: 'no step counter'
		});
	});
});
