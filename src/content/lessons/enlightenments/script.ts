import { choice } from '$lib/lessons/choice';
import type { LessonScript } from '$lib/lessons/types';

const script: LessonScript<'enlightenment'> = {
	id: 'enlightenments',
	sequence: 'inside',
	order: 70,
	machine: 'enlightenment',
	input: { kind: 'tlbFlush', enlightened: false, vcpus: 4 },
	minutes: 10,
	steps: [
		{ id: 'flush-start', events: [], sources: ['S2b', 'S3'] },
		{
			id: 'flush-ipi-first',
			events: ['op.start', 'ipi.send'],
			sources: ['S3', 'S2b'],
			predict: true
		},
		{ id: 'flush-ipi-rest', events: ['ipi.deliver'], sources: ['S3', 'S2b'] },
		{ id: 'flush-done', events: ['op.finish'], sources: ['S2b', 'S3'] },
		{
			id: 'flush-hypercall',
			run: { machine: 'enlightenment', input: { kind: 'tlbFlush', enlightened: true, vcpus: 4 } },
			events: ['op.start', 'hypercall.issue'],
			sources: ['S2b', 'S2d', 'S3']
		},
		// The flush with the enlightenment beside the same flush without it.
		{
			id: 'flush-hypercall-done',
			events: ['op.finish'],
			sources: ['S23', 'S2b', 'S2d'],
			compare: {
				a: { machine: 'enlightenment', input: { kind: 'tlbFlush', enlightened: true, vcpus: 4 } },
				b: { machine: 'enlightenment', input: { kind: 'tlbFlush', enlightened: false, vcpus: 4 } }
			}
		},
		{
			id: 'spin-start',
			run: { machine: 'enlightenment', input: { kind: 'spinWait', enlightened: false } },
			events: ['op.start'],
			sources: ['S3']
		},
		{ id: 'spin-wasted', events: ['spin.expire'], sources: ['S3'] },
		{
			id: 'spin-notify',
			run: { machine: 'enlightenment', input: { kind: 'spinWait', enlightened: true } },
			events: ['op.start', 'hypercall.issue'],
			sources: ['S3', 'S2b', 'S2d']
		},
		{ id: 'spin-holder-runs', events: ['op.finish'], sources: ['S2d', 'S3'] },
		{
			id: 'eoi-mmio',
			run: { machine: 'enlightenment', input: { kind: 'apicEoi', enlightened: false } },
			events: ['op.start'],
			sources: ['S3', 'S2b']
		},
		{ id: 'eoi-mmio-done', events: ['apic.write'], sources: ['S3', 'S2b'], predict: true },
		{
			id: 'eoi-msr',
			run: { machine: 'enlightenment', input: { kind: 'apicEoi', enlightened: true } },
			events: ['op.start', 'apic.write'],
			sources: ['S2b', 'S4', 'S3']
		},
		{
			id: 'timing-late',
			run: { machine: 'enlightenment', input: { kind: 'relaxedTiming', enlightened: false } },
			events: ['op.start'],
			sources: ['S2b', 'S1']
		},
		{ id: 'timing-false-alarm', events: ['timer.late'], sources: ['S2b'] },
		{
			id: 'timing-relaxed',
			run: { machine: 'enlightenment', input: { kind: 'relaxedTiming', enlightened: true } },
			events: ['op.start', 'timer.late'],
			sources: ['S2b', 'S3']
		}
	],
	questions: [
		{
			id: 'flush-hop',
			kind: 'hop',
			run: { machine: 'enlightenment', input: { kind: 'tlbFlush', enlightened: true, vcpus: 4 } },
			events: ['op.start', 'hypercall.issue'],
			sources: ['S2b', 'S2d']
		},
		choice('flush-savings', '*no-interrupts none three-to-zero one-ipi-each', ['S2b', 'S3']),
		choice('spin-call', '*scheduler-runs-holder takes-lock adds-vcpu fails-if-busy', ['S3', 'S2d']),
		{
			id: 'eoi-hop',
			kind: 'hop',
			run: { machine: 'enlightenment', input: { kind: 'apicEoi', enlightened: true } },
			events: ['op.start', 'apic.write'],
			sources: ['S2b', 'S4']
		},
		choice('eoi-saves', '*no-decoding no-exit no-interrupt', ['S2b', 'S3']),
		choice('hints-where', '*cpuid-40000004 guest-os-id vmbus-offer hypercall-page', ['S2b', 'S3']),
		choice('no-slat', '*shadow-page-tables no-hypercalls single-processor', ['S23'])
	]
};

export default script;
