/**
 * The VHD format's arithmetic (facts §9.1, from QEMU's block/vpc.c, S20): where a guest sector lives in the
 * file, and how big the file is. All on-disk fields are big-endian; here only sizes and offsets matter.
 */

export const SECTOR = 512;
export const FOOTER = 512;
/** The dynamic disk header ("cxsparse"): 1024 bytes in the specification [M]. */
export const DYNAMIC_HEADER = 1024;
/** The default block size of dynamic and differencing disks. */
export const DEFAULT_BLOCK = 2 * 1024 * 1024;
/** A BAT entry for a block that has no space in the file yet. */
export const UNALLOCATED = 0xffffffff;
/** The largest VHD: 2040 GB, 8 GB short of 2 TB (S10). */
export const MAX_VHD_BYTES = 2040 * 1024 ** 3;

export type VhdType = 'fixed' | 'dynamic' | 'differencing';

const roundUp = (n: number, to: number) => Math.ceil(n / to) * to;

/** Which block of a dynamic or differencing disk holds a byte offset, and where in the block. */
export function locate(offset: number, blockSize = DEFAULT_BLOCK) {
	return {
		block: Math.floor(offset / blockSize),
		sectorInBlock: Math.floor((offset % blockSize) / SECTOR)
	};
}

/** The sector bitmap at the start of each allocated block: one bit per sector, padded to whole sectors. */
export function bitmapBytes(blockSize = DEFAULT_BLOCK): number {
	return roundUp(blockSize / SECTOR / 8, SECTOR);
}

/** The Block Allocation Table: one 32-bit entry per block, padded to whole sectors. */
export function batBytes(diskSize: number, blockSize = DEFAULT_BLOCK): number {
	return roundUp(Math.ceil(diskSize / blockSize) * 4, SECTOR);
}

/** A fixed VHD is the disk's sectors followed by the footer. */
export function fixedFileSize(diskSize: number): number {
	return diskSize + FOOTER;
}

/**
 * A dynamic (or differencing) VHD: a copy of the footer, the dynamic header, the BAT, then each allocated
 * block as its bitmap plus its data, and the footer again at the end.
 */
export function dynamicFileSize(
	diskSize: number,
	allocatedBlocks: number,
	blockSize = DEFAULT_BLOCK
): number {
	return (
		FOOTER +
		DYNAMIC_HEADER +
		batBytes(diskSize, blockSize) +
		allocatedBlocks * (bitmapBytes(blockSize) + blockSize) +
		FOOTER
	);
}
