// Command-line options of `npm run bench` (pure; args.test.js).
import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run bench -- [options]
  --no-build        use the existing build/ instead of building first
  --no-lighthouse   skip Lighthouse (sizes, playback and the stress view only)
  --quick           one Lighthouse run per route and preset instead of the median of 3
  --runs N          Lighthouse runs per route and preset (default 3)
  --port N          port for the static server on 127.0.0.1 (default 4180)
  --cpu-throttle N  slow the CPU N× (Chrome DevTools emulation) during playback and the stress view
  --only PARTS      measure only these parts, comma-separated: sizes, playback, stress, lighthouse
                    (e.g. --only playback while working on the diagram's motion); budgets of the
                    others are then N/A
  --help            this text`;

/** The parts of the bench, in the order they run. */
export const PARTS = /** @type {const} */ (['sizes', 'playback', 'stress', 'lighthouse']);

/**
 * @typedef {(typeof PARTS)[number]} BenchPart
 * @typedef {{ build: boolean, lighthouse: boolean, runs: number, port: number, cpuThrottle: number,
 *   parts: BenchPart[], help: boolean }} BenchOptions
 */

/**
 * @param {string[]} argv the arguments after the script name
 * @returns {BenchOptions}
 */
export function parseBenchArgs(argv) {
	const { values } = parseArgs({
		args: argv,
		options: {
			'no-build': { type: 'boolean', default: false },
			'no-lighthouse': { type: 'boolean', default: false },
			quick: { type: 'boolean', default: false },
			runs: { type: 'string' },
			port: { type: 'string', default: '4180' },
			'cpu-throttle': { type: 'string', default: '1' },
			only: { type: 'string' },
			help: { type: 'boolean', default: false }
		},
		strict: true,
		allowPositionals: false
	});
	const runs =
		values.runs !== undefined ? positiveInt('--runs', values.runs) : values.quick ? 1 : 3;
	const parts = values.only === undefined ? [...PARTS] : partsOf(values.only);
	return {
		build: !values['no-build'],
		lighthouse: !values['no-lighthouse'] && parts.includes('lighthouse'),
		runs,
		port: positiveInt('--port', values.port),
		cpuThrottle: positiveInt('--cpu-throttle', values['cpu-throttle']),
		parts,
		help: values.help
	};
}

/**
 * @param {string} name
 * @param {string} text
 */
function positiveInt(name, text) {
	if (!/^[1-9]\d*$/.test(text))
		throw new TypeError(`${name} needs a whole number ≥ 1, got "${text}"`);
	return Number(text);
}

/**
 * "playback,sizes" → ['playback', 'sizes']
 * @param {string} text
 * @returns {BenchPart[]}
 */
function partsOf(text) {
	const names = text.split(',').map((name) => name.trim());
	const unknown = names.filter(
		(name) => !(/** @type {readonly string[]} */ (PARTS).includes(name))
	);
	if (unknown.length || !text.trim())
		throw new TypeError(`--only takes ${PARTS.join(', ')}; got "${text}"`);
	return /** @type {BenchPart[]} */ (names);
}
