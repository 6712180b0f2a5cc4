// Turns bench results into the text printed at the end of `npm run bench` (pure; report.test.js).

/** @typedef {import('./budgets.js').Verdict} Verdict */

/**
 * Left-aligned columns, two spaces apart; trailing spaces trimmed. The last cell of a row shorter than the
 * header spans the rest of the line (a note instead of numbers) and does not widen its column.
 * @param {string[][]} rows the first row is the header
 * @returns {string[]}
 */
export function table(rows) {
	const columns = rows[0].length;
	const widths = rows[0].map((_, i) =>
		Math.max(
			...rows.map((row) =>
				row.length < columns && i === row.length - 1 ? 0 : (row[i] ?? '').length
			)
		)
	);
	return rows.map((row) =>
		row
			.map((cell, i) => (cell ?? '').padEnd(widths[i]))
			.join('  ')
			.trimEnd()
	);
}

/**
 * @param {number | undefined} bytes
 * @returns {string} KiB with one decimal
 */
export const kib = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KiB`);

/**
 * A measured value with its unit: whole numbers stay whole, others get one decimal.
 * @param {number | undefined} value
 * @param {string} [unit]
 */
export function quantity(value, unit = '') {
	if (value === undefined) return '–';
	const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
	return unit ? `${text} ${unit}` : text;
}

/**
 * One line per budget: what was measured, the budget, PASS/FAIL/N/A (and why N/A).
 * @param {Verdict[]} verdicts
 */
export function formatBudgets(verdicts) {
	return table([
		['budget', 'value', 'limit', 'result'],
		...verdicts.map((v) => [
			v.label,
			quantity(v.value, v.unit),
			`${v.compare === 'max' ? '≤' : '≥'} ${quantity(v.limit, v.unit)}`,
			v.note && v.status === 'N/A' ? `${v.status}: ${v.note}` : v.status
		])
	]);
}

/**
 * @param {any} sizes `results.sizes`
 */
export function formatSizes(sizes) {
	const rows = Object.entries(sizes.routes).map(([name, s]) =>
		s.status === 'ok'
			? [
					name,
					s.path,
					kib(s.js.gzip),
					kib(s.js.raw),
					String(s.js.files),
					kib(s.css.gzip),
					String(s.css.files)
				]
			: [name, s.path, `skipped: answered ${s.httpStatus ?? 'nothing'}`]
	);
	return table([['route', 'path', 'JS gzip', 'JS raw', 'files', 'CSS gzip', 'files'], ...rows]);
}

/**
 * @param {any} lighthouse `results.lighthouse`
 */
export function formatLighthouse(lighthouse) {
	if (lighthouse.skipped) return [`Lighthouse skipped (${lighthouse.reason})`];
	/** @param {any} preset */
	const cell = (preset) =>
		preset?.score === undefined
			? `failed${preset?.error ? `: ${preset.error}` : ''}`
			: `${preset.score} (${preset.runs.join(', ')})`;
	/** @param {any} preset */
	const metrics = (preset) =>
		preset?.metrics
			? `FCP ${quantity(preset.metrics.fcp, 'ms')}, LCP ${quantity(preset.metrics.lcp, 'ms')}, TBT ${quantity(preset.metrics.tbt, 'ms')}, CLS ${quantity(preset.metrics.cls)}`
			: '–';
	const rows = Object.entries(lighthouse.routes).map(([name, r]) =>
		r.status === 'ok'
			? [
					name,
					cell(r.mobile),
					cell(r.desktop),
					metrics(r.mobile),
					quantity(r.mobile?.benchmarkIndex) + ' / ' + quantity(r.desktop?.benchmarkIndex)
				]
			: [name, `skipped: ${r.path} answered ${r.httpStatus ?? 'nothing'}`]
	);
	return [
		`Lighthouse ${lighthouse.version}, performance score, median of ${lighthouse.runs} (runs in brackets)`,
		'CPU index: Lighthouse benchmarkIndex, mobile / desktop (a free laptop: 1000+; lower: a busy machine)',
		...table([['route', 'mobile', 'desktop', 'mobile medians', 'CPU index'], ...rows])
	];
}

/**
 * @param {any} playback `results.playback`
 */
export function formatPlayback(playback) {
	const name = playback.label
		? `Lesson playback, ${playback.label}`
		: playback.live
			? 'Lesson playback, live diagram'
			: 'Lesson playback, drawn diagram';
	if (playback.error) return [`${name} failed: ${playback.error}`];
	const { stepToPaint: s, longAnimationFrames: loaf, longTasks } = playback;
	const lines = [
		`${name}: ${playback.steps} steps of ${playback.url}` +
			(playback.cpuThrottle > 1 ? ` (CPU ${playback.cpuThrottle}× slower)` : ''),
		`  step-to-paint p50 ${quantity(s.p50, 'ms')}, p95 ${quantity(s.p95, 'ms')}, max ${quantity(s.max, 'ms')}`,
		`  long animation frames ${loaf.count} (longest ${quantity(loaf.longest, 'ms')}), long tasks ${longTasks.count} (longest ${quantity(longTasks.longest, 'ms')})`
	];
	for (const frame of loaf.worst ?? []) {
		lines.push(
			`    ${quantity(frame.duration, 'ms')} at step ${frame.step ?? '?'}: ${frame.scripts.join('; ') || 'no script attributed (style/layout/paint)'}`
		);
	}
	return lines;
}

/**
 * @param {any} stress `results.stress`
 */
export function formatStress(stress) {
	if (!stress.available) return [`Stress view ${stress.url}: not available (${stress.reason})`];
	if (stress.error) return [`Stress view ${stress.url}: failed: ${stress.error}`];
	return [
		`Stress view ${stress.url}: ${stress.children} child partitions, ${stress.steps} steps in ${quantity(stress.seconds, 's')}`,
		`  long animation frames ${stress.longAnimationFrames.count} (longest ${quantity(stress.longAnimationFrames.longest, 'ms')}), long tasks ${stress.longTasks.count}, frame interval p95 ${quantity(stress.frameIntervals.p95, 'ms')}`
	];
}

/**
 * What was measured where, and how busy the machine was (a load above the CPU count inflates every timing).
 * @param {any} meta `results.meta`
 */
export function formatMeta(meta) {
	const load = [meta.loadBefore, meta.loadAfter]
		.filter((l) => l !== undefined)
		.map((l) => l.toFixed(1));
	const busy = Math.max(meta.loadBefore ?? 0, meta.loadAfter ?? 0) > (meta.cpus ?? Infinity);
	return (
		`Commit ${meta.commit ?? '?'}, Chromium ${meta.chromium ?? '?'}, ${meta.cpus} CPUs, load average ${load.join(' → ')}` +
		(busy ? ' (busy machine: timings are inflated)' : '')
	);
}

/**
 * The whole printed report: measurements first, then one line per budget.
 * @param {any} results
 * @param {Verdict[]} verdicts
 */
export function formatReport(results, verdicts) {
	const sections = [];
	if (results.meta) sections.push([formatMeta(results.meta)]);
	if (results.sizes)
		sections.push([
			'JS and CSS a first visit loads (from the network log)',
			...formatSizes(results.sizes)
		]);
	if (results.lighthouse) sections.push(formatLighthouse(results.lighthouse));
	if (results.playback) sections.push(formatPlayback(results.playback));
	for (const key of ['playbackLive', 'playbackCluster', 'playbackVhd'])
		if (results[key]) sections.push(formatPlayback(results[key]));
	if (results.stress) sections.push(formatStress(results.stress));
	sections.push(formatBudgets(verdicts));
	return sections.map((lines) => lines.join('\n')).join('\n\n');
}
