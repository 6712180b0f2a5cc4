import { describe, expect, it } from 'vitest';
import { lessons } from '$lib/lessons/catalog';
import { framesOf } from '$lib/lessons/frames';
import { motionRow, motionTable, ranges } from './motion-report';

describe('the motion report', () => {
	const rows = lessons.map((lesson) => motionRow(lesson, framesOf(lesson)));

	it('counts every step of every lesson as moving on the picture it shows', () => {
		expect(rows.flatMap((r) => r.still.map((n) => `${r.lesson} ${n}`))).toEqual([]);
		for (const row of rows) expect(row.moving).toBe(row.steps);
	});

	it('names the scenes a lesson is told on, with their steps', () => {
		const ha = rows.find((r) => r.lesson === 'high-availability')!;
		expect(ha.scenes).toEqual([{ scene: 'cluster', steps: `1–${ha.steps}` }]);
		const bigPicture = rows.find((r) => r.lesson === 'big-picture')!;
		expect(bigPicture.scenes.map((s) => s.scene)).toEqual(['architecture', 'designs']);
		const hypercalls = rows.find((r) => r.lesson === 'hypercalls')!;
		expect(hypercalls.scenes.at(-1)?.scene).toBe('+ registers');
		const emulated = rows.find((r) => r.lesson === 'emulated-disk-read')!;
		expect(emulated.scenes.at(-1)).toEqual({ scene: 'compare', steps: `${emulated.steps}` });
	});

	it('writes step numbers as ranges, and a table with a line per lesson and a total', () => {
		expect(ranges([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
		const table = motionTable(rows).split('\n');
		expect(table).toHaveLength(lessons.length + 3);
		expect(table.at(-1)).toMatch(/all \d+ lessons.*\*\*(\d+) \/ \1\*\*/);
	});

	it('would show a still step', () => {
		const lesson = lessons[0]!;
		const frames = framesOf(lesson).map((f, i) => (i === 1 ? { ...f, moves: [] } : f));
		const row = motionRow(lesson, frames);
		expect(row.still).toEqual(frames[1]!.scene || frames[1]!.compare ? [] : [2]);
	});
});
