// Lighthouse (the pinned devDependency, run through its CLI so each run gets a fresh Chromium from
// chrome-launcher) against the served build: performance only, mobile (the default preset: simulated slow 4G
// and a 4× slower CPU) and desktop, the median of several runs because single runs are noisy on 2 cores.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../chromium.config.js';
import { median, round } from './stats.js';

const require = createRequire(import.meta.url);
const packageJson = require.resolve('lighthouse/package.json');
const cli = join(dirname(packageJson), 'cli/index.js');
export const LIGHTHOUSE_VERSION = JSON.parse(readFileSync(packageJson, 'utf8')).version;
// The launcher Lighthouse starts Chromium with (its own dependency, so its own version of the flags).
const launcherEntry = createRequire(packageJson).resolve('chrome-launcher');
const { Launcher } = await import(pathToFileURL(launcherEntry).href);

/**
 * The features to turn off after chrome-launcher's own list: the same list without `RenderDocument`, so Chromium
 * runs with its default there, as Chrome, Playwright and Puppeteer do (Puppeteer stopped turning it off in 2026).
 * chrome-launcher 1.2.1 turns it off, and with it off this Chromium (156) under Lighthouse's phone emulation holds a
 * page's first frame until a one-second tick whenever the first frame is ready late: a page of one heading and a
 * 300 ms script painted at 1.2–2.4 s instead of 0.4–0.6 s, and the home page at 1.2 or 2.2 s instead of 0.4–0.6 s,
 * which Lighthouse then charged as FCP, LCP and Speed Index. No reader's browser runs with that switch. A later
 * `--disable-features` replaces an earlier one on Chromium's command line.
 * @param {string[]} launcherFlags chrome-launcher's default flags
 * @returns {string[]} nothing when the launcher does not turn RenderDocument off
 */
export function renderDocumentKept(launcherFlags) {
	const prefix = '--disable-features=';
	const disabled = launcherFlags.find((flag) => flag.startsWith(prefix));
	if (!disabled) return [];
	const features = disabled.slice(prefix.length).split(',');
	if (!features.includes('RenderDocument')) return [];
	return [prefix + features.filter((f) => f !== 'RenderDocument').join(',')];
}

/** The Chromium flags of every Lighthouse run: the project's own, and RenderDocument left as Chromium has it. */
export const LIGHTHOUSE_CHROME_FLAGS = [
	...CHROMIUM_ARGS,
	...renderDocumentKept(Launcher.defaultFlags())
];

/** @typedef {'mobile' | 'desktop'} Preset */

const RUN_TIMEOUT_MS = 180_000;
/**
 * @typedef {{ score?: number, metrics?: Record<string, number | undefined>, benchmarkIndex?: number,
 *   error?: string }} RunSummary
 */

/** The numbers kept from a Lighthouse result (the whole report stays in its JSON file). */
const METRICS = {
	fcp: 'first-contentful-paint',
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	cls: 'cumulative-layout-shift',
	si: 'speed-index',
	tti: 'interactive'
};

/**
 * Reads the score (0–100, as Lighthouse shows it) and metrics out of a Lighthouse result.
 * @param {any} lhr
 * @returns {RunSummary}
 */
export function summarizeLhr(lhr) {
	if (lhr.runtimeError) return { error: lhr.runtimeError.message ?? lhr.runtimeError.code };
	const score = lhr.categories?.performance?.score;
	/** @type {Record<string, number | undefined>} */
	const metrics = {};
	for (const [key, audit] of Object.entries(METRICS)) {
		const value = lhr.audits?.[audit]?.numericValue;
		metrics[key] = typeof value === 'number' ? round(value, key === 'cls' ? 3 : 0) : undefined;
	}
	// Lighthouse's measure of how fast this machine was during the run (a typical laptop: 1000–2000; lower
	// means a slow or busy CPU, and then simulated mobile timings, TBT above all, come out worse).
	const benchmarkIndex = lhr.environment?.benchmarkIndex;
	if (typeof score !== 'number') return { error: 'no performance score', metrics };
	return { score: Math.round(score * 100), metrics, ...(benchmarkIndex ? { benchmarkIndex } : {}) };
}

/**
 * The median score and median of each metric over runs; failed runs are left out.
 * @param {RunSummary[]} runs
 */
export function combineRuns(runs) {
	const ok = runs.filter((r) => r.score !== undefined);
	if (ok.length === 0)
		return { error: runs.find((r) => r.error)?.error ?? 'no run succeeded', runs: [] };
	/** @type {Record<string, number | undefined>} */
	const metrics = {};
	for (const key of Object.keys(METRICS)) {
		metrics[key] = median(ok.map((r) => r.metrics?.[key]).filter((v) => v !== undefined));
	}
	return {
		score: median(ok.map((r) => /** @type {number} */ (r.score))),
		runs: ok.map((r) => r.score),
		metrics,
		benchmarkIndex: median(ok.map((r) => r.benchmarkIndex ?? NaN)),
		...(ok.length < runs.length ? { failedRuns: runs.length - ok.length } : {})
	};
}

/**
 * One Lighthouse run; its JSON report is written to outFile.
 * @param {string} url
 * @param {Preset} preset
 * @param {string} outFile
 * @returns {Promise<RunSummary>}
 */
export async function runLighthouse(url, preset, outFile) {
	const args = [
		cli,
		url,
		'--output=json',
		`--output-path=${outFile}`,
		'--only-categories=performance',
		'--quiet',
		`--chrome-flags=${LIGHTHOUSE_CHROME_FLAGS.join(' ')}`,
		...(preset === 'desktop' ? ['--preset=desktop'] : [])
	];
	const { code, stderr } = await new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, {
			env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let stderr = '';
		child.stderr.on('data', (chunk) => (stderr += chunk));
		// A hung run must not hang the bench; SIGINT lets Lighthouse close its Chromium first.
		const timer = setTimeout(() => {
			stderr += `\ntimed out after ${RUN_TIMEOUT_MS / 1000} s`;
			child.kill('SIGINT');
		}, RUN_TIMEOUT_MS);
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code, stderr });
		});
	});
	if (code !== 0) return { error: `lighthouse exited ${code}: ${stderr.trim().split('\n').pop()}` };
	return summarizeLhr(JSON.parse(readFileSync(outFile, 'utf8')));
}

/**
 * Audits each route in both presets, `runs` times each.
 * @param {string} base
 * @param {{ name: string, path: string }[]} routes
 * @param {{ runs: number, outDir: string, log: (line: string) => void }} options
 */
export async function auditRoutes(base, routes, { runs, outDir, log }) {
	/** @type {Record<string, any>} */
	const result = {};
	for (const route of routes) {
		const probe = await fetch(base + route.path, { method: 'HEAD' });
		if (!probe.ok) {
			result[route.name] = { status: 'missing', path: route.path, httpStatus: probe.status };
			continue;
		}
		/** @type {Record<string, any>} */
		const entry = { status: 'ok', path: route.path };
		for (const preset of /** @type {Preset[]} */ (['mobile', 'desktop'])) {
			const summaries = [];
			for (let i = 1; i <= runs; i++) {
				log(`Lighthouse ${route.name} ${preset} ${i}/${runs}`);
				summaries.push(
					await runLighthouse(
						base + route.path,
						preset,
						join(outDir, `${route.name}-${preset}-${i}.json`)
					)
				);
			}
			entry[preset] = combineRuns(summaries);
		}
		result[route.name] = entry;
	}
	return { version: LIGHTHOUSE_VERSION, runs, routes: result };
}
