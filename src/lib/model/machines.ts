/**
 * Every machine of the model, by the id lesson scripts and other views use. Lessons name a machine by id so
 * that a script stays plain data, and the schema can check its events against the machine they go to.
 */
import * as v from 'valibot';
import type { AnyStateMachine } from 'xstate';
import type { MachineId } from './machine-ids';
import { bootMachine, type BootInput } from './boot/boot.machine';
import { hostBootMachine, type HostBootInput } from './boot/hostBoot.machine';
import { diskReadMachine, type DiskReadInput } from './diskRead.machine';
import {
	deviceGuests,
	deviceIoMachine,
	devices,
	type DeviceIoInput,
	virtualNetworks
} from './device/deviceIo.machine';
import {
	enlightenmentKinds,
	enlightenmentMachine,
	type EnlightenmentInput
} from './enlightenments/enlightenment.machine';
import { privilegeNames } from './hypercall/codes';
import { hypercallMachine, type HypercallInput } from './hypercall/hypercall.machine';
import { xenAdapterMachine } from './hypercall/xenAdapter.machine';
import { lifecycleMachine } from './partition/lifecycle.machine';
import { vhdIoMachine, type VhdIoInput } from './storage/vhdIo.machine';
import { migrationMachine, type MigrationInput } from './migration/migration.machine';
import { hostMemoryMachine, type HostMemoryInput } from './sizing/hostMemory.machine';
import { inputRanges, rootReserveMb, sizingRules } from './sizing/memory';
import { channelMachine, type ChannelInput } from './vmbus/channel.machine';

export const machines = {
	diskRead: diskReadMachine,
	deviceIo: deviceIoMachine,
	hypercall: hypercallMachine,
	vmbusChannel: channelMachine,
	boot: bootMachine,
	hostBoot: hostBootMachine,
	enlightenment: enlightenmentMachine,
	xenAdapter: xenAdapterMachine,
	lifecycle: lifecycleMachine,
	vhdIo: vhdIoMachine,
	migration: migrationMachine,
	hostMemory: hostMemoryMachine
} as const satisfies Record<MachineId, AnyStateMachine>;

export type { MachineId } from './machine-ids';

/** The input each machine takes, so a lesson's `input` is checked against its machine. */
export interface MachineInputs {
	diskRead: DiskReadInput;
	deviceIo: DeviceIoInput;
	hypercall: HypercallInput;
	vmbusChannel: ChannelInput;
	boot: BootInput;
	hostBoot: HostBootInput;
	enlightenment: EnlightenmentInput;
	xenAdapter: undefined;
	lifecycle: undefined;
	vhdIo: VhdIoInput;
	migration: MigrationInput;
	hostMemory: HostMemoryInput;
}

/** What each machine models, for lists of machines (explore mode, docs); English, as in the code. */
export const machineDescriptions: Record<MachineId, string> = {
	diskRead: 'One 4 KB disk read by an enlightened (VMBus) or unenlightened (emulated IDE) guest.',
	deviceIo:
		'One network send (on an external, internal or private virtual network), screen update or mouse movement, through VMBus (guest with integration components) or emulated 21140, S3 and i8042 devices in the worker process.',
	hypercall:
		'One hypercall: input value, call through the hypercall page, dispatch, input, privilege and alignment checks, execution with rep continuation, status.',
	vmbusChannel:
		'One VMBus channel: offer, bind, GPADL, open, packets both ways with the empty-to-non-empty signalling rule, close or rescind.',
	boot: 'A child boots from emulated IDE; an enlightened kernel discovers Hyper-V, enables hypercalls and, with integration components, switches to VMBus devices.',
	hostBoot:
		'A host starts Hyper-V: x64, VT and DEP checked where they are needed, hvboot.sys launches the hypervisor, the running Windows becomes the root partition and VMMS starts.',
	enlightenment:
		'One guest operation with and without its enlightenment: remote TLB flush, long spin wait, APIC end of interrupt, relaxed timing.',
	xenAdapter:
		"A Xen-enabled SLES 10 kernel's paravirtual call, translated inside the guest into a Hyper-V hypercall.",
	lifecycle:
		'A VM started through WMI, VMMS, a worker process, VID and root-only hypercalls; running, paused, saved, off; up to 50 snapshots.',
	vhdIo:
		'One disk access served from a fixed, dynamic or differencing VHD (BAT lookup, block allocation, parent fall-through) or a pass-through disk.',
	migration:
		'Quick Migration (pause, save, move the disk, restore) against Live Migration (pre-copy passes while running, at most 10, then a short blackout).',
	hostMemory:
		"A host's memory filling up as VMs start one by one: the root's reserve, then each VM's RAM taken by VID and its overhead deposited with the hypervisor, by the 2008 article's formula or the planning rule; a start that does not fit is refused."
};

/**
 * What each machine accepts as input, checked when a lesson loads: a mistyped guest kind must not silently
 * take another path.
 */
export const inputSchemas = {
	diskRead: v.strictObject({
		guest: v.picklist(['enlightened', 'unenlightened']),
		controller: v.optional(v.picklist(['ide', 'scsi']))
	}),
	deviceIo: v.strictObject({
		guest: v.picklist(deviceGuests),
		device: v.picklist(devices),
		ics: v.optional(v.boolean()),
		network: v.optional(v.picklist(virtualNetworks))
	}),
	hypercall: v.strictObject({
		caller: v.picklist(['root', 'child']),
		privileges: v.array(v.picklist(privilegeNames)),
		call: v.strictObject({
			callCode: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffff)),
			fast: v.boolean(),
			repCount: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xfff)),
			repStartIndex: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xfff))
		}),
		reservedBits: v.optional(v.boolean()),
		aligned: v.optional(v.boolean()),
		repsPerCall: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)))
	}),
	vmbusChannel: v.strictObject({
		monitored: v.optional(v.boolean()),
		largeRing: v.optional(v.boolean()),
		endpoint: v.optional(v.picklist(['kernel', 'worker']))
	}),
	boot: v.strictObject({
		guest: v.picklist(['enlightened', 'unenlightened']),
		ics: v.optional(v.boolean())
	}),
	hostBoot: v.strictObject({
		vt: v.optional(v.boolean()),
		dep: v.optional(v.boolean()),
		x64: v.optional(v.boolean())
	}),
	enlightenment: v.strictObject({
		kind: v.picklist(enlightenmentKinds),
		enlightened: v.boolean(),
		vcpus: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4)))
	}),
	xenAdapter: v.undefined(),
	lifecycle: v.undefined(),
	vhdIo: v.strictObject({
		disk: v.picklist(['fixed', 'dynamic', 'differencing', 'passThrough']),
		op: v.picklist(['read', 'write']),
		blockAllocated: v.optional(v.boolean()),
		sectorInChild: v.optional(v.boolean())
	}),
	migration: v.variant('kind', [
		v.strictObject({
			kind: v.literal('quick'),
			memoryMb: v.optional(v.pipe(v.number(), v.minValue(0))),
			storageMbPerSecond: v.optional(v.pipe(v.number(), v.minValue(1))),
			diskMoveSeconds: v.optional(v.pipe(v.number(), v.minValue(0)))
		}),
		v.strictObject({
			kind: v.literal('live'),
			memoryMb: v.pipe(v.number(), v.minValue(0)),
			dirtyMbPerSecond: v.pipe(v.number(), v.minValue(0)),
			linkMbPerSecond: v.pipe(v.number(), v.minValue(1)),
			stopCopyMb: v.optional(v.pipe(v.number(), v.minValue(0)))
		})
	]),
	hostMemory: v.pipe(
		v.strictObject({
			hostMb: v.pipe(
				v.number(),
				v.minValue(inputRanges.hostMb.min),
				v.maxValue(inputRanges.hostMb.max)
			),
			rule: v.picklist(sizingRules),
			rootReserveMb: v.optional(v.pipe(v.number(), v.minValue(0))),
			vms: v.pipe(
				v.array(
					v.pipe(v.number(), v.minValue(inputRanges.vmMb.min), v.maxValue(inputRanges.vmMb.max))
				),
				v.maxLength(inputRanges.vmCount.max)
			)
		}),
		v.check(
			(i) => (i.rootReserveMb ?? rootReserveMb(i.rule)) <= i.hostMb,
			"the root's reserve must fit in the host"
		)
	)
} satisfies { [M in MachineId]: v.GenericSchema<unknown, MachineInputs[M]> };

/** The event types a machine accepts anywhere; a lesson may only send these. */
export function eventTypesOf(id: MachineId): readonly string[] {
	return machines[id].events;
}
