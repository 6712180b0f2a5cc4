// Command-line options of `npm run bench` (pure; args.test.js).
import { parseArgs } from 'node:util';
import { ROUTES } from './routes.js';

/** The parts of the bench, in the order it runs them; `--only` picks some. */
export const PARTS = /** @type {const} */ (['sizes', 'playback', 'stress', 'lighthouse']);

/** @typedef {(typeof PARTS)[number]} Part */

export const USAGE = `Usage: npm run bench -- [options]
  --no-build        use the existing build/ instead of building first
  --no-lighthouse   skip Lighthouse (sizes, playback and the stress view only)
  --quick           one Lighthouse run per route and preset instead of the median of 3
  --runs N          Lighthouse runs per route and preset (default 3)
  --port N          port for the static server on 127.0.0.1 (default 4180)
  --routes A,B      measure and audit only these routes (${ROUTES.map((r) => r.name).join(', ')})
  --only A,B        run only these parts (${PARTS.join(', ')}); budgets of the others read N/A
  --cpu-throttle N  slow the CPU N× (Chrome DevTools emulation) during playback and the stress view
  --help            this text`;

/**
 * @typedef {{ build: boolean, parts: Part[], lighthouse: boolean, runs: number, port: number,
 *   cpuThrottle: number, routes: string[], help: boolean }} BenchOptions
 */

/**
 * @param {string[]} argv the arguments after the script name
 * @param {readonly string[]} [routeNames] the routes the bench knows
 * @returns {BenchOptions}
 */
export function parseBenchArgs(argv, routeNames = ROUTES.map((r) => r.name)) {
	const { values } = parseArgs({
		args: argv,
		options: {
			'no-build': { type: 'boolean', default: false },
			'no-lighthouse': { type: 'boolean', default: false },
			quick: { type: 'boolean', default: false },
			runs: { type: 'string' },
			port: { type: 'string', default: '4180' },
			'cpu-throttle': { type: 'string', default: '1' },
			routes: { type: 'string' },
			only: { type: 'string' },
			help: { type: 'boolean', default: false }
		},
		strict: true,
		allowPositionals: false
	});
	const runs =
		values.runs !== undefined ? positiveInt('--runs', values.runs) : values.quick ? 1 : 3;
	const only = values.only === undefined ? [...PARTS] : listOf('--only', values.only, PARTS);
	const parts = PARTS.filter(
		(part) => only.includes(part) && !(part === 'lighthouse' && values['no-lighthouse'])
	);
	return {
		build: !values['no-build'],
		parts,
		lighthouse: parts.includes('lighthouse'),
		runs,
		port: positiveInt('--port', values.port),
		cpuThrottle: positiveInt('--cpu-throttle', values['cpu-throttle']),
		routes:
			values.routes === undefined ? [...routeNames] : listOf('--routes', values.routes, routeNames),
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
 * A comma-separated list of names, each one of `known`; in the order given, each once.
 * @template {string} T
 * @param {string} name
 * @param {string} text
 * @param {readonly T[]} known
 * @returns {T[]}
 */
function listOf(name, text, known) {
	const names = [...new Set(text.split(',').map((n) => n.trim()))].filter((n) => n !== '');
	const unknown = names.filter((n) => !known.includes(/** @type {T} */ (n)));
	if (names.length === 0 || unknown.length > 0)
		throw new TypeError(
			`${name} takes a comma-separated list of ${known.join(', ')}; got "${text}"`
		);
	return /** @type {T[]} */ (names);
}
