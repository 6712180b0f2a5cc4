import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { diskReadMachine, type GuestKind } from '$lib/model/diskRead/diskRead.machine';
import { hopOf } from '$lib/model/hop';
import type { ComponentId } from './topology';
import { travelAlong, travelBetween } from './travel';

describe('travel between hops', () => {
	it.each([
		['follows a link forwards', 'legacy-drivers', 'hv-intercepts', 'legacy-intercepts', false],
		['follows a link backwards', 'hv-intercepts', 'legacy-drivers', 'legacy-intercepts', true],
		[
			'reaches a box inside a container by the container’s link',
			'root-vid',
			'root-ide-emulator',
			'vmwp-vid',
			true
		],
		[
			'prefers a link of the box itself',
			'root-io-stack',
			'root-ide-emulator',
			'emulator-io-stack',
			true
		]
	] as const)('%s (%s → %s)', (_, from, to, link, reverse) => {
		expect(travelBetween(from, to)).toEqual({ link, reverse });
	});

	it('jumps where no link joins two boxes, and stays put on the same box', () => {
		expect(travelBetween('hv-hypercalls', 'legacy-drivers')).toBeUndefined();
		expect(travelBetween('win-vsc', 'win-vsc')).toBeUndefined();
		expect(
			travelAlong(['legacy-apps', 'legacy-kernel', 'legacy-drivers', 'legacy-drivers'])
		).toEqual([
			{ link: 'legacy-apps-kernel', reverse: false },
			{ link: 'legacy-kernel-drivers', reverse: false }
		]);
	});

	// Where the request moves between boxes no link joins, the diagram cannot show how it got there. These
	// are the known places, each a real jump (an interrupt injected, a register write that resumes a VP).
	const knownJumps = new Set([
		'win-vsc→hv-msrs',
		'hv-msrs→win-io-stack',
		'root-ide-emulator→hv-hypercalls',
		'root-pic-emulator→hv-hypercalls',
		'hv-hypercalls→legacy-drivers',
		'legacy-drivers→root-io-stack',
		'hv-apic→legacy-drivers',
		'root-ide-emulator→root-pic-emulator',
		'root-pic-emulator→hv-apic'
	]);

	it('travels along a link at every move of either path, except exactly the known jumps', () => {
		const jumps = new Set<string>();
		for (const guest of ['enlightened', 'unenlightened'] as GuestKind[]) {
			const paths = getShortestPaths(diskReadMachine, {
				input: { guest },
				serializeState: (s) => JSON.stringify([s.value, s.context.phase, s.context.accessesDone])
			});
			for (const path of paths) {
				const boxes = path.steps.map((s) => hopOf(s.state)?.node).filter(Boolean) as ComponentId[];
				for (let i = 1; i < boxes.length; i++) {
					const [a, b] = [boxes[i - 1]!, boxes[i]!];
					if (a !== b && !travelBetween(a, b)) jumps.add(`${a}→${b}`);
				}
			}
		}
		expect([...jumps].sort()).toEqual([...knownJumps].sort());
	});
});
