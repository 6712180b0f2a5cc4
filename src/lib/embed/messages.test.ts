import { describe, expect, it } from 'vitest';
import { gotoStep, stepMessage } from './messages';

describe('the embed postMessage API', () => {
	it('accepts a goto to any step of the lesson', () => {
		expect(gotoStep({ type: 'enlighten:goto', step: 1 }, 12)).toBe(1);
		expect(gotoStep({ type: 'enlighten:goto', step: 12 }, 12)).toBe(12);
	});

	it.each([
		['a step past the end', { type: 'enlighten:goto', step: 13 }],
		['step 0', { type: 'enlighten:goto', step: 0 }],
		['a negative step', { type: 'enlighten:goto', step: -1 }],
		['a fraction', { type: 'enlighten:goto', step: 2.5 }],
		['a step as text', { type: 'enlighten:goto', step: '3' }],
		['NaN', { type: 'enlighten:goto', step: NaN }],
		['Infinity', { type: 'enlighten:goto', step: Infinity }],
		['no step', { type: 'enlighten:goto' }],
		['another type', { type: 'enlighten:step', step: 3 }],
		['a type in other case', { type: 'Enlighten:Goto', step: 3 }],
		['an extra field', { type: 'enlighten:goto', step: 3, lesson: 'storage' }],
		['a string', 'enlighten:goto'],
		['JSON text', JSON.stringify({ type: 'enlighten:goto', step: 3 })],
		['an array', ['enlighten:goto', 3]],
		['null', null],
		['a number', 3],
		['undefined', undefined]
	])('ignores %s', (_, data) => {
		expect(gotoStep(data, 12)).toBeUndefined();
	});

	it('says which lesson and step it shows', () => {
		expect(stepMessage('storage', 3, 12)).toEqual({
			type: 'enlighten:step',
			lesson: 'storage',
			step: 3,
			total: 12
		});
	});
});
