/**
 * The register accesses a guest driver without integration components makes for one network send, one screen
 * update and one mouse movement. Each access traps to the hypervisor and is emulated in the worker process,
 * like the IDE accesses of a disk read (see ../ide-sequence.ts).
 *
 * All three lists are our reasoned estimates, not documented sequences:
 * - 21140 send: the fact sheet's estimate (facts §5.3, [M]): the descriptor is written to RAM without an exit,
 *   then one write to CSR1 (transmit poll demand); the interrupt handler reads CSR5, writes it back to
 *   acknowledge, and sends the 8259 an end of interrupt.
 * - S3 video: the frame buffer is memory the emulator maps, so drawing pixels does not trap; moving the text
 *   cursor takes the classic VGA CRT-controller pairs (index at 0x3D4, data at 0x3D5) for its high and low byte.
 * - i8042 mouse: a PS/2 mouse movement is a three-byte packet, one interrupt (IRQ 12, on the second 8259) per
 *   byte; the handler reads the status port 0x64 and the data port 0x60, then ends the interrupt at both PICs.
 */
import { picEndOfInterrupt, type PortAccess } from '../ide-sequence';

/** The emulated devices of these paths, each modelled in the worker process. */
export type EmulatedDevice = 'nic' | 'video' | 'input' | 'pic';

export interface DeviceAccess extends Omit<PortAccess, 'device'> {
	device: EmulatedDevice;
}

export const nicSendAccesses: readonly DeviceAccess[] = [
	{ direction: 'out', port: 'CSR1', register: '21140 CSR1: transmit poll demand', device: 'nic' }
];

export const nicInterruptAccesses: readonly DeviceAccess[] = [
	{ direction: 'in', port: 'CSR5', register: '21140 CSR5: status', device: 'nic' },
	{ direction: 'out', port: 'CSR5', register: '21140 CSR5: acknowledge interrupt', device: 'nic' },
	picEndOfInterrupt
];

export const videoCursorAccesses: readonly DeviceAccess[] = [
	{ direction: 'out', port: '0x3D4', register: 'CRTC index: cursor high (0x0E)', device: 'video' },
	{ direction: 'out', port: '0x3D5', register: 'CRTC data: cursor high byte', device: 'video' },
	{ direction: 'out', port: '0x3D4', register: 'CRTC index: cursor low (0x0F)', device: 'video' },
	{ direction: 'out', port: '0x3D5', register: 'CRTC data: cursor low byte', device: 'video' }
];

export const mouseByteAccesses: readonly DeviceAccess[] = [
	{ direction: 'in', port: '0x64', register: 'i8042 status', device: 'input' },
	{
		direction: 'in',
		port: '0x60',
		register: 'i8042 data: one byte of the packet',
		device: 'input'
	},
	{ direction: 'out', port: '0xA0', register: 'Second 8259: end of interrupt', device: 'pic' },
	{ direction: 'out', port: '0x20', register: 'First 8259: end of interrupt', device: 'pic' }
];

/** Bytes in one PS/2 mouse movement packet (buttons, X, Y). */
export const mousePacketBytes = 3;
