/**
 * The tags of what happened at a box never cover one another: on the P2V step of the management lesson the disk's
 * `.vhd` and the NIC's `VSS` sit side by side over two small boxes, and every other step of every lesson is held
 * to the same, in both languages (in-place events are worded in the reader's language).
 */
import { describe, expect, it } from 'vitest';
import { loadArchitectureText } from '$lib/architecture/text';
import { sceneOf } from '$lib/diagram/static/scene';
import { lessons } from '$lib/lessons/catalog';
import { framesOf } from '$lib/lessons/frames';
import { drawMoves } from './geometry';
import { overlaps } from './box';
import { eventTags, type EventTag } from './event-tags';
import { wordEvents } from './moves';

const clashes = (tags: readonly EventTag[]) =>
	tags.flatMap((t, i) =>
		tags
			.slice(i + 1)
			.filter((u) => overlaps(t, u))
			.map((u) => `${t.label} × ${u.label}`)
	);

describe('the tags of a step', async () => {
	const text = await loadArchitectureText('en');
	const base = sceneOf(text, undefined, []);
	const scene = {
		linkPath: (id: string) => base.links.find((l) => l.id === id)?.d,
		box: (id: string) => base.boxes.find((b) => b.id === id),
		obstacles: () => base.boxes
	};

	it('stack upwards where several things happen in one box', () => {
		const tags = eventTags(
			drawMoves(
				[
					{ kind: 'event', at: 'hv-msrs', label: 'WRMSR 0x40000001' },
					{ kind: 'event', at: 'hv-msrs', label: 'EOI' }
				],
				scene
			),
			scene.box
		);
		expect(tags).toHaveLength(2);
		expect(tags[1]!.y + tags[1]!.height).toBeLessThanOrEqual(tags[0]!.y);
		expect(tags.map((t) => t.leg)).toEqual([0, 1]);
	});

	it('on the P2V step of the management lesson: VSS by the NIC, .vhd by the disk, neither over the other', () => {
		const management = lessons.find((l) => l.id === 'management')!;
		const p2v = framesOf(management)[management.steps.findIndex((s) => s.id === 'p2v')]!;
		const tags = eventTags(drawMoves(p2v.moves, scene), scene.box);
		expect(tags.map((t) => t.label).sort()).toEqual(['.vhd', 'VSS']);
		expect(clashes(tags)).toEqual([]);
	});

	describe.each(['en', 'nl'] as const)('in %s', async (locale) => {
		const words = (await loadArchitectureText(locale)).events;
		const steps = lessons.flatMap((lesson) =>
			framesOf(lesson).flatMap((frame, i) =>
				frame.scene ? [] : [[lesson.id, i + 1, wordEvents(frame.moves, words)] as const]
			)
		);
		it.each(steps)('%s, step %i: no tag covers another', (_, __, moves) => {
			const tags = eventTags(drawMoves(moves, scene), scene.box);
			expect(clashes(tags)).toEqual([]);
		});
	});
});
