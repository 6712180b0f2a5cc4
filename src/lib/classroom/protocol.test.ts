import { describe, expect, it } from 'vitest';
import { seeded } from '$lib/testing/fuzz';
import {
	CODE_ALPHABET,
	NICKNAME_MAX,
	newCode,
	parseClientMessage,
	randomNickname
} from './protocol.js';
import { RateLimit } from './rate.js';

describe('classroom protocol', () => {
	it('makes codes only of characters nobody misreads', () => {
		const r = seeded(7);
		for (let i = 0; i < 100; i++) expect(newCode(r)).toMatch(new RegExp(`^[${CODE_ALPHABET}]{5}$`));
		for (const confusing of '0O1IL5S8B') expect(CODE_ALPHABET).not.toContain(confusing);
	});

	it('takes a nickname as plain text: control characters dropped, length capped', () => {
		const join = (nickname: string) =>
			parseClientMessage('learner:join', { code: 'ACDEF', id: 'abcdefgh1', nickname });
		expect(join('  Ann\u0000\u202e  ')).toMatchObject({ ok: true, data: { nickname: 'Ann' } });
		expect(join('<b>x</b>')).toMatchObject({ ok: true, data: { nickname: '<b>x</b>' } });
		expect(join('x'.repeat(NICKNAME_MAX + 1))).toEqual({ ok: false, error: 'bad-message' });
		expect(join('\u0000')).toEqual({ ok: false, error: 'bad-message' });
		expect(randomNickname(seeded(1)).length).toBeLessThanOrEqual(NICKNAME_MAX);
	});

	it('refuses unknown events, extra fields, values beyond their size, and a right answer not offered', () => {
		expect(parseClientMessage('room:set', {})).toEqual({ ok: false, error: 'unknown-event' });
		expect(parseClientMessage('__proto__', {})).toEqual({ ok: false, error: 'unknown-event' });
		expect(parseClientMessage('learner:mode', { mode: 'free', extra: 1 }).ok).toBe(false);
		const set = (name: string, value: string) =>
			parseClientMessage('trainer:set', { code: 'ACDEF', key: 'k'.repeat(24), name, value });
		expect(set('path', '"/learn/x/1/"').ok).toBe(true);
		expect(set('blackout', 'true').ok).toBe(false);
		expect(set('path', 'x'.repeat(2001)).ok).toBe(false);
		const ask = (correct: string) =>
			parseClientMessage('trainer:ask', {
				code: 'ACDEF',
				key: 'k'.repeat(24),
				question: { ref: { kind: 'choice', lesson: 'x', index: 0 }, options: ['0', '1'], correct }
			});
		expect(ask('1').ok).toBe(true);
		expect(ask('2').ok).toBe(false);
	});

	it('limits the messages of a connection, and calls a connection that keeps on a flood', () => {
		let now = 0;
		const limit = new RateLimit(10, 5, () => now);
		const taken = Array.from({ length: 8 }, () => limit.take());
		expect(taken.filter(Boolean)).toHaveLength(5);
		now += 200;
		expect(limit.take()).toBe(true);
		expect(limit.take()).toBe(true);
		expect(limit.take()).toBe(false);
		for (let i = 0; i < 60; i++) limit.take();
		expect(limit.flooding()).toBe(true);
	});
});
