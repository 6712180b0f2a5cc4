import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
	emptyProgress,
	markSeen,
	mergeProgress,
	parseProgress,
	progressSchema,
	recordAnswer,
	serializeProgress,
	MAX_BYTES
} from './progress';
import { loadStored, SET_ASIDE_KEY, STORAGE_KEY, store } from './storage';
import {
	ATOMS,
	breakText,
	editJson,
	jsonValue,
	pick,
	seeded,
	type Random
} from '$lib/testing/fuzz';
import { MemoryStorage } from '$lib/testing/memory-storage';

const sample = () =>
	recordAnswer(
		markSeen(markSeen(emptyProgress(), 'vmbus-up-close', 'offer'), 'vmbus-up-close', 'gpadl'),
		'vmbus-up-close',
		'why-ring',
		true
	);

describe('progress', () => {
	it('survives a round trip through a file', () => {
		const parsed = parseProgress(serializeProgress(sample()));
		expect(parsed).toEqual({ ok: true, progress: sample() });
	});

	it('marks a step once, however often it is seen', () => {
		const p = markSeen(sample(), 'vmbus-up-close', 'offer');
		expect(p.lessons['vmbus-up-close']!.seen).toEqual(['offer', 'gpadl']);
	});

	it('refuses what is not JSON, not ours, from a newer version, or too large, saying which', () => {
		expect(parseProgress('{nope')).toEqual({ ok: false, reason: 'not-json' });
		expect(parseProgress('{"lessons":{}}')).toEqual({ ok: false, reason: 'not-progress' });
		expect(parseProgress(JSON.stringify({ ...emptyProgress(), version: 9 }))).toEqual({
			ok: false,
			reason: 'newer-version'
		});
		expect(parseProgress(' '.repeat(MAX_BYTES + 1))).toEqual({ ok: false, reason: 'too-large' });
		// Ids are slugs: nothing that could be markup gets in.
		const markup = { ...emptyProgress(), lessons: { '<img src=x>': { seen: [], quiz: {} } } };
		expect(parseProgress(JSON.stringify(markup))).toEqual({ ok: false, reason: 'not-progress' });
	});

	it('merges an import without losing anything already saved', () => {
		const here = recordAnswer(
			markSeen(emptyProgress(), 'storage', 'fixed'),
			'vmbus-up-close',
			'why-ring',
			false
		);
		const merged = mergeProgress(here, sample());
		expect(merged.lessons['storage']!.seen).toEqual(['fixed']);
		expect(merged.lessons['vmbus-up-close']!.seen).toEqual(['offer', 'gpadl']);
		// A right answer in either stays right.
		expect(merged.lessons['vmbus-up-close']!.quiz['why-ring']).toEqual({ correct: true });
		expect(mergeProgress(sample(), here).lessons['vmbus-up-close']!.quiz['why-ring']).toEqual({
			correct: true
		});
	});

	it('keeps a corrupt stored value aside and starts empty', () => {
		const storage = new MemoryStorage();
		storage.setItem(STORAGE_KEY, '{"app":"enlighten","version":1,"lessons":{"x":{"seen":"oops"}}}');
		const loaded = loadStored(storage);
		expect(loaded).toEqual({ progress: emptyProgress(), setAside: true });
		expect(storage.getItem(SET_ASIDE_KEY)).toContain('oops');
		expect(storage.getItem(STORAGE_KEY)).toBeNull();
	});

	it('reads back what it stored', () => {
		const storage = new MemoryStorage();
		expect(store(storage, sample())).toBe(true);
		expect(loadStored(storage)).toEqual({ progress: sample(), setAside: false });
	});
});

describe('progress parsing, fuzzed', () => {
	const keys = [
		'app',
		'version',
		'lessons',
		'seen',
		'quiz',
		'correct',
		'storage',
		'__proto__',
		'a-b'
	];
	const atoms = [...ATOMS, 'enlighten', 1, 2];
	/** Saved progress broken in one place, or a value of the wrong kind where a list of steps goes. */
	const broken = (r: Random, text: string) =>
		pick(r, [
			() => breakText(r, text),
			() => text.replace('true', '"true"'),
			() => text.replace('"seen": [', '"seen": [7, ')
		])();

	it('never throws and never lets a malformed value through, over 400 generated inputs', () => {
		const valid = serializeProgress(sample());
		let refused = 0;
		for (let seed = 1; seed <= 400; seed++) {
			const r = seeded(seed);
			const text = [
				() => JSON.stringify(jsonValue(r, keys, atoms)) ?? 'undefined',
				() => broken(r, valid),
				() => JSON.stringify(editJson(r, JSON.parse(valid), keys))
			][seed % 3]!();
			const result = parseProgress(text);
			if (result.ok) expect(v.is(progressSchema, result.progress), `seed ${seed}`).toBe(true);
			else refused++;
		}
		expect(refused).toBeGreaterThan(300);
	});
});
