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

class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	get length() {
		return this.#items.size;
	}
	clear() {
		this.#items.clear();
	}
	getItem(key: string) {
		return this.#items.get(key) ?? null;
	}
	key(index: number) {
		return [...this.#items.keys()][index] ?? null;
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
	setItem(key: string, value: string) {
		this.#items.set(key, value);
	}
}

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
	// A small deterministic generator (mulberry32), so a failure names a seed that reproduces it.
	const rng = (seed: number) => () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const atoms = [null, true, 0, -1, 1e308, '', 'x', '<script>', [], {}, 'enlighten', 1, 2];
	function value(r: () => number, depth: number): unknown {
		const pick = r();
		if (depth > 3 || pick < 0.4) return atoms[Math.floor(r() * atoms.length)];
		if (pick < 0.6) return Array.from({ length: Math.floor(r() * 4) }, () => value(r, depth + 1));
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
		return Object.fromEntries(
			Array.from({ length: Math.floor(r() * 5) }, () => [
				keys[Math.floor(r() * keys.length)]!,
				value(r, depth + 1)
			])
		);
	}
	function mutate(r: () => number, text: string): string {
		const i = Math.floor(r() * text.length);
		const ops = [
			() => text.slice(0, i),
			() => text.slice(0, i) + text.slice(i + 1),
			() => text.slice(0, i) + '"}]{[,:'[Math.floor(r() * 7)] + text.slice(i),
			() => text.replace('true', '"true"'),
			() => text.replace('"seen": [', '"seen": [7, ')
		];
		return ops[Math.floor(r() * ops.length)]!();
	}

	it('never throws and never lets a malformed value through, over 400 generated inputs', () => {
		const valid = serializeProgress(sample());
		let refused = 0;
		for (let seed = 1; seed <= 400; seed++) {
			const r = rng(seed);
			const text = seed % 2 ? (JSON.stringify(value(r, 0)) ?? 'undefined') : mutate(r, valid);
			const result = parseProgress(text);
			if (result.ok) expect(v.is(progressSchema, result.progress), `seed ${seed}`).toBe(true);
			else refused++;
		}
		expect(refused).toBeGreaterThan(300);
	});
});
