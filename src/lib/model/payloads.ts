/**
 * What a request carries at a hop, field by field, for the hop inspector: the VMBus packet StorVSC writes, the
 * signal hypercall's input, the intercept message the hypervisor posts to the root, the register write-back that
 * resumes the guest. Field names stay as the specifications and the Linux sources spell them; values are those
 * of the 4 KB read (or frame) the machines model. A hop names its payload in `meta.hop.carries`.
 */
import type { SourceKey } from '$lib/architecture/sources';

export const payloadKinds = [
	'vstorRequest',
	'vstorCompletion',
	'rndisPacket',
	'signalEvent',
	'ioPortIntercept',
	'setVpRegisters'
] as const;
export type PayloadKind = (typeof payloadKinds)[number];

export interface PayloadField {
	name: string;
	value: string;
}

export interface Payload {
	fields: PayloadField[];
	sources: SourceKey[];
}

export const payloads: Record<PayloadKind, Payload> = {
	// storvsc_drv.c: struct vstor_packet with operation VSTOR_OPERATION_EXECUTE_SRB, sent as a GPA-list packet.
	vstorRequest: {
		fields: [
			{ name: 'operation', value: 'VSTOR_OPERATION_EXECUTE_SRB (3)' },
			{ name: 'cdb', value: 'SCSI READ(10), 8 sectors' },
			{ name: 'data_transfer_length', value: '4096' },
			{ name: 'range (GPA list)', value: 'guest page frame numbers of the buffer' },
			{ name: 'trans_id', value: 'request id, echoed in the completion' }
		],
		sources: ['S5', 'S6']
	},
	vstorCompletion: {
		fields: [
			{ name: 'operation', value: 'VSTOR_OPERATION_COMPLETE_IO (1)' },
			{ name: 'srb_status', value: 'SRB_STATUS_SUCCESS' },
			{ name: 'scsi_status', value: '0 (good)' },
			{ name: 'trans_id', value: 'the request id' }
		],
		sources: ['S6']
	},
	// netvsc: NVSP "send RNDIS packet" over VMBus, the frame itself in pre-shared send-buffer pages.
	rndisPacket: {
		fields: [
			{ name: 'NVSP message', value: 'send RNDIS packet' },
			{ name: 'RNDIS message', value: 'REMOTE_NDIS_PACKET_MSG' },
			{ name: 'data', value: 'the Ethernet frame, by guest physical pages' },
			{ name: 'trans_id', value: 'request id, echoed in the completion' }
		],
		sources: ['S5']
	},
	// TLFS: the hypercall input value in RCX; a fast call passes its parameter in RDX.
	signalEvent: {
		fields: [
			{ name: 'call code', value: '0x005D HvCallSignalEvent' },
			{ name: 'fast', value: '1 (parameters in registers)' },
			{ name: 'rep count / rep start', value: '0 / 0' },
			{ name: 'RCX (input value)', value: '0x000000000001005D' },
			{ name: 'RDX', value: 'connection id, event flag number' }
		],
		sources: ['S2a', 'S2d', 'S6']
	},
	// TLFS v2.0A §16.5.3, HvMessageTypeX64IoPortIntercept.
	ioPortIntercept: {
		fields: [
			{ name: 'message type', value: '0x80010000 HvMessageTypeX64IoPortIntercept' },
			{ name: 'VpIndex', value: 'the suspended virtual processor' },
			{ name: 'InstructionLength', value: 'bytes of the OUT/IN instruction' },
			{ name: 'AccessInfo', value: 'direction (out/in), access size' },
			{ name: 'CS, RIP, RFLAGS', value: 'where the guest was' },
			{ name: 'PortNumber', value: 'e.g. 0x1F7 (ATA command)' },
			{ name: 'RAX', value: 'the value written' }
		],
		sources: ['S3', 'S4']
	},
	// TLFS v2.0A §9.1: the root writes back the registers and clears the intercept suspend.
	setVpRegisters: {
		fields: [
			{ name: 'call code', value: '0x0051 HvCallSetVpRegisters' },
			{ name: 'RIP', value: 'advanced past the instruction' },
			{ name: 'RAX', value: 'the value read, for an IN' },
			{ name: 'HvRegisterInterceptSuspend', value: '0 (resume the processor)' }
		],
		sources: ['S3', 'S2d']
	}
};
