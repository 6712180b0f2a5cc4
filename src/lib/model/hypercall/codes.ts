/**
 * Hypercall call codes, status codes and partition privileges, as the TLFS defines them (facts §6.3, §6.5).
 * Call codes are those of the Windows Server 2008 R2 TLFS (S3 App. B): parent-only codes were renumbered in
 * later versions, and this model teaches the 2008 era.
 */
import type { SourceKey } from '$lib/architecture/sources';

/** Partition privileges that gate hypercalls (HV_PARTITION_PRIVILEGE_MASK, upper half; facts §6.5). */
export const privilegeNames = [
	'CreatePartitions',
	'AccessPartitionId',
	'AccessMemoryPool',
	'PostMessages',
	'SignalEvents',
	'CreatePort',
	'ConnectPort',
	'AccessStats',
	'Debugging',
	'CpuManagement'
] as const;
export type PrivilegeName = (typeof privilegeNames)[number];

/**
 * What a child holds by default in the 2008 R2 TLFS: none of the hypercall rights above (S3 §5.2.3). The
 * root holds every privilege. What the virtualization stack grants a child for VMBus is a separate step.
 */
export const childDefaultPrivileges: readonly PrivilegeName[] = [];
export const rootPrivileges: readonly PrivilegeName[] = privilegeNames;

export interface CallCode {
	code: number;
	name: string;
	/** A simple call does one operation; a rep call works through a list and may be continued. */
	kind: 'simple' | 'rep';
	/**
	 * The privilege a caller needs. PostMessages, SignalEvents, CreatePort, ConnectPort and AccessMemoryPool are
	 * named for their calls (S2e); that the partition-setup calls (map GPA pages, create VP, VP registers,
	 * install intercept) need CreatePartitions is our reading of "all calls that act on children" [M].
	 */
	privilege?: PrivilegeName;
	/** Whether the call may pass its parameters in registers (the Fast bit). */
	fast?: boolean;
	sources: SourceKey[];
}

export const callCodes: readonly CallCode[] = [
	{
		code: 0x0001,
		name: 'HvCallSwitchVirtualAddressSpace',
		kind: 'simple',
		fast: true,
		sources: ['S2d', 'S3']
	},
	{ code: 0x0002, name: 'HvCallFlushVirtualAddressSpace', kind: 'simple', sources: ['S2d', 'S3'] },
	{ code: 0x0003, name: 'HvCallFlushVirtualAddressList', kind: 'rep', sources: ['S2d', 'S3'] },
	// Advisory: the TLFS says it always returns success.
	{
		code: 0x0008,
		name: 'HvCallNotifyLongSpinWait',
		kind: 'simple',
		fast: true,
		sources: ['S2d', 'S3']
	},
	{
		code: 0x0040,
		name: 'HvCallCreatePartition',
		kind: 'simple',
		privilege: 'CreatePartitions',
		sources: ['S2d', 'S3']
	},
	{
		code: 0x0041,
		name: 'HvCallInitializePartition',
		kind: 'simple',
		privilege: 'CreatePartitions',
		sources: ['S3']
	},
	{
		code: 0x0042,
		name: 'HvCallFinalizePartition',
		kind: 'simple',
		privilege: 'CreatePartitions',
		sources: ['S3']
	},
	{
		code: 0x0043,
		name: 'HvCallDeletePartition',
		kind: 'simple',
		privilege: 'CreatePartitions',
		sources: ['S3']
	},
	{
		code: 0x0048,
		name: 'HvCallDepositMemory',
		kind: 'rep',
		privilege: 'AccessMemoryPool',
		sources: ['S3', 'S2g']
	},
	{
		code: 0x004b,
		name: 'HvCallMapGpaPages',
		kind: 'rep',
		privilege: 'CreatePartitions',
		sources: ['S3']
	},
	{
		code: 0x004d,
		name: 'HvCallInstallIntercept',
		kind: 'simple',
		privilege: 'CreatePartitions',
		sources: ['S2d', 'S3']
	},
	{
		code: 0x004e,
		name: 'HvCallCreateVp',
		kind: 'simple',
		privilege: 'CreatePartitions',
		sources: ['S3']
	},
	{
		code: 0x0050,
		name: 'HvCallGetVpRegisters',
		kind: 'rep',
		privilege: 'CreatePartitions',
		sources: ['S3']
	},
	{
		code: 0x0051,
		name: 'HvCallSetVpRegisters',
		kind: 'rep',
		privilege: 'CreatePartitions',
		sources: ['S3']
	},
	{
		code: 0x0057,
		name: 'HvCallCreatePort',
		kind: 'simple',
		privilege: 'CreatePort',
		sources: ['S3']
	},
	{
		code: 0x0059,
		name: 'HvCallConnectPort',
		kind: 'simple',
		privilege: 'ConnectPort',
		sources: ['S3']
	},
	{
		code: 0x005c,
		name: 'HvCallPostMessage',
		kind: 'simple',
		privilege: 'PostMessages',
		sources: ['S2d', 'S3']
	},
	{
		code: 0x005d,
		name: 'HvCallSignalEvent',
		kind: 'simple',
		privilege: 'SignalEvents',
		fast: true,
		sources: ['S2d', 'S3', 'S6']
	}
];

export function callCode(code: number): CallCode | undefined {
	return callCodes.find((c) => c.code === code);
}

/** HV_STATUS values (S3 App. C, S4). */
export const statusCodes = {
	SUCCESS: 0x0000,
	INVALID_HYPERCALL_CODE: 0x0002,
	INVALID_HYPERCALL_INPUT: 0x0003,
	INVALID_ALIGNMENT: 0x0004,
	INVALID_PARAMETER: 0x0005,
	ACCESS_DENIED: 0x0006,
	INVALID_PARTITION_STATE: 0x0007,
	OPERATION_DENIED: 0x0008,
	INSUFFICIENT_MEMORY: 0x000b,
	INVALID_PARTITION_ID: 0x000d,
	INVALID_VP_INDEX: 0x000e,
	INVALID_PORT_ID: 0x0011,
	INVALID_CONNECTION_ID: 0x0012,
	INSUFFICIENT_BUFFERS: 0x0013,
	INVALID_SYNIC_STATE: 0x0018
} as const;
export type StatusName = keyof typeof statusCodes;
