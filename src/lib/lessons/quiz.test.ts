import { describe, expect, it } from 'vitest';
import { lessons } from './catalog';
import { displayOrder, optionWords } from './quiz';

describe('the order of a question’s options', () => {
	it('shows every option once, the same way every time', () => {
		const options = ['a', 'b', 'c', 'd'];
		const order = displayOrder(options, 'why-ring');
		expect([...order].sort()).toEqual(options);
		expect(displayOrder(options, 'why-ring')).toEqual(order);
	});

	it('spreads the right answers over the positions across the course', () => {
		const choices = lessons
			.flatMap((l) => l.questions)
			.flatMap((q) => (q.kind === 'choice' ? [q] : []));
		const positions = choices.map((q) => displayOrder(q.options, q.id).indexOf(q.answer));
		const first = positions.filter((p) => p === 0).length;
		expect(choices.length).toBeGreaterThan(20);
		// Written first in most questions; shown first in no more than about a fair share.
		expect(first / choices.length).toBeLessThan(0.45);
		expect(new Set(positions).size).toBeGreaterThanOrEqual(3);
	});
});

describe('the words of a question’s options', () => {
	it('are the script’s where they are the same in every language, the narration’s otherwise', () => {
		const question = { options: ['gb-64', 'many'], labels: { 'gb-64': '64 GB' } };
		expect(optionWords(question, { options: { many: 'Heel veel' } })).toEqual({
			'gb-64': '64 GB',
			many: 'Heel veel'
		});
	});
});
