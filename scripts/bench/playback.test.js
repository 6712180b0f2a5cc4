import { describe, expect, it } from 'vitest';
import { keysFor, parseCounter } from './playback.js';

describe('parseCounter', () => {
	it('reads the step and the total in English and Dutch', () => {
		expect(parseCounter('Step 3 of 20')).toEqual([3, 20]);
		expect(parseCounter('Stap 12 van 19')).toEqual([12, 19]);
		expect(parseCounter('no numbers')).toBeUndefined();
	});
});

describe('keysFor', () => {
	it('goes forward through a long enough lesson', () => {
		expect(keysFor(1, 21, 20)).toEqual(Array(20).fill('ArrowRight'));
	});
	it('turns back at the last step, so a 20-step lesson still gives 20 step changes', () => {
		const keys = keysFor(1, 20, 20);
		expect(keys.slice(0, 19)).toEqual(Array(19).fill('ArrowRight'));
		expect(keys[19]).toBe('ArrowLeft');
	});
	it('bounces between the ends of a short lesson', () => {
		expect(keysFor(2, 3, 4)).toEqual(['ArrowRight', 'ArrowLeft', 'ArrowLeft', 'ArrowRight']);
		expect(() => keysFor(1, 1, 3)).toThrow(RangeError);
	});
});
