import { describe, expect, it } from 'vitest';
import { hopOf } from '$lib/model/hop';
import { lessons } from '$lib/lessons/catalog';
import { timelineOf } from '$lib/lessons/timeline';
import { play } from './compare';
import { decodeConfig, runOf } from './config';
import { exploreQueryFor } from './from-lesson';

describe('try this in explore', () => {
	const cases = lessons.flatMap((lesson) =>
		lesson.steps.flatMap((step, i) => {
			const query = exploreQueryFor(lesson, i);
			return query ? [{ lesson, i, query, name: `${lesson.id} step ${i + 1}` }] : [];
		})
	);

	it('is offered on the steps of every device lesson', () => {
		const offered = new Set(cases.map((c) => c.lesson.id));
		for (const id of ['emulated-disk-read', 'synthetic-disk-read', 'network-io']) {
			expect(offered.has(id), id).toBe(true);
		}
		expect(offered.has('hypercalls')).toBe(false);
	});

	it.each(cases.map((c) => [c.name, c] as const))(
		'%s: explore shows the same box as the lesson',
		(_, { lesson, i, query }) => {
			const { config, ignored } = decodeConfig(new URLSearchParams(query));
			expect(ignored).toEqual([]);
			const played = play(runOf(config.a));
			const shown = played.hops[Math.min(config.step, played.states.length - 1)];
			expect(shown?.node).toBe(hopOf(timelineOf(lesson)[i]!.snapshot)?.node);
		}
	);
});
