// The performance budgets of issue 7 and how a bench result is judged against them (pure; budgets.test.js).

/**
 * @typedef {{ value?: number, note?: string }} Reading
 * @typedef {{ id: string, label: string, unit: string, limit: number, compare: 'max' | 'min',
 *   read: (results: any) => Reading }} Budget
 * @typedef {{ id: string, label: string, unit: string, limit: number, compare: 'max' | 'min',
 *   value?: number, status: 'PASS' | 'FAIL' | 'N/A', note?: string }} Verdict
 */

const KiB = 1024;

/**
 * JS bytes (gzip) a route loads, in KiB.
 * @param {string} route
 * @returns {(results: any) => Reading}
 */
const jsOf = (route) => (results) => {
	const size = results.sizes?.routes?.[route];
	if (!size) return { note: 'sizes not measured' };
	if (size.status !== 'ok')
		return { note: `${size.path} answered ${size.httpStatus ?? 'nothing'}` };
	return { value: size.js.gzip / KiB };
};

/**
 * The median Lighthouse performance score (0–100) of a route in one preset.
 * @param {string} route
 * @param {'mobile' | 'desktop'} preset
 * @returns {(results: any) => Reading}
 */
const lighthouseOf = (route, preset) => (results) => {
	const lh = results.lighthouse;
	if (!lh || lh.skipped) return { note: 'Lighthouse skipped' };
	const entry = lh.routes?.[route];
	if (!entry || entry.status !== 'ok') return { note: `${route} not audited` };
	const score = entry[preset]?.score;
	return score === undefined ? { note: `${preset} run failed` } : { value: score };
};

/** @type {Budget[]} */
export const BUDGETS = [
	{
		id: 'home-js',
		label: 'home JS gzip',
		unit: 'KiB',
		limit: 60,
		compare: 'max',
		read: jsOf('home')
	},
	{
		id: 'lesson-js',
		label: 'lesson step JS gzip',
		unit: 'KiB',
		limit: 120,
		compare: 'max',
		read: jsOf('lesson')
	},
	// The lesson's other pages read its prerendered frames and answers, as the step page does, and run no machine.
	...['quiz', 'print', 'embed'].map((route) => ({
		id: `${route}-js`,
		label: `${route} JS gzip`,
		unit: 'KiB',
		limit: 120,
		compare: /** @type {const} */ ('max'),
		read: jsOf(route)
	})),
	// Explore at first paint: the workbench, the statechart and the calculators load when opened (issue 20).
	{
		id: 'explore-js',
		label: 'explore JS gzip',
		unit: 'KiB',
		limit: 120,
		compare: 'max',
		read: jsOf('explore')
	},
	{
		id: 'speaker-js',
		label: 'speaker view JS gzip',
		unit: 'KiB',
		limit: 160,
		compare: 'max',
		read: jsOf('speaker')
	},
	// Issue 20: mobile 95 for home and the lesson step, 90 for the other routes; desktop 100 everywhere.
	...[
		['home', 95],
		['lesson', 95],
		['quiz', 90],
		['print', 90],
		['embed', 90],
		['explore', 90],
		['speaker', 90]
	].flatMap(([route, mobile]) =>
		/** @type {const} */ ([
			['mobile', mobile],
			['desktop', 100]
		]).map(([preset, limit]) => ({
			id: `lighthouse-${route}-${preset}`,
			label: `Lighthouse perf ${route} ${preset}`,
			unit: '',
			limit,
			compare: /** @type {const} */ ('min'),
			read: lighthouseOf(route, preset)
		}))
	),
	...[
		['playback', '', ''],
		['playbackLive', ', live diagram', '-live'],
		['playbackCluster', ', cluster scene', '-cluster'],
		['playbackVhd', ', virtual-disk scene', '-vhd']
	].flatMap(([key, suffix, idSuffix]) => [
		{
			id: `step-to-paint-p95${idSuffix}`,
			label: `step-to-paint p95${suffix}`,
			unit: 'ms',
			limit: 50,
			compare: /** @type {const} */ ('max'),
			read: (/** @type {any} */ results) =>
				results[key]?.stepToPaint?.p95 === undefined
					? { note: results[key]?.error ?? 'playback not run' }
					: { value: results[key].stepToPaint.p95 }
		},
		{
			id: `playback-long-frames${idSuffix}`,
			label: `long animation frames, playback${suffix}`,
			unit: '',
			limit: 0,
			compare: /** @type {const} */ ('max'),
			read: (/** @type {any} */ results) =>
				results[key]?.longAnimationFrames === undefined
					? { note: results[key]?.error ?? 'playback not run' }
					: { value: results[key].longAnimationFrames.count }
		}
	]),
	{
		id: 'stress-long-frames',
		label: 'long animation frames, stress 32',
		unit: '',
		limit: 0,
		compare: 'max',
		read: (results) => {
			const stress = results.stress;
			if (!stress) return { note: 'stress view not run' };
			if (!stress.available) return { note: `not available (${stress.reason})` };
			if (stress.error) return { note: stress.error };
			return { value: stress.longAnimationFrames.count };
		}
	}
];

/**
 * Judges results against budgets. A budget whose value could not be measured is N/A (it does not fail).
 * @param {any} results
 * @param {Budget[]} [budgets]
 * @returns {Verdict[]}
 */
export function evaluateBudgets(results, budgets = BUDGETS) {
	return budgets.map(({ read, ...budget }) => {
		const { value, note } = read(results);
		if (value === undefined || !Number.isFinite(value)) return { ...budget, status: 'N/A', note };
		const pass = budget.compare === 'max' ? value <= budget.limit : value >= budget.limit;
		return { ...budget, value, status: pass ? 'PASS' : 'FAIL', ...(note ? { note } : {}) };
	});
}

/**
 * @param {Verdict[]} verdicts
 * @returns {boolean} whether any budget failed
 */
export function anyFailed(verdicts) {
	return verdicts.some((v) => v.status === 'FAIL');
}
