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
			description:
				'Power on: the BIOS sets up the processor. VT and XD/NX are BIOS switches; nothing checks them yet.',
			meta: at('hw-cpu', 'hardware', ['S10'], { places: { boot: 'firmware' } }),
			on: {
				'os.load': [
					{
						guard: 'noX64',
						target: 'noX64',
						actions: { type: 'missing', params: { requirement: 'x64' } }
					},
					{ target: 'loader' }
				]
			}
		},
		noX64: {
			description:
				'Hyper-V ships only in the x64 editions; a processor without 64-bit mode cannot run them at all.',
			type: 'final',
			tags: ['completed'],
			meta: at('hw-cpu', 'hardware', ['S10'], { places: { boot: 'firmware' } })
		},
		loader: {
			description:
				'Windows Server 2008 x64 loads its kernel and boot drivers, hvboot.sys among them when the Hyper-V role is on. This Windows is not a partition yet; it is the one that will become the root.',
			meta: at('root-drivers', 'root-kernel', ['S22', 'S10'], {
				places: { boot: 'loader' },
				estimate: true
			}),
			on: { 'hvboot.checkCpu': 'cpuCheck' }
		},
		cpuCheck: {
			description:
				'hvboot.sys asks the processor whether hardware virtualization (and, by our estimate, DEP) is usable.',
			meta: at('hw-cpu', 'hardware', ['S22', 'S10'], {
				places: { boot: 'hvboot' },
				estimate: true
			}),
			on: {
				'hypervisor.launch': [
					{
						guard: 'noVt',
						target: 'noVt',
						actions: { type: 'missing', params: { requirement: 'vt' } }
					},
					{
						guard: 'noDep',
						target: 'noDep',
						actions: { type: 'missing', params: { requirement: 'dep' } }
					},
					{ target: 'launched', actions: 'hypervisorStarts' }
				]
			}
		},
		noVt: {
			description:
				'hvboot.sys does not launch the hypervisor: Windows runs on as an ordinary OS, with no partitions.',
			type: 'final',
			tags: ['completed'],
			meta: at('root-drivers', 'root-kernel', ['S22', 'S10'], {
				places: { boot: 'hvboot' },
				estimate: true
			})
		},
		noDep: {
			description:
				'hvboot.sys does not launch the hypervisor without hardware DEP: Windows runs on as an ordinary OS.',
			type: 'final',
			tags: ['completed'],
			meta: at('root-drivers', 'root-kernel', ['S22', 'S10'], {
				places: { boot: 'hvboot' },
				estimate: true
			})
		},
		launched: {
			description:
				'hvix64.exe or hvax64.exe starts below Windows and takes the processors: from now on it schedules every virtual processor and fields the physical interrupts.',
			meta: at('hv-scheduler', 'hypervisor', ['S22', 'S1'], {
				places: { boot: 'hypervisor' },
				estimate: true
			}),
			on: { 'hypervisor.takeMemory': 'memory' }
		},
		memory: {
			description:
				"Address management: the hypervisor controls how every partition's addresses map to real memory (in WS2008 without SLAT, through shadow page tables).",
			meta: at('hv-address', 'hypervisor', ['S1', 'S23'], { places: { boot: 'hypervisor' } }),
			on: { 'root.create': { target: 'root', actions: 'rootCreated' } }
		},
		root: {
			description:
				'The running Windows becomes the root partition: identity-mapped memory (GPA = SPA), the devices, and every privilege, CreatePartitions among them.',
			meta: at('hv-partitions', 'hypervisor', ['S3', 'S1', 'S22'], { places: { boot: 'root' } }),
			on: { 'root.resume': 'rootRunning' }
		},
		rootRunning: {
			description:
				'Windows carries on, now above the hypervisor; WinHv lets its drivers make hypercalls.',
			meta: at('root-winhv', 'root-kernel', ['S1', 'S22'], {
				places: { boot: 'root-continues' },
				estimate: true
			}),
			on: { 'vmms.start': 'ready' }
		},
		ready: {
			description:
				"The Virtual Machine Management Service starts in the root's user mode: ready to create child partitions.",
			type: 'final',
			tags: ['completed'],
			meta: at('root-vmms', 'root-user', ['S1'], { places: { boot: 'vmms' } })
		}
	}
});
