/**
 * The handout picture of every lesson step lights what the model says: the box of the step's hop (read from
 * the machine snapshot) and the links of the step's trail, nothing else; and its file is well-formed SVG.
 */
import { describe, expect, it } from 'vitest';
import type { ArchitectureText } from '$lib/architecture/content';
import { loadArchitectureText } from '$lib/architecture/text';
import { componentIds, links } from '$lib/architecture/topology';
import { travelAlong } from '$lib/architecture/travel';
import { boxes } from '../layout';
import { lessons } from '$lib/lessons/catalog';
import { timelineOf } from '$lib/lessons/timeline';
import { hopOf } from '$lib/model/hop';
import { drawingOf, drawnOf, elementsMarkup, svgMarkup } from './drawing';
import { framesOf } from '$lib/lessons/frames';
import { linkEnd } from '../paths';
import { litScene } from './lit';
import { FONT, GLYPH, wrapLabel } from './metrics';
import { baseSceneOf, fitLabel, sceneOf } from './scene';
import { stepPicture } from '$lib/handouts/step';

const en = await loadArchitectureText('en');
const nl = await loadArchitectureText('nl');
// The base scene as a page gets it: prerendered, through JSON.
const prerendered = JSON.parse(JSON.stringify(baseSceneOf(en)));

describe.each(lessons.map((l) => [l.id, l] as const))('the handout pictures of %s', (_, lesson) => {
	it("light, at every step, exactly the model's box and the trail's links", () => {
		const frames = framesOf(lesson);
		for (const [i, { snapshot, trail }] of timelineOf(lesson).entries()) {
			const { scene } = stepPicture(frames[i]!, prerendered);
			const node = hopOf(snapshot)?.node;
			expect(
				scene.boxes.filter((b) => b.active).map((b) => b.id),
				`step ${i + 1}`
			).toEqual(node ? [node] : []);
			expect(
				scene.links
					.filter((l) => l.active)
					.map((l) => l.id)
					.sort(),
				`step ${i + 1}`
			).toEqual([...new Set(travelAlong(trail).map((t) => t.link))].sort());
		}
	});
});

describe('the handout picture', () => {
	const { scene } = stepPicture(
		framesOf(lessons.find((l) => l.id === 'synthetic-disk-read')!)[2]!,
		prerendered
	);

	it('draws every box where the live diagram has it, and every link', () => {
		expect(scene.boxes.map((b) => b.id).sort()).toEqual([...componentIds].sort());
		for (const b of scene.boxes) {
			expect({ x: b.x, y: b.y, width: b.width, height: b.height }).toEqual(boxes[b.id]);
		}
		expect(scene.links.map((l) => l.id)).toEqual(links.map((l) => l.id));
	});

	it('marks the lit box in the file, in the colour of the lit box, with a token where the request rests', () => {
		const node = scene.boxes.find((b) => b.active)!.id;
		const svg = svgMarkup(scene, 'Step 3');
		expect(svg).toMatch(new RegExp(`<rect [^>]*fill="#0f5fc9"[^>]*data-component="${node}"`));
		expect(svg.match(/data-component="[^"]+" data-active="true"/g)).toHaveLength(1);
		expect(svg).toContain('data-token="true"');
		expect(svg).toMatch(/^<\?xml [^>]+>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox=/);
		expect(svg).toContain('<title>Step 3</title>');
	});

	it('writes words as text, never as markup', () => {
		const hostile: ArchitectureText = {
			...en,
			components: {
				...en.components,
				'win-vsc': { label: '<script>x</script> & "VSC"', description: '' }
			}
		};
		const svg = svgMarkup(sceneOf(hostile, undefined, []), '<b>title</b>');
		expect(svg).not.toContain('<script>');
		expect(svg).not.toContain('<b>');
		expect(svg).toContain('&lt;script&gt;x&lt;/');
		expect(svg).toContain('&amp;');
		expect(svg).toContain('&lt;b&gt;title&lt;/b&gt;');
	});

	it('escapes every word and value of the markup a page draws, and refuses an attribute name it did not make', () => {
		const markup = elementsMarkup([
			{
				tag: 'text',
				attrs: { x: 1, 'data-component': '"><script>x</script>' },
				text: '</text><img src=x>'
			},
			{ tag: 'rect', attrs: { class: "a' onload='x" } }
		]);
		expect(markup).not.toMatch(/<script|<img|onload='/);
		expect(markup).toBe(
			'<text x="1" data-component="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">&lt;/text&gt;&lt;img src=x&gt;</text>\n' +
				'<rect class="a&apos; onload=&apos;x"/>'
		);
		expect(() => elementsMarkup([{ tag: 'rect', attrs: { 'onload="x" y': 1 } }])).toThrow(
			/Not an attribute name/
		);
	});

	it("draws the step's picture from the prerendered base scene as the layout code draws it", () => {
		for (const lesson of lessons) {
			for (const [i, frame] of framesOf(JSON.parse(JSON.stringify(lesson))).entries()) {
				expect(stepPicture(frame, prerendered).scene, `${lesson.id} step ${i + 1}`).toEqual(
					sceneOf(en, frame.hop, travelAlong(frame.trail))
				);
			}
		}
	}, 60_000); // every step of every lesson: seconds on a busy 2-core machine

	it('writes, for every step of a handout drawn in turn on one base scene, the markup of its own picture', () => {
		// drawnOf writes each part of the base scene once and reuses it: a part lit at one step and quiet at the
		// next must not keep the lit markup, nor the other way round.
		for (const lesson of lessons.filter(
			(l) => l.id === 'synthetic-disk-read' || l.id === 'network-io'
		)) {
			const pictures = framesOf(lesson).map((frame) => stepPicture(frame, prerendered).scene);
			for (const [i, scene] of [...pictures, ...pictures.toReversed()].entries()) {
				expect(drawnOf(scene).markup, `${lesson.id} picture ${i + 1}`).toBe(
					elementsMarkup(drawingOf(scene))
				);
			}
		}
	});

	it('rests the token where the live diagram rests it: at the far end of the last link, either way', () => {
		const base = baseSceneOf(en);
		for (const { id } of links.slice(0, 12)) {
			for (const reverse of [false, true]) {
				expect(litScene(base, undefined, [{ link: id, reverse }]).token).toEqual(
					linkEnd(id, reverse)
				);
			}
		}
	});

	it('lights nothing before the request has a place', () => {
		const idle = sceneOf(en, undefined, []);
		expect(idle.boxes.some((b) => b.active)).toBe(false);
		expect(idle.links.some((l) => l.active)).toBe(false);
		expect(idle.token).toBeUndefined();
		expect(drawingOf(idle).some((el) => el.attrs['data-active'])).toBe(false);
	});

	it('fits every label, in both languages, into its box, at a readable size', () => {
		for (const text of [en, nl]) {
			for (const id of componentIds) {
				const { lines, fontSize } = fitLabel(
					text.components[id].label,
					boxes[id].width - 10,
					boxes[id].height
				);
				// Every word drawn, once, in order (a soft hyphen shows as a hyphen where it breaks).
				const words = (s: string) => s.replace(/([/-]) /g, '$1').replace(/[-\u00AD]/g, '');
				expect(words(lines.join(' '))).toBe(words(text.components[id].label));
				expect(fontSize).toBeGreaterThanOrEqual(10);
				expect(fontSize).toBeLessThanOrEqual(FONT.box);
				for (const line of lines) {
					expect(line.length * fontSize * GLYPH, `${id}: ${line}`).toBeLessThanOrEqual(
						boxes[id].width - 10
					);
				}
				// Only the container boxes (their label at the top) have room for more than three lines.
				expect(lines.length * fontSize * 1.15, id).toBeLessThanOrEqual(boxes[id].height);
			}
		}
	});

	it('breaks at spaces, and after hyphens and slashes', () => {
		expect(wrapLabel('Address management', 104)).toEqual(['Address', 'management']);
		expect(wrapLabel('Emulated-device drivers', 100)).toEqual(['Emulated-', 'device', 'drivers']);
		expect(wrapLabel('VSP', 100)).toEqual(['VSP']);
	});

	it('breaks a compound at its soft hyphen only when it must, and shows a hyphen there', () => {
		expect(wrapLabel('Partitie\u00ADbeheer', 60)).toEqual(['Partitie-', 'beheer']);
		expect(wrapLabel('Partitie\u00ADbeheer', 200)).toEqual(['Partitiebeheer']);
	});
});
