/**
 * How Hyper-V comes up on a host (facts §1.1, §1.2, §2, §10.1): the server's processor and BIOS settings hold
 * what Hyper-V needs (an x64 processor, hardware virtualization, Intel VT or AMD-V, and hardware DEP, Intel XD
 * or AMD NX, both switched on in the BIOS); Windows Server 2008 x64 starts loading; the Windows loader loads
 * hvboot.sys, which checks the processor and launches the hypervisor image (hvix64.exe on Intel, hvax64.exe on
 * AMD); the hypervisor takes over the processors and memory and turns the Windows that was booting into the root
 * partition; VMMS starts, and the root can create child partitions.
 *
 * Nothing in the firmware checks Hyper-V's requirements: the BIOS only holds the switches. A missing
 * requirement shows where it is first needed: without x64 the x64 edition cannot run at all (and no other
 * edition has Hyper-V); without VT or DEP Windows boots, but hvboot.sys does not launch the hypervisor. What
 * hvboot.sys checks and in which order rests on one secondary source (S22), so those hops are estimates.
 */
import { assign, setup } from 'xstate';
import { at, type HopMeta } from '../hop';
import { doneAt, links } from '../legs';

/** What Hyper-V needs of the host's processor (S10). */
export const requirements = ['x64', 'vt', 'dep'] as const;
export type Requirement = (typeof requirements)[number];

export interface HostBootInput {
	/** Hardware virtualization (Intel VT / AMD-V) present and switched on in the BIOS. Default true. */
	vt?: boolean;
	/** Hardware DEP (Intel XD / AMD NX) present and switched on in the BIOS. Default true. */
	dep?: boolean;
	/** A processor that runs 64-bit (x64) code. Default true. */
	x64?: boolean;
}

export interface HostBootContext {
	x64: boolean;
	vt: boolean;
	dep: boolean;
	/** The requirement the boot stopped on; null while none is missing. */
	missing: Requirement | null;
	/** Whether the hypervisor runs below Windows. */
	hypervisorRunning: boolean;
	/** Partitions the hypervisor keeps: none before it runs, then the root. */
	partitions: number;
}

export type HostBootEvent = {
	type:
		| 'os.load'
		| 'hvboot.checkCpu'
		| 'hypervisor.launch'
		| 'hypervisor.takeMemory'
		| 'root.create'
		| 'root.resume'
		| 'vmms.start';
};

/** The hypervisor image hvboot.sys launches, by processor vendor (S22). */
export const hypervisorImages = { intel: 'hvix64.exe', amd: 'hvax64.exe' } as const;

type HostBootAction = 'missing' | 'hypervisorStarts' | 'rootCreated';

/** The state hvboot.sys stops in, named after the guard that finds the requirement missing. */
const stopState = { x64: 'noX64', vt: 'noVt', dep: 'noDep' } as const satisfies Record<
	Requirement,
	string
>;

/** The boot stops here if the processor lacks `requirement`, and says which one it was. */
const stopsWithout = (requirement: Requirement) => ({
	guard: stopState[requirement],
	target: stopState[requirement],
	actions: { type: 'missing' as const, params: { requirement } }
});

/** Where the boot ends when hvboot.sys finds the processor without virtualization or without DEP. */
const refusedByHvboot = () =>
	doneAt(
		at('root-drivers', 'root-kernel', ['S22', 'S10'], {
			places: { boot: 'hvboot' },
			estimate: true
		})
	);

export const hostBootMachine = setup({
	types: {
		context: {} as HostBootContext,
		events: {} as HostBootEvent,
		input: {} as HostBootInput,
		meta: {} as HopMeta,
		tags: {} as 'completed'
	},
	actions: {
		missing: assign({ missing: (_, params: { requirement: Requirement }) => params.requirement }),
		hypervisorStarts: assign({ hypervisorRunning: true }),
		rootCreated: assign({ partitions: ({ context }) => context.partitions + 1 })
	},
	guards: {
		noX64: ({ context }) => !context.x64,
		noVt: ({ context }) => !context.vt,
		noDep: ({ context }) => !context.dep
	}
}).createMachine({
	id: 'hostBoot',
	context: ({ input }) => ({
		x64: input.x64 ?? true,
		vt: input.vt ?? true,
		dep: input.dep ?? true,
		missing: null,
		hypervisorRunning: false,
		partitions: 0
	}),
	initial: 'firmware',
	states: {
		firmware: {
			meta: at('hw-cpu', 'hardware', ['S10'], { places: { boot: 'firmware' } }),
			on: { 'os.load': [stopsWithout('x64'), { target: 'loader' }] }
		},
		noX64: doneAt(at('hw-cpu', 'hardware', ['S10'], { places: { boot: 'firmware' } })),
		loader: {
			meta: at('root-drivers', 'root-kernel', ['S22', 'S10'], {
				places: { boot: 'loader' },
				estimate: true
			}),
			on: { 'hvboot.checkCpu': 'cpuCheck' }
		},
		cpuCheck: {
			meta: at('hw-cpu', 'hardware', ['S22', 'S10'], {
				places: { boot: 'hvboot' },
				estimate: true
			}),
			on: {
				'hypervisor.launch': [
					stopsWithout('vt'),
					stopsWithout('dep'),
					{ target: 'launched', actions: 'hypervisorStarts' }
				]
			}
		},
		noVt: refusedByHvboot(),
		noDep: refusedByHvboot(),
		// The hypervisor runs: it takes over the memory and creates the root partition, in which the boot goes on.
		...links<HostBootAction>(
			[
				{
					name: 'launched',
					meta: at('hv-scheduler', 'hypervisor', ['S22', 'S1'], {
						places: { boot: 'hypervisor' },
						estimate: true
					}),
					on: 'hypervisor.takeMemory'
				},
				{
					name: 'memory',
					meta: at('hv-address', 'hypervisor', ['S1', 'S23'], { places: { boot: 'hypervisor' } }),
					on: 'root.create',
					actions: 'rootCreated'
				},
				{
					name: 'root',
					meta: at('hv-partitions', 'hypervisor', ['S3', 'S1', 'S22'], {
						places: { boot: 'root' }
					}),
					on: 'root.resume'
				},
				{
					name: 'rootRunning',
					meta: at('root-winhv', 'root-kernel', ['S1', 'S22'], {
						places: { boot: 'root-continues' },
						estimate: true
					}),
					on: 'vmms.start'
				}
			],
			'ready'
		),
		ready: doneAt(at('root-vmms', 'root-user', ['S1'], { places: { boot: 'vmms' } }))
	}
});
