import { describe, expect, it } from 'vitest';
import { loadArchitectureText } from '$lib/architecture/text';
import { components } from '$lib/architecture/topology';
import { GLYPH, wrapLabel } from '$lib/handouts/metrics';
import { boxes } from './layout';
import { BOX, fittedFontSize, PROJECTOR, SCREEN } from './label-fit';

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
		// On screen, with less text scale and a thinner border, it needs shrinking less.
		expect(fittedFontSize('i8042 (PS/2)', box, SCREEN)).toBeGreaterThan(size);
	});

	it.each(
		['en', 'nl'].flatMap(
			(locale) =>
				[
					[locale, 'screen', SCREEN],
					[locale, 'projector', PROJECTOR]
				] as const
		)
	)('fits every %s label of the live diagram into its box, %s', async (locale, _, mode) => {
		const text = await loadArchitectureText(locale);
		for (const c of components) {
			if (components.some((child) => child.parent === c.id)) continue; // a container: its label is a header
			const label = text.components[c.id].label;
			const box = boxes[c.id];
			const size = fittedFontSize(label, box, mode);
			const innerWidth = box.width - 2 * (mode.border + BOX.padX);
			const lines = wrapLabel(label, innerWidth / 1.1, size);
			expect(
				lines.length * size * BOX.lineHeight,
				`${c.id} "${label}" height at ${size}px`
			).toBeLessThanOrEqual(box.height - 2 * (mode.border + BOX.padY));
			for (const line of lines)
				expect(line.length * size * GLYPH, `${c.id} "${line}" at ${size}px`).toBeLessThanOrEqual(
					innerWidth
				);
			// Still readable.
			expect(size, `${c.id} "${label}"`).toBeGreaterThanOrEqual(9);
		}
	});
});
