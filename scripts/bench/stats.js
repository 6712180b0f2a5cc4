// Small statistics for the benchmark: pure, so they are unit-tested (stats.test.js).

/**
 * The middle value; for an even count, the mean of the two middle values. Undefined for no values.
 * @param {readonly number[]} values
 * @returns {number | undefined}
 */
export function median(values) {
	const sorted = finiteSorted(values);
	if (sorted.length === 0) return undefined;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The nearest-rank percentile: the smallest value such that at least p % of the values are ≤ it
 * (so the p95 of 20 samples is the 19th smallest, and p100 is the maximum). Undefined for no values.
 * @param {readonly number[]} values
 * @param {number} p 0–100
 * @returns {number | undefined}
 */
export function percentile(values, p) {
	if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be 0–100, got ${p}`);
	const sorted = finiteSorted(values);
	if (sorted.length === 0) return undefined;
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1];
}

/**
 * Rounds to a number of decimals, leaving undefined alone (for JSON reports that stay readable).
 * @param {number | undefined} value
 * @param {number} [decimals]
 */
export function round(value, decimals = 1) {
	if (value === undefined) return undefined;
	const f = 10 ** decimals;
	return Math.round(value * f) / f;
}

/** @param {readonly number[]} values */
function finiteSorted(values) {
	return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}
