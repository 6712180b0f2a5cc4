// What the security and accessibility checks of many pages share: the content-security-policy violations a page
// reports, the requests it makes to other origins, and axe's findings, each as a list that should be empty.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Starts listening, before the page loads, for policy violations and for requests to any origin but the site's
 * own (`baseURL`; leave it out to count only the violations). Read the lists after the page has done its work.
 */
export async function watchPolicy(page: Page, baseURL?: string) {
	await page.addInitScript(() => {
		const w = window as unknown as { violations: string[] };
		w.violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.violations.push(`${e.violatedDirective}: ${e.blockedURI}`)
		);
	});
	const foreign: string[] = [];
	if (baseURL) {
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL).origin) {
				foreign.push(request.url());
			}
		});
	}
	return {
		/** The violations the page reported so far. */
		violations: () =>
			page.evaluate(() => (window as unknown as { violations: string[] }).violations),
		/** Requests to other origins so far. */
		foreign
	};
}

/** Axe's findings on the page as it is now, one line per rule with the elements it found. */
export async function axeViolations(page: Page, builder = new AxeBuilder({ page })) {
	const results = await builder.analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
}
