import { describe, expect, it } from 'vitest';
import { getLesson } from './catalog';
import { framesOf } from './frames';

describe('the hypercall registers of the hypercalls lesson', () => {
	const lesson = getLesson('hypercalls')!;
	const frames = framesOf(lesson);
	const at = (id: string) => frames[lesson.steps.findIndex((s) => s.id === id)]!.registers;

	it('shows registers only while the lesson runs the hypercall machine', () => {
		expect(at('hypercall-page')).toBeUndefined();
		expect(at('signal-input')).toBeDefined();
	});

	it('has the fast HvCallSignalEvent in RCX, and RAX only once the hypervisor returns', () => {
		expect(at('signal-input')).toEqual({
			rcx: '0x000000000001005D',
			fast: true,
			phase: 'prepared'
		});
		expect(at('signal-exit')!.phase).toBe('hypervisor');
		expect(at('signal-exit')!.rax).toBeUndefined();
		expect(at('signal-done')!.rax).toEqual({
			value: '0x0000000000000000',
			status: 'SUCCESS',
			reps: 0
		});
		expect(at('denied')!.rax).toMatchObject({
			value: '0x0000000000000006',
			status: 'ACCESS_DENIED'
		});
	});

	it('moves the rep start index on in RCX when a rep call runs out of time, and writes no RAX then', () => {
		const before = at('rep-start')!;
		const after = at('rep-return')!;
		expect(before.rcx).toBe('0x000000190000004B');
		expect(before.fast).toBe(false);
		// 20 of the 25 reps done: the start index (bits 59:48) is 20 = 0x014.
		expect(after.rcx).toBe('0x001400190000004B');
		expect(after.phase).toBe('continued');
		expect(after.rax).toBeUndefined();
		const last = frames.at(-1)!.registers!;
		expect(last.rax).toMatchObject({ status: 'SUCCESS', reps: 25 });
	});
});
