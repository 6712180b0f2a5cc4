import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.config.js';

// End-to-end journeys run against the built, prerendered site, exactly as a static host serves it.
// E2E_PORT lets two checkouts on one machine test side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	// Not test-results/ itself: Playwright empties its output folder, and Vitest's report is there.
	outputDir: 'test-results/playwright',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI
		? [['line'], ['json', { outputFile: 'test-results/e2e.json' }]]
		: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	webServer: {
		command: `npm run build && node scripts/serve-static.js --port ${port}`,
		port,
		reuseExistingServer: !process.env.CI,
		// A cold build on a busy 2-core machine can take three minutes on its own.
		timeout: 360_000
	},
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		launchOptions: chromiumLaunchOptions
	}
});
