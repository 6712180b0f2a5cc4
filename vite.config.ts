import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './chromium.config.js';
import { lazyStyles } from './scripts/lazy-styles.js';
import { shellChunk } from './scripts/shell-chunk.js';

export default defineConfig({
	// What every page runs in one file instead of a dozen small ones (see scripts/shell-chunk.js).
	build: { rolldownOptions: { output: { codeSplitting: { groups: [shellChunk()] } } } },
	plugins: [
		sveltekit(),
		// Style sheets of components loaded later stay out of the page's head (see scripts/lazy-styles.js).
		lazyStyles(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['url', 'baseLocale']
		})
	],
	test: {
		expect: { requireAssertions: true },
		// Several tests replay every lesson or fuzz hundreds of inputs: a second alone, but many on a busy 2-core
		// machine (CI, or checkouts tested side by side). A hang still fails, just later.
		testTimeout: 30_000,
		// The JSON report lets .ci/run add up the totals of every runner.
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/vitest.json' },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'client',
					include: ['src/**/*.svelte.{test,spec}.{js,ts}'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({ launchOptions: chromiumLaunchOptions }),
						instances: [{ browser: 'chromium' }]
					}
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					// scripts/: the pure parts of the tooling (npm run bench).
					include: ['src/**/*.{test,spec}.{js,ts}', 'scripts/**/*.test.js'],
					exclude: ['src/**/*.svelte.{test,spec}.{js,ts}']
				}
			}
		]
	}
});
