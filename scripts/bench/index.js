#!/usr/bin/env node
// npm run bench: builds the site, serves it on loopback, measures what each route loads, audits routes with
// Lighthouse, plays a lesson and the stress view in Chromium, prints one line per budget and writes
// bench-results/bench.json. Exits 1 when a budget fails, 2 when the bench itself could not run.
// See README.md ("Performance benchmark") for how to read it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../chromium.config.js';
import { USAGE, parseBenchArgs } from './args.js';
import { anyFailed, evaluateBudgets } from './budgets.js';
import { auditRoutes } from './lighthouse.js';
import { playLesson } from './playback.js';
import { formatReport } from './report.js';
import { PLAYBACK, REACH_LIVE, ROUTES, SCENE_PLAYBACKS, STRESS } from './routes.js';
import { build, serve } from './server.js';
import { measureSizes } from './sizes.js';
import { playStress } from './stress.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, 'bench-results');
/** @param {string} line */
const log = (line) => console.error(`[bench] ${line}`);

/** @param {unknown} error */
const messageOf = (error) => (error instanceof Error ? error.message : String(error));

function commit() {
	try {
		const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root })
			.toString()
			.trim();
		const dirty =
			execFileSync('git', ['status', '--porcelain'], { cwd: root }).toString().trim() !== '';
		return dirty ? `${hash}+changes` : hash;
	} catch {
		return undefined;
	}
}

async function main() {
	let options;
	try {
		options = parseBenchArgs(process.argv.slice(2));
	} catch (error) {
		console.error(`${messageOf(error)}\n\n${USAGE}`);
		return 2;
	}
	if (options.help) {
		console.log(USAGE);
		return 0;
	}
	mkdirSync(join(outDir, 'lighthouse'), { recursive: true });
	if (options.build) {
		log('building (npm run build, log in bench-results/build.log)');
		await build(join(outDir, 'build.log'));
	}
	const server = await serve(options.port);
	const routes = ROUTES.filter((r) => options.routes.includes(r.name));
	const runs = new Set(options.parts);
	/** @type {Record<string, any>} */
	const results = {
		meta: {
			date: new Date().toISOString(),
			commit: commit(),
			node: process.version,
			cpus: availableParallelism(),
			loadBefore: loadavg()[0],
			options
		}
	};
	try {
		const browser = await chromium.launch(chromiumLaunchOptions);
		results.meta.chromium = browser.version();
		if (runs.has('sizes')) {
			try {
				log('sizes');
				results.sizes = { routes: await measureSizes(browser, server.base, routes) };
			} catch (error) {
				results.sizes = { error: messageOf(error), routes: {} };
			}
		}
		if (runs.has('playback')) {
			try {
				log(`lesson playback (${PLAYBACK.path}, ${PLAYBACK.steps} steps)`);
				results.playback = await playLesson(browser, server.base, {
					...PLAYBACK,
					cpuThrottle: options.cpuThrottle
				});
			} catch (error) {
				results.playback = { url: PLAYBACK.path, error: messageOf(error) };
			}
			try {
				log(`lesson playback with the live diagram (${PLAYBACK.path}, ${PLAYBACK.steps} steps)`);
				results.playbackLive = await playLesson(browser, server.base, {
					...PLAYBACK,
					reach: REACH_LIVE,
					cpuThrottle: options.cpuThrottle
				});
			} catch (error) {
				results.playbackLive = { url: PLAYBACK.path, live: true, error: messageOf(error) };
			}
			for (const { key, label, ...playback } of SCENE_PLAYBACKS) {
				try {
					log(`lesson playback on the ${label} (${playback.path}, ${playback.steps} steps)`);
					results[key] = {
						label,
						...(await playLesson(browser, server.base, {
							...playback,
							cpuThrottle: options.cpuThrottle
						}))
					};
				} catch (error) {
					results[key] = { label, url: playback.path, error: messageOf(error) };
				}
			}
		}
		if (runs.has('stress')) {
			try {
				log(`stress view (${STRESS.path})`);
				results.stress = await playStress(browser, server.base, {
					...STRESS,
					cpuThrottle: options.cpuThrottle
				});
			} catch (error) {
				results.stress = { available: true, url: STRESS.path, error: messageOf(error) };
			}
		}
		await browser.close();
		// Last and alone: Lighthouse scores suffer from anything else running.
		results.lighthouse = options.lighthouse
			? await auditRoutes(
					server.base,
					routes.filter((r) => r.lighthouse),
					{ runs: options.runs, outDir: join(outDir, 'lighthouse'), log }
				)
			: { skipped: true, reason: 'not asked for (--no-lighthouse or --only)' };
	} finally {
		server.stop();
	}
	results.meta.loadAfter = loadavg()[0];
	const verdicts = evaluateBudgets(results);
	results.budgets = verdicts;
	writeFileSync(join(outDir, 'bench.json'), JSON.stringify(results, null, '\t') + '\n');
	console.log(formatReport(results, verdicts));
	console.log('\nFull results: bench-results/bench.json');
	return anyFailed(verdicts) ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(
			`bench could not run: ${error instanceof Error ? (error.stack ?? error.message) : error}`
		);
		process.exit(2);
	}
);
