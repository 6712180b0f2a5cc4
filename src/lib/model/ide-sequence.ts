/**
 * The I/O-port accesses an unenlightened guest's IDE driver makes for one DMA read. Each one is a separate trip
 * through the hypervisor to the emulator in the VMWP.
 *
 * Savill counts seven port writes to set up one IDE transfer (S13, [H]). Which registers they are is our
 * reasoned estimate (facts §5.3, [M]); the fact sheet's list has eight, starting with the bus-master PRD table
 * pointer, and so does this sequence. The four accesses in the interrupt handler are an estimate too. The
 * bus-master registers sit at a PCI-assigned base, written here as BM+offset.
 */
export interface PortAccess {
	/** `out` writes a register, `in` reads one; both trap the same way. */
	direction: 'in' | 'out';
	port: string;
	/** The register as the ATA/PIIX4 documentation names it; technical names stay untranslated. */
	register: string;
	/** Which emulated device in the worker process owns the port. */
	device: 'ide' | 'pic';
}

/** The end of interrupt a handler sends the emulated 8259 (the master PIC's command port). */
export const picEndOfInterrupt = {
	direction: 'out',
	port: '0x20',
	register: '8259 PIC: end of interrupt',
	device: 'pic'
} as const satisfies PortAccess;

export const ideSetupAccesses: readonly PortAccess[] = [
	{ direction: 'out', port: 'BM+4', register: 'Bus-master PRD table address', device: 'ide' },
	{ direction: 'out', port: '0x1F2', register: 'Sector count', device: 'ide' },
	{ direction: 'out', port: '0x1F3', register: 'LBA low', device: 'ide' },
	{ direction: 'out', port: '0x1F4', register: 'LBA mid', device: 'ide' },
	{ direction: 'out', port: '0x1F5', register: 'LBA high', device: 'ide' },
	{ direction: 'out', port: '0x1F6', register: 'Drive/head', device: 'ide' },
	{ direction: 'out', port: '0x1F7', register: 'Command: READ DMA (0xC8)', device: 'ide' },
	{ direction: 'out', port: 'BM+0', register: 'Bus-master command: start', device: 'ide' }
];

export const ideInterruptAccesses: readonly PortAccess[] = [
	{ direction: 'in', port: 'BM+2', register: 'Bus-master status', device: 'ide' },
	{ direction: 'out', port: 'BM+2', register: 'Bus-master status: clear interrupt', device: 'ide' },
	{ direction: 'in', port: '0x1F7', register: 'ATA status', device: 'ide' },
	picEndOfInterrupt
];

/**
 * The machine events of one emulated port access: out of the guest, through the root, and back. Kept here,
 * with the data, so lesson scripts can use it without loading the machine.
 */
export const portAccessEvents = [
	'cpu.trap',
	'hv.message',
	'vid.dispatch',
	'vmwp.emulate',
	'vmwp.done',
	'vp.resume'
] as const;
