import { describe, expect, it } from 'vitest';
import {
	batBytes,
	bitmapBytes,
	DEFAULT_BLOCK,
	dynamicFileSize,
	fixedFileSize,
	locate,
	MAX_VHD_BYTES
} from './vhd';

const GB = 1024 ** 3;

describe('VHD arithmetic', () => {
	it('gives a 2 MB block a 512-byte sector bitmap (4096 sectors, one bit each)', () => {
		expect(bitmapBytes(DEFAULT_BLOCK)).toBe(512);
	});

	it('makes a fixed VHD the disk plus a 512-byte footer', () => {
		expect(fixedFileSize(10 * GB)).toBe(10 * GB + 512);
	});

	it('makes an empty dynamic VHD small, and each block cost its bitmap plus its data', () => {
		// 127 GB: 65,024 blocks of 2 MB, so a 260,096-byte BAT.
		expect(batBytes(127 * GB)).toBe(260_096);
		const empty = dynamicFileSize(127 * GB, 0);
		expect(empty).toBe(512 + 1024 + 260_096 + 512);
		expect(dynamicFileSize(127 * GB, 1) - empty).toBe(512 + DEFAULT_BLOCK);
	});

	it('finds the block and the sector within it', () => {
		expect(locate(0)).toEqual({ block: 0, sectorInBlock: 0 });
		expect(locate(DEFAULT_BLOCK + 3 * 512 + 100)).toEqual({ block: 1, sectorInBlock: 3 });
	});

	it('knows the 2040 GB limit', () => {
		expect(MAX_VHD_BYTES).toBe(2 * 1024 * GB - 8 * GB);
	});
});
