import { describe, expect, it } from 'vitest';
import { NEVER, isOwnComponent, withoutLazyComponents } from './lazy-styles.js';

describe('withoutLazyComponents', () => {
	it('replaces each import() of a Svelte component, whatever its quotes and spacing', () => {
		const code = `onMount(() => import('$lib/diagram/Diagram.svelte').then(set));
const p = import( "./KeyHelp.svelte" );`;
		expect(withoutLazyComponents(code)).toBe(`onMount(() => ${NEVER}.then(set));
const p = ${NEVER};`);
	});

	it('leaves imports of other modules and static imports alone (null: nothing to change)', () => {
		const code = `import Diagram from './Diagram.svelte';
const store = await import('$lib/authoring/store');
const css = import('./x.svelte.ts');`;
		expect(withoutLazyComponents(code)).toBeNull();
	});

	it('the replacement stays pending, as the component would while the page prerenders', async () => {
		const settled = await Promise.race([
			new Function(`return ${NEVER}`)().then(() => 'settled'),
			new Promise((resolve) => setTimeout(() => resolve('pending'), 20))
		]);
		expect(settled).toBe('pending');
	});
});

describe('isOwnComponent', () => {
	it('is true for the app’s components only', () => {
		expect(isOwnComponent('/w/src/lib/diagram/DiagramStage.svelte')).toBe(true);
		expect(isOwnComponent('/w/src/lib/scenes/load.ts')).toBe(false);
		expect(isOwnComponent('/w/node_modules/@xyflow/svelte/dist/lib/Flow.svelte')).toBe(false);
		expect(isOwnComponent('/w/src/lib/diagram/Diagram.svelte?svelte&type=style&lang.css')).toBe(
			false
		);
	});
});
