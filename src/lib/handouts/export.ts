/**
 * Saving the diagram as a file, in the browser: SVG as drawn, PNG painted from that SVG on a canvas. Both
 * leave through a blob: URL, which the content security policy allows for images (img-src blob:) and which
 * is a same-origin image, so the canvas stays readable.
 */
import { svgMarkup } from '$lib/diagram/static/drawing';
import type { Scene } from '$lib/diagram/static/shapes';

/** Hands a file to the browser's downloads. */
export function download(blob: Blob, filename: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	// The download has its own copy once it has started; give a slow machine time to start it.
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export const svgBlob = (scene: Scene, title: string) =>
	new Blob([svgMarkup(scene, title)], { type: 'image/svg+xml' });

/** The picture as a PNG, `scale` pixels per diagram unit (2: sharp on a slide or a high-density screen). */
export async function pngBlob(scene: Scene, title: string, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(
		new Blob([svgMarkup(scene, title, scale)], { type: 'image/svg+xml' })
	);
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.naturalWidth;
		canvas.height = image.naturalHeight;
		canvas.getContext('2d')!.drawImage(image, 0, 0);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
