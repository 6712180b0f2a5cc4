import { describe, expect, it } from 'vitest';
import { combineRuns, renderDocumentKept, summarizeLhr } from './lighthouse.js';

const lhr = (score, lcp = 1000) => ({
	environment: { benchmarkIndex: 1200 },
	categories: { performance: { score } },
	audits: {
		'first-contentful-paint': { numericValue: 800.4 },
		'largest-contentful-paint': { numericValue: lcp },
		'total-blocking-time': { numericValue: 20 },
		'cumulative-layout-shift': { numericValue: 0.01234 }
	}
});

describe('summarizeLhr', () => {
	it('gives the score as Lighthouse shows it (0–100) and the metrics', () => {
		expect(summarizeLhr(lhr(0.947))).toEqual({
			score: 95,
			metrics: { fcp: 800, lcp: 1000, tbt: 20, cls: 0.012, si: undefined, tti: undefined },
			benchmarkIndex: 1200
		});
	});
	it('reports a runtime error or a missing score as an error', () => {
		expect(summarizeLhr({ runtimeError: { code: 'NO_FCP', message: 'no paint' } })).toEqual({
			error: 'no paint'
		});
		expect(summarizeLhr(lhr(null)).error).toBe('no performance score');
	});
});

describe('combineRuns', () => {
	it('takes the median score and the median of each metric separately', () => {
		const combined = combineRuns(
			[lhr(0.9, 3000), lhr(0.99, 1000), lhr(0.95, 2000)].map(summarizeLhr)
		);
		expect(combined.score).toBe(95);
		expect(combined.runs).toEqual([90, 99, 95]);
		expect(combined.metrics.lcp).toBe(2000);
	});
	it('leaves failed runs out and says how many failed', () => {
		const combined = combineRuns([summarizeLhr(lhr(0.9)), { error: 'exited 1' }]);
		expect(combined).toMatchObject({ score: 90, runs: [90], failedRuns: 1 });
		expect(combineRuns([{ error: 'exited 1' }])).toEqual({ error: 'exited 1', runs: [] });
	});
});

describe('renderDocumentKept', () => {
	it("repeats chrome-launcher's list of features to turn off, without RenderDocument", () => {
		expect(
			renderDocumentKept([
				'--mute-audio',
				'--disable-features=Translate,RenderDocument,MediaRouter'
			])
		).toEqual(['--disable-features=Translate,MediaRouter']);
	});
	it('adds nothing when the launcher leaves RenderDocument alone', () => {
		expect(renderDocumentKept(['--disable-features=Translate'])).toEqual([]);
		expect(renderDocumentKept(['--mute-audio'])).toEqual([]);
	});
});
