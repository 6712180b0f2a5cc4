import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from './budgets.js';
import {
	formatBudgets,
	formatMeta,
	formatPlayback,
	formatReport,
	formatSizes,
	quantity,
	table
} from './report.js';

describe('table', () => {
	it('aligns columns two spaces apart and trims line ends', () => {
		expect(
			table([
				['a', 'bb'],
				['ccc', 'd']
			])
		).toEqual(['a    bb', 'ccc  d']);
	});
	it('lets a short row’s last cell run on without widening its column', () => {
		expect(
			table([
				['route', 'JS', 'CSS'],
				['home', '1', '2'],
				['speaker', 'skipped: answered 404']
			])
		).toEqual(['route    JS  CSS', 'home     1   2', 'speaker  skipped: answered 404']);
	});
});

describe('quantity', () => {
	it('keeps whole numbers whole, gives others one decimal, and shows a dash for nothing', () => {
		expect(quantity(0)).toBe('0');
		expect(quantity(116.84, 'KiB')).toBe('116.8 KiB');
		expect(quantity(undefined, 'ms')).toBe('–');
	});
});

describe('formatBudgets', () => {
	it('prints one line per budget with value, limit and result, and why a budget is N/A', () => {
		const lines = formatBudgets(
			evaluateBudgets({
				sizes: {
					routes: {
						home: { status: 'ok', js: { gzip: 116.8 * 1024 } },
						lesson: { status: 'ok', js: { gzip: 100 * 1024 } }
					}
				},
				lighthouse: { skipped: true },
				playback: { stepToPaint: { p95: 125.1 }, longAnimationFrames: { count: 0 } },
				stress: { available: false, reason: 'no marker' }
			})
		);
		expect(lines).toHaveLength(31);
		expect(lines[0]).toMatch(/^budget\s+value\s+limit\s+result$/);
		expect(lines[1]).toMatch(/^home JS gzip\s+116\.8 KiB\s+≤ 60 KiB\s+FAIL$/);
		expect(lines[2]).toMatch(/^lesson step JS gzip\s+100 KiB\s+≤ 120 KiB\s+PASS$/);
		expect(lines[3]).toMatch(/^quiz JS gzip\s+–\s+≤ 120 KiB\s+N\/A: sizes not measured$/);
		expect(lines[6]).toMatch(/^explore JS gzip\s+–\s+≤ 120 KiB\s+N\/A: sizes not measured$/);
		expect(lines[7]).toMatch(/^speaker view JS gzip\s+–\s+≤ 160 KiB/);
		expect(lines[8]).toMatch(/^Lighthouse perf home mobile\s+–\s+≥ 95\s+N\/A: Lighthouse skipped$/);
		expect(lines[22]).toMatch(/^step-to-paint p95\s+125\.1 ms\s+≤ 50 ms\s+FAIL$/);
		expect(lines[23]).toMatch(/^long animation frames, playback\s+0\s+≤ 0\s+PASS$/);
		expect(lines[24]).toMatch(
			/^step-to-paint p95, live diagram\s+–\s+≤ 50 ms\s+N\/A: playback not run$/
		);
		expect(lines[26]).toMatch(/^step-to-paint p95, cluster scene\s+–\s+≤ 50 ms\s+N\/A/);
		expect(lines[29]).toMatch(
			/^long animation frames, playback, virtual-disk scene\s+–\s+≤ 0\s+N\/A/
		);
		expect(lines[30]).toMatch(/N\/A: not available \(no marker\)$/);
	});
});

describe('formatSizes', () => {
	it('shows gzip and raw KiB per route and which routes were skipped', () => {
		const lines = formatSizes({
			routes: {
				home: {
					status: 'ok',
					path: '/',
					js: { gzip: 61440, raw: 204800, files: 12 },
					css: { gzip: 2048, raw: 8192, files: 2 }
				},
				speaker: { status: 'missing', path: '/speaker/', httpStatus: 404 }
			}
		});
		expect(lines[1]).toMatch(/^home\s+\/\s+60\.0 KiB\s+200\.0 KiB\s+12\s+2\.0 KiB\s+2$/);
		expect(lines[2]).toMatch(/^speaker\s+\/speaker\/\s+skipped: answered 404$/);
	});
});

describe('formatPlayback', () => {
	it('names the percentiles, the long frames and the scripts behind the worst', () => {
		const text = formatPlayback({
			url: '/learn/x/1/',
			steps: 20,
			cpuThrottle: 4,
			stepToPaint: { p50: 30, p95: 61.2, max: 90 },
			longAnimationFrames: {
				count: 1,
				longest: 70,
				worst: [{ duration: 70, step: 3, scripts: ['import.then 60 ms (a.js)'] }]
			},
			longTasks: { count: 0 }
		}).join('\n');
		expect(text).toContain('20 steps of /learn/x/1/ (CPU 4× slower)');
		expect(text).toContain('p50 30 ms, p95 61.2 ms, max 90 ms');
		expect(text).toContain('long animation frames 1 (longest 70 ms), long tasks 0');
		expect(text).toContain('70 ms at step 3: import.then 60 ms (a.js)');
	});

	it('names the scene a lesson was played on', () => {
		const text = formatPlayback({ label: 'cluster scene', url: '/learn/ha/1/', error: 'timeout' });
		expect(text).toEqual(['Lesson playback, cluster scene failed: timeout']);
	});
});

describe('formatReport', () => {
	it('ends with the budget lines, after the sections that were measured', () => {
		const results = {
			stress: { available: false, url: '/explore/?stress=32', reason: 'no marker' }
		};
		const text = formatReport(results, evaluateBudgets(results));
		expect(text.startsWith('Stress view /explore/?stress=32: not available (no marker)')).toBe(
			true
		);
		expect(text.trimEnd().split('\n').at(-1)).toMatch(/^long animation frames, stress 32/);
	});
});

describe('formatMeta', () => {
	it('warns when the load average was above the CPU count', () => {
		const meta = { commit: 'abc123', chromium: '156', cpus: 2, loadBefore: 1.2, loadAfter: 9.44 };
		expect(formatMeta(meta)).toBe(
			'Commit abc123, Chromium 156, 2 CPUs, load average 1.2 → 9.4 (busy machine: timings are inflated)'
		);
		expect(formatMeta({ ...meta, loadAfter: 1.5 })).not.toContain('busy');
	});
});
