import { afterEach, describe, expect, it } from 'vitest';
import { stepClicked } from './step-links';

/** Clicks `target` (inside `root`) as described, and returns what stepClicked made of the click. */
function click(root: HTMLElement, target: Element, init: MouseEventInit = {}) {
	let result: number | undefined | 'not-called' = 'not-called';
	const listener = (event: MouseEvent) => {
		result = stepClicked(event);
		event.preventDefault(); // the test page must not follow the link
	};
	root.addEventListener('click', listener);
	target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
	root.removeEventListener('click', listener);
	return result;
}

describe('stepClicked', () => {
	let root: HTMLElement;
	afterEach(() => root.remove());

	function render(html: string) {
		root = document.createElement('div');
		root.innerHTML = html;
		document.body.append(root);
		return root;
	}

	it('gives the step of a plain left click on a step link, or on what the link holds', () => {
		render('<a href="/learn/x/3/" data-step="3"><span>Three</span></a>');
		expect(click(root, root.querySelector('a')!)).toBe(3);
		expect(click(root, root.querySelector('span')!)).toBe(3);
	});

	it('leaves a click that opens a tab or window, or another button, to the browser', () => {
		render('<a href="/learn/x/3/" data-step="3">Three</a>');
		const link = root.querySelector('a')!;
		for (const init of [
			{ ctrlKey: true },
			{ metaKey: true },
			{ shiftKey: true },
			{ altKey: true },
			{ button: 1 }
		])
			expect(click(root, link, init), JSON.stringify(init)).toBeUndefined();
	});

	it('leaves links without a step, links to another target and malformed steps alone', () => {
		render(
			'<a id="quiz" href="/learn/x/quiz/">Quiz</a>' +
				'<a id="blank" href="/learn/x/2/" data-step="2" target="_blank">Two</a>' +
				'<a id="zero" href="/learn/x/0/" data-step="0">Zero</a>' +
				'<a id="word" href="/learn/x/two/" data-step="two">Word</a>' +
				'<p id="text">Text</p>'
		);
		for (const id of ['quiz', 'blank', 'zero', 'word', 'text'])
			expect(click(root, root.querySelector(`#${id}`)!), id).toBeUndefined();
	});

	it('leaves a click someone already handled alone', () => {
		render('<a href="/learn/x/3/" data-step="3">Three</a>');
		const link = root.querySelector('a')!;
		link.addEventListener('click', (event) => event.preventDefault());
		expect(click(root, link)).toBeUndefined();
	});
});
