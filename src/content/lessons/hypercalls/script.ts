import { choice } from '$lib/lessons/choice';
import type { LessonScript } from '$lib/lessons/types';
import { cpuidDiscovery } from '$lib/model/boot/sequences';
import { rootPrivileges } from '$lib/model/hypercall/codes';
import { hypercallChecks, hypercallRun, hypercallServed } from '$lib/model/hypercall/sequences';

/** HvCallSignalEvent (0x005D) as a fast call: what a VMBus driver uses to nudge the other side. */
const signalEvent = hypercallRun('child', ['SignalEvents'], 0x005d, { fast: true });

/** HvCallCreatePartition (0x0040) from a child that holds none of the hypercall privileges. */
const createPartitionFromChild = hypercallRun('child', [], 0x0040);

/** HvCallMapGpaPages (0x004B) over 25 pages, of which 20 fit in one call's time budget (the TLFS example). */
const mapPages = hypercallRun('root', rootPrivileges, 0x004b, { repCount: 25, repsPerCall: 20 });

const script: LessonScript<'boot', 'hypercall'> = {
	id: 'hypercalls',
	sequence: 'inside',
	order: 60,
	machine: 'boot',
	input: { guest: 'enlightened' },
	minutes: 12,
	steps: [
		{ id: 'firmware', events: [], sources: ['S15', 'S9'] },
		{ id: 'kernel', events: ['kernel.load'], sources: ['S1', 'S2b'] },
		{ id: 'present-bit', events: ['cpuid.features'], sources: ['S2b'] },
		{ id: 'vendor', events: ['cpuid.vendor'], sources: ['S2b'] },
		{ id: 'interface', events: ['cpuid.interface'], sources: ['S2b'] },
		{ id: 'guest-os-id', events: ['msr.guestOsId'], sources: ['S2a'] },
		{ id: 'hypercall-page', events: ['msr.hypercallPage'], sources: ['S2a'] },
		{ id: 'signal-input', run: signalEvent, events: [], sources: ['S2a', 'S2d', 'S6'] },
		{ id: 'signal-exit', events: ['hypercall.issue'], sources: ['S2a'], predict: true },
		{ id: 'signal-check-input', events: ['hv.dispatch', 'hv.validate'], sources: ['S2a', 'S3'] },
		{
			id: 'signal-privilege',
			events: ['hv.authorize', 'hv.checkAlignment'],
			sources: ['S3', 'S2e', 'S2a']
		},
		{ id: 'signal-done', events: ['hv.execute', 'hv.return'], sources: ['S2c', 'S2d', 'S3'] },
		{
			id: 'denied-try',
			run: createPartitionFromChild,
			events: ['hypercall.issue', 'hv.dispatch', 'hv.validate'],
			sources: ['S2d', 'S3']
		},
		{ id: 'denied', events: ['hv.authorize', 'hv.return'], sources: ['S2e', 'S3'] },
		{
			id: 'rep-start',
			run: mapPages,
			events: ['hypercall.issue', ...hypercallChecks],
			sources: ['S3', 'S2a']
		},
		{ id: 'rep-budget', events: ['hv.execute'], sources: ['S2a'] },
		{ id: 'rep-return', events: ['hv.return'], sources: ['S2a'] },
		{ id: 'rep-reissue', events: ['hypercall.reissue'], sources: ['S2a'] },
		{
			id: 'rep-finish',
			events: [...hypercallServed],
			sources: ['S2a', 'S3']
		}
	],
	questions: [
		choice('interface-leaf', '*leaf-40000001 leaf-40000000 leaf-1 msr-40000001', ['S2b'], {
			'leaf-40000001': 'Leaf 0x40000001',
			'leaf-40000000': 'Leaf 0x40000000',
			'leaf-1': 'Leaf 1, ECX bit 31',
			'msr-40000001': 'MSR 0x40000001'
		}),
		{
			id: 'os-id-hop',
			kind: 'hop',
			events: [...cpuidDiscovery, 'msr.guestOsId'],
			sources: ['S2a', 'S1']
		},
		choice('before-page', '*guest-os-id vmbus-contact create-vp nothing', ['S2a']),
		choice('input-value', '*value-fast value-slow value-rep value-swapped', ['S2a', 'S3'], {
			'value-fast': '0x000000000001005D',
			'value-slow': '0x000000000000005D',
			'value-rep': '0x000000010000005D',
			'value-swapped': '0x005D000000010000'
		}),
		choice(
			'denied-status',
			'*access-denied invalid-code invalid-alignment success',
			['S2e', 'S3'],
			{
				'access-denied': 'HV_STATUS_ACCESS_DENIED (0x0006)',
				'invalid-code': 'HV_STATUS_INVALID_HYPERCALL_CODE (0x0002)',
				'invalid-alignment': 'HV_STATUS_INVALID_ALIGNMENT (0x0004)'
			}
		),
		{
			id: 'budget-hop',
			kind: 'hop',
			run: mapPages,
			events: ['hypercall.issue', ...hypercallServed],
			sources: ['S2a']
		},
		choice('continuation', '*resume-at-20 restart error-split hold-vp', ['S2a'])
	]
};

export default script;
