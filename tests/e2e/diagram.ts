// What the lesson tests need of a lesson's diagram: the drawing the page's HTML carries, the live diagram that
// takes its place when a learner reaches for it, and the box lit in either.
import { expect, type Page } from '@playwright/test';

/**
 * The box the request is at, on the drawing or on the live diagram. For the few frames both are there (the live
 * diagram measuring its boxes under the drawing) the live one is inert, and not what the learner sees.
 */
export const activeBox = (page: Page) =>
	page.locator('[data-component][aria-current="step"]:not([inert] *)');

/** Waits until the page runs and its diagram is drawn: a lesson's drawing, or a live diagram. */
export async function diagramDrawn(page: Page) {
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await expect(page.locator('svg.scene-diagram, .svelte-flow__edge').first()).toBeAttached();
}

/** Waits for a lesson's live diagram to have taken the drawing's place. */
export async function diagramLive(page: Page) {
	await expect(page.locator('.svelte-flow__edge').first()).toBeAttached();
	// The stage's drawing (a comparison built ahead of the next step draws the figure too, hidden, elsewhere).
	await expect(page.locator('.diagram-stage svg.scene-diagram')).toHaveCount(0);
}

/**
 * Reaches for a page's diagram with the pointer, as a learner does, and waits for the live diagram. Explore's
 * comparison has two: each is reached for.
 */
export async function useDiagram(page: Page) {
	const stages = page.locator('.diagram-stage');
	for (let i = 0; i < (await stages.count()); i++) await stages.nth(i).hover();
	await diagramLive(page);
}
