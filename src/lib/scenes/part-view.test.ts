import { describe, expect, it } from 'vitest';
import { glossaryParts } from '$lib/glossary/parts';
import { lessons } from '$lib/lessons/catalog';
import { framesOf } from '$lib/lessons/frames';
import { partViewOf } from './part-view';
import { presenceOf } from './presence';

const played = lessons.map((script) => ({ script, frames: framesOf(script) }));

describe('the picture of a glossary term’s scene part', () => {
	it.each(Object.entries(glossaryParts))(
		'%s: a lesson step shows its part, drawn, with no request there',
		(_, part) => {
			const view = partViewOf(part, played)!;
			expect(view, `no lesson step shows ${part.scene}/${part.part}`).toBeDefined();
			const frame = played.find((l) => l.script.id === view.lesson)!.frames[view.step - 1]!;
			if (part.scene === 'registers') {
				expect(view.registers).toEqual(frame.registers);
				if (part.part === 'rax') expect(view.registers?.rax).toBeDefined();
				return;
			}
			expect(frame.scene?.id).toBe(part.scene);
			expect(presenceOf(view.frame!.view, part.part)).not.toBe('hidden');
			// The scene's state is the step's, from its snapshot; only the request's place and path are left out.
			expect(view.frame).toEqual({ id: part.scene, trail: [], moves: [], view: frame.scene!.view });
		}
	);

	it('prefers the step where the request is at the part', () => {
		const bat = partViewOf({ scene: 'vhd', part: 'vhd-bat' }, played)!;
		const frame = played.find((l) => l.script.id === bat.lesson)!.frames[bat.step - 1]!;
		expect(frame.scene?.place).toBe('vhd-bat');
		// The sector bitmap is never where a request stops: a step that draws it in full.
		const bitmap = partViewOf({ scene: 'vhd', part: 'vhd-bitmap' }, played)!;
		expect(presenceOf(bitmap.frame!.view, 'vhd-bitmap')).toBe('shown');
	});

	it('shows a frame at a step the request passes through it: dom0 while the read goes through Xen', () => {
		const dom0 = partViewOf({ scene: 'designs', part: 'xen-dom0' }, played)!;
		const frame = played.find((l) => l.script.id === dom0.lesson)!.frames[dom0.step - 1]!;
		expect(frame.scene?.trail).toContain('xen-blkback');
	});

	it('finds nothing for a part no lesson draws', () => {
		expect(partViewOf({ scene: 'vhd', part: 'vhd-bat' }, [])).toBeUndefined();
	});
});
