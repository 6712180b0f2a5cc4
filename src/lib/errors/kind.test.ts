import { describe, expect, it } from 'vitest';
import { errorKind } from './kind';

describe('errorKind', () => {
	it('keeps the bad-address kinds the lesson loader names', () => {
		expect(errorKind(404, { message: 'x', reason: 'unknown-lesson', lesson: 'nope' })).toBe(
			'unknown-lesson'
		);
		expect(errorKind(404, { message: 'x', reason: 'unknown-step', lesson: 'a', step: '99' })).toBe(
			'unknown-step'
		);
	});

	it('calls any other 404 a missing page', () => {
		expect(errorKind(404, { message: 'Not Found' })).toBe('not-found');
		expect(errorKind(404, null)).toBe('not-found');
	});

	it('calls everything else unexpected, whatever message it carries', () => {
		expect(errorKind(500, { message: 'Internal Error' })).toBe('unexpected');
		expect(errorKind(500, { message: 'x', reason: 'unexpected' })).toBe('unexpected');
		expect(errorKind(400, undefined)).toBe('unexpected');
	});
});
