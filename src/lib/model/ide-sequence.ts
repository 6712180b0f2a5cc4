/**
 * The I/O-port accesses an unenlightened guest's IDE driver makes for one DMA read. Each one is a separate trip
 * through the hypervisor to the emulator in the VMWP.
 *
 * Savill counts seven port writes to set up one IDE transfer (S13, [H]); which registers they are, and the
 * four accesses in the interrupt handler, are our reasoned estimate from the ATA/PIIX4 register model
 * (facts §5.3, [M]). The bus-master registers sit at a PCI-assigned base, written here as BM+offset.
 */
export interface PortAccess {
	/** `out` writes a register, `in` reads one; both trap the same way. */
	direction: 'in' | 'out';
	port: string;
	/** The register as the ATA/PIIX4 documentation names it; technical names stay untranslated. */
	register: string;
}

export const ideSetupAccesses: readonly PortAccess[] = [
	{ direction: 'out', port: '0x1F2', register: 'Sector count' },
	{ direction: 'out', port: '0x1F3', register: 'LBA low' },
	{ direction: 'out', port: '0x1F4', register: 'LBA mid' },
	{ direction: 'out', port: '0x1F5', register: 'LBA high' },
	{ direction: 'out', port: '0x1F6', register: 'Drive/head' },
	{ direction: 'out', port: '0x1F7', register: 'Command: READ DMA (0xC8)' },
	{ direction: 'out', port: 'BM+0', register: 'Bus-master command: start' }
];

export const ideInterruptAccesses: readonly PortAccess[] = [
	{ direction: 'in', port: 'BM+2', register: 'Bus-master status' },
	{ direction: 'out', port: 'BM+2', register: 'Bus-master status: clear interrupt' },
	{ direction: 'in', port: '0x1F7', register: 'ATA status' },
	{ direction: 'out', port: '0x20', register: '8259 PIC: end of interrupt' }
];
