import { describe, expect, it } from 'vitest';
import { loadArchitectureText } from '$lib/architecture/text';
import { components } from '$lib/architecture/topology';
import { boxes } from './layout';
import { fittedFontSize, PROJECTOR, SCREEN } from './label-fit';

describe('fittedFontSize', () => {
	it('keeps a short label at the largest size', () => {
		expect(fittedFontSize('VID', { width: 100, height: 38 })).toBe(PROJECTOR.largest);
		expect(fittedFontSize('VID', { width: 100, height: 38 }, SCREEN)).toBe(SCREEN.largest);
	});

	it('makes a label smaller where the box is too small for it, and no smaller than needed', () => {
		const box = { width: 84, height: 34 };
		const size = fittedFontSize('i8042 (PS/2)', box);
		expect(size).toBeLessThan(PROJECTOR.largest);
		expect(fittedFontSize('i8042 (PS/2)', { ...box, height: 60 })).toBeGreaterThan(size);
		// In projector mode the box has no padding above and below the label: its two lines are drawn larger
		// than on screen, where the padding takes that room.
		expect(size).toBeGreaterThan(fittedFontSize('i8042 (PS/2)', box, SCREEN));
	});

	// That the labels then fit is checked where the browser draws them (e2e, lesson.test.ts); here, that the
	// estimate leaves no label too small to read.
	it.each(['en', 'nl'])(
		'draws every %s label at 9 px or more, on screen and in projector mode',
		async (locale) => {
			const text = await loadArchitectureText(locale);
			for (const c of components) {
				if (components.some((child) => child.parent === c.id)) continue; // a container: its label is a header
				const label = text.components[c.id].label;
				for (const mode of [SCREEN, PROJECTOR])
					expect(
						fittedFontSize(label, boxes[c.id], mode),
						`${c.id} "${label}"`
					).toBeGreaterThanOrEqual(9);
			}
		}
	);
});
