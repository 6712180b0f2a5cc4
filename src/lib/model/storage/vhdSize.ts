/**
 * How big a VHD file is, part by part, for a virtual disk of a given size with a given amount of data written
 * (facts §9.1, S20). Fixed: every sector, then the 512-byte footer. Dynamic: a copy of the footer, the 1024-byte
 * dynamic header, the BAT, then for each allocated 2 MB block its 512-byte sector bitmap and its data, and the
 * footer again at the end. Differencing: the dynamic layout, holding only what was written since it was created.
 *
 * Assumption: data is written from the start of the disk without gaps, so it fills whole blocks; scattered
 * writes allocate more blocks (one 2 MB block for every block they touch). A differencing disk's parent
 * locators also point at the parent's path stored in the file; the fact sheet does not size that, so it is
 * left out.
 */
import { checkNumber, type Checked, type InputRange } from '../checked';
import {
	batBytes,
	bitmapBytes,
	DEFAULT_BLOCK,
	DYNAMIC_HEADER,
	FOOTER,
	MAX_VHD_BYTES,
	SECTOR,
	type VhdType
} from './vhd';

export const GB = 1024 ** 3;

export type VhdField = 'diskGb' | 'writtenGb';

export const vhdRanges: Record<VhdField, InputRange> = {
	// A disk of no bytes holds nothing; the largest VHD is 2040 GB (S10).
	diskGb: { min: 0, aboveMin: true, max: MAX_VHD_BYTES / GB },
	// Capped at the disk size by `vhdSizes`; this is the widest it can be.
	writtenGb: { min: 0, max: MAX_VHD_BYTES / GB }
};

/** The parts of a VHD file, in bytes, in file order; null where a type has no such part. */
export interface VhdParts {
	/** Dynamic and differencing: the copy of the footer at offset 0. */
	footerCopy: number | null;
	/** Dynamic and differencing: the "cxsparse" header. */
	dynamicHeader: number | null;
	/** Dynamic and differencing: one 4-byte entry per block, padded to whole sectors. */
	bat: number | null;
	/** Dynamic and differencing: one 512-byte sector bitmap per allocated block. */
	bitmaps: number | null;
	/** The disk's sectors (fixed: all of them; otherwise the allocated blocks). */
	data: number;
	/** The footer at the end of every VHD. */
	footer: number;
	total: number;
}

export const vhdParts = [
	'footerCopy',
	'dynamicHeader',
	'bat',
	'bitmaps',
	'data',
	'footer'
] as const satisfies readonly (keyof VhdParts)[];

export interface VhdSizes {
	/** The virtual disk's size in bytes, rounded up to whole sectors. */
	diskBytes: number;
	writtenBytes: number;
	blockBytes: number;
	/** Blocks the disk has, and so entries in the BAT. */
	totalBlocks: number;
	/** Blocks the written data fills. */
	allocatedBlocks: number;
	files: Record<VhdType, VhdParts>;
}

const sparse = (diskBytes: number, allocatedBlocks: number): VhdParts => {
	const parts = {
		footerCopy: FOOTER,
		dynamicHeader: DYNAMIC_HEADER,
		bat: batBytes(diskBytes),
		bitmaps: allocatedBlocks * bitmapBytes(),
		data: allocatedBlocks * DEFAULT_BLOCK,
		footer: FOOTER
	};
	return {
		...parts,
		total:
			parts.footerCopy + parts.dynamicHeader + parts.bat + parts.bitmaps + parts.data + parts.footer
	};
};

/** The file of each VHD type for a disk of `diskGb` GB with `writtenGb` GB written, or which input is wrong. */
export function vhdSizes(inputs: Record<VhdField, unknown>): Checked<VhdSizes, VhdField> {
	const disk = checkNumber('diskGb', inputs.diskGb, vhdRanges.diskGb);
	if (!disk.ok) return disk;
	// No more can be written than the disk holds.
	const written = checkNumber('writtenGb', inputs.writtenGb, {
		...vhdRanges.writtenGb,
		max: disk.value
	});
	if (!written.ok) return written;
	const diskBytes = Math.ceil((disk.value * GB) / SECTOR) * SECTOR;
	const writtenBytes = Math.min(Math.ceil(written.value * GB), diskBytes);
	const totalBlocks = Math.ceil(diskBytes / DEFAULT_BLOCK);
	const allocatedBlocks = Math.ceil(writtenBytes / DEFAULT_BLOCK);
	const dynamic = sparse(diskBytes, allocatedBlocks);
	return {
		ok: true,
		value: {
			diskBytes,
			writtenBytes,
			blockBytes: DEFAULT_BLOCK,
			totalBlocks,
			allocatedBlocks,
			files: {
				fixed: {
					footerCopy: null,
					dynamicHeader: null,
					bat: null,
					bitmaps: null,
					data: diskBytes,
					footer: FOOTER,
					total: diskBytes + FOOTER
				},
				dynamic,
				differencing: { ...dynamic }
			}
		}
	};
}
