#!/usr/bin/env node
// Adds up the JSON reports of Vitest (unit + browser) and Playwright (end-to-end) into one closing line,
// "N passed, N failed", which CI reads. A runner that did not report counts as a failure, not as zero.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = read('test-results/vitest.json');
if (vitest) {
	passed += vitest.numPassedTests;
	// A test file that fails to load runs no test but fails its suite: count it, or a broken file looks green.
	const brokenFiles = vitest.testResults.filter(
		(file) => file.status === 'failed' && file.assertionResults.every((t) => t.status !== 'failed')
	).length;
	failed += vitest.numFailedTests + brokenFiles;
	skipped += vitest.numPendingTests + vitest.numTodoTests;
	console.log(
		`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed` +
			(brokenFiles ? `, ${brokenFiles} test files failed to run` : '')
	);
} else {
	failed += 1;
	console.log('vitest: no report (did it run?)');
}

const e2e = read('test-results/e2e.json');
if (e2e) {
	const { expected, unexpected, flaky, skipped: s } = e2e.stats;
	// Errors outside tests (a build that failed in webServer, a file that does not load) count as failures.
	const errors = e2e.errors?.length ?? 0;
	passed += expected + flaky;
	failed += unexpected + errors;
	skipped += s;
	console.log(
		`playwright: ${expected + flaky} passed (${flaky} flaky), ${unexpected} failed` +
			(errors ? `, ${errors} errors outside tests` : '')
	);
} else {
	failed += 1;
	console.log('playwright: no report (did it run?)');
}

console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
process.exit(failed > 0 ? 1 : 0);
