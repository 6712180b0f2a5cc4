import { describe, expect, it } from 'vitest';
import { GET } from '../../routes/data/lessons/[lesson].json/+server';
import { getLesson, lessons } from './catalog';
import { framesOf, lessonData } from './frames';
import { lessonIds } from './data';

const emulated = getLesson('emulated-disk-read')!;
const counter = (frame: ReturnType<typeof framesOf>[number], key: string) =>
	frame.counters.find((c) => c.key === key)?.value;

describe.each(lessons.map((l) => [l.id, l] as const))('the frames of lesson %s', (_, lesson) => {
	const frames = framesOf(lesson);

	it('has one frame per step, each ending its trail where the request is', () => {
		expect(frames).toHaveLength(lesson.steps.length);
		for (const frame of frames) {
			if (frame.hop) expect(frame.trail.at(-1)).toBe(frame.hop.node);
		}
	});

	it('survives the trip through JSON whole, as the page gets it', () => {
		const data = lessonData(lesson);
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);
	});

	it('names the box to predict exactly before a step that asks, and it is a box the request moves to', () => {
		frames.forEach((frame, i) => {
			const next = lesson.steps[i + 1];
			if (!next?.predict) return expect(frame.predict).toBeUndefined();
			expect(frame.predict).toBe(frames[i + 1]!.hop?.node);
			expect(frame.predict).not.toBe(frame.hop?.node);
		});
	});
});

describe('frames', () => {
	it('count what the machine counts: the emulated read exits to the hypervisor on its first trap', () => {
		const frames = framesOf(emulated);
		const trap = emulated.steps.findIndex((s) => s.id === 'trap');
		expect(counter(frames[trap - 1]!, 'vmExits')).toBe(0);
		expect(counter(frames[trap]!, 'vmExits')).toBe(1);
		expect(frames[trap]!.hop?.privilege).toBe('hypervisor');
	});

	it('offer explore at the same point for a disk read, not for a lesson explore cannot show', () => {
		expect(framesOf(emulated)[3]!.explore).toMatch(/step=/);
		expect(framesOf(getLesson('snapshots')!).every((f) => f.explore === undefined)).toBe(true);
	});

	it('know every lesson by its folder, without loading a script', () => {
		expect([...lessonIds].sort()).toEqual(lessons.map((l) => l.id).sort());
	});
});

describe('GET /data/lessons/<id>.json', () => {
	const get = (lesson: string) =>
		GET({ params: { lesson } } as unknown as Parameters<typeof GET>[0]) as Promise<Response>;

	it('answers a lesson with its script, frames, puzzles, the lesson after it and its routes', async () => {
		const next = lessons[lessons.indexOf(emulated) + 1]!.id;
		const { routes, ...data } = await (await get('emulated-disk-read')).json();
		expect(data).toEqual(JSON.parse(JSON.stringify(lessonData(emulated, next))));
		expect(data.next).toBe(next);
		expect(Object.keys(data.puzzles).length).toBeGreaterThan(0);
		// The marked routes its steps draw, found here (motion/found-routes.test.ts checks them).
		expect(routes.routes.length).toBeGreaterThan(0);
	});

	it('answers 404 for a lesson that does not exist', async () => {
		await expect(get('no-such-lesson')).rejects.toThrow(expect.objectContaining({ status: 404 }));
	});
});

describe('the sizing lesson’s memory counters', () => {
	it('name the rule of the run they count: the planning rule, then the article’s formula', () => {
		const sizing = lessons.find((l) => l.id === 'sizing')!;
		const rules = framesOf(sizing).map((f) => f.counters.find((c) => c.key === 'freeMb')?.by);
		expect(rules[0]).toBe('planning');
		expect(rules).toContain('article2008');
		// Every frame that counts memory says by which rule.
		expect(rules.filter((r) => r === undefined)).toEqual([]);
	});
});
