import { describe, expect, it } from 'vitest';
import { stepMoveFor, targetStep } from './keys';

const key = (
	k: string,
	init: Partial<KeyboardEventInit & { defaultPrevented: boolean }> = {},
	target?: object
) =>
	({
		key: k,
		altKey: false,
		ctrlKey: false,
		metaKey: false,
		shiftKey: false,
		target,
		...init
	}) as unknown as KeyboardEvent;

describe('lesson keys', () => {
	it('steps with arrows, Space and clicker keys', () => {
		expect(stepMoveFor(key('ArrowRight'))).toBe('next');
		expect(stepMoveFor(key(' '))).toBe('next');
		expect(stepMoveFor(key('PageDown'))).toBe('next');
		expect(stepMoveFor(key('PageUp'))).toBe('back');
		expect(stepMoveFor(key('ArrowLeft'))).toBe('back');
		expect(stepMoveFor(key('Home'))).toBe('first');
		expect(stepMoveFor(key('End'))).toBe('last');
	});

	it('leaves browser shortcuts and other keys alone', () => {
		expect(stepMoveFor(key('ArrowLeft', { altKey: true }))).toBeUndefined();
		expect(stepMoveFor(key('ArrowRight', { ctrlKey: true }))).toBeUndefined();
		expect(stepMoveFor(key('a'))).toBeUndefined();
	});

	it('leaves keys to fields, buttons and the diagram', () => {
		// A stand-in target inside an element matching `selector`, answering `closest` as the DOM would.
		const inside = (selector: string) => ({
			closest: (list: string) => (list.split(/\s*,\s*/).includes(selector) ? {} : null)
		});
		expect(stepMoveFor(key('ArrowRight', {}, inside('input')))).toBeUndefined();
		expect(stepMoveFor(key(' ', {}, inside('button')))).toBeUndefined();
		expect(stepMoveFor(key('ArrowRight', {}, inside('button')))).toBe('next');
		// After clicking Next (a link), Space goes on stepping.
		expect(stepMoveFor(key(' ', {}, inside('a')))).toBe('next');
		// A diagram box takes the arrows (it prevents the default); the zoom buttons beside it do not.
		expect(
			stepMoveFor(key('ArrowRight', { defaultPrevented: true }, inside('button')))
		).toBeUndefined();
		expect(stepMoveFor(key('ArrowRight', {}, inside('.svelte-flow')))).toBe('next');
		// A clicker steps even with the focus left on a box.
		expect(stepMoveFor(key('PageDown', {}, inside('button')))).toBe('next');
	});

	it('leaves the scrolling keys to a page that scrolls, and still steps with the arrows', () => {
		for (const k of [' ', 'PageDown', 'PageUp', 'Home', 'End']) {
			expect(stepMoveFor(key(k), true), k).toBeUndefined();
		}
		expect(stepMoveFor(key('ArrowRight'), true)).toBe('next');
		expect(stepMoveFor(key('ArrowLeft'), true)).toBe('back');
	});

	it('measures whether the page scrolls only for a key that scrolls (an arrow never lays the page out)', () => {
		let asked = 0;
		const scrolls = () => (asked++, true);
		expect(stepMoveFor(key('ArrowRight'), scrolls)).toBe('next');
		expect(stepMoveFor(key('ArrowLeft'), scrolls)).toBe('back');
		expect(asked).toBe(0);
		expect(stepMoveFor(key('PageDown'), scrolls)).toBeUndefined();
		expect(asked).toBe(1);
		expect(stepMoveFor(key('PageDown'), () => false)).toBe('next');
	});

	it('clamps to the lesson', () => {
		expect(targetStep('next', 19, 19)).toBe(19);
		expect(targetStep('back', 1, 19)).toBe(1);
		expect(targetStep('last', 3, 19)).toBe(19);
		expect(targetStep('first', 3, 19)).toBe(1);
		expect(targetStep('next', 3, 19)).toBe(4);
	});
});
