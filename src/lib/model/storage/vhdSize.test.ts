import { describe, expect, it } from 'vitest';
import { dynamicFileSize, fixedFileSize } from './vhd';
import { GB, vhdParts, vhdSizes, type VhdParts } from './vhdSize';

const MB = 1024 ** 2;

const value = (diskGb: unknown, writtenGb: unknown) => {
	const result = vhdSizes({ diskGb, writtenGb });
	if (!result.ok) throw new Error(`expected a result, got ${JSON.stringify(result)}`);
	return result.value;
};

const sum = (parts: VhdParts) => vhdParts.reduce((total, part) => total + (parts[part] ?? 0), 0);

describe('VHD file size by part (facts §9.1)', () => {
	it('makes a fixed 10 GB disk 10 GB of sectors plus the 512-byte footer, whatever was written', () => {
		const s = value(10, 1);
		expect(s.files.fixed).toEqual({
			footerCopy: null,
			dynamicHeader: null,
			bat: null,
			bitmaps: null,
			data: 10_737_418_240,
			footer: 512,
			total: 10_737_418_752
		});
		expect(s.files.fixed.total).toBe(fixedFileSize(10 * GB));
	});

	it('makes a dynamic 10 GB disk with 1 GB written: 512 blocks of 2 MB, each with a 512-byte bitmap', () => {
		const s = value(10, 1);
		// 10 GB / 2 MB = 5120 blocks → 5120 × 4 = 20,480 bytes of BAT (already whole sectors).
		expect(s.totalBlocks).toBe(5120);
		expect(s.allocatedBlocks).toBe(512);
		expect(s.files.dynamic).toEqual({
			footerCopy: 512,
			dynamicHeader: 1024,
			bat: 20_480,
			bitmaps: 262_144,
			data: 1_073_741_824,
			footer: 512,
			// 512 + 1024 + 20,480 + 262,144 + 1,073,741,824 + 512
			total: 1_074_026_496
		});
		expect(s.files.dynamic.total).toBe(dynamicFileSize(10 * GB, 512));
	});

	it('gives a differencing disk the dynamic layout for what was written since it was made', () => {
		const s = value(10, 1);
		expect(s.files.differencing).toEqual(s.files.dynamic);
	});

	it('keeps an empty 127 GB dynamic disk at 256 KB: footer copy, header, a 260,096-byte BAT, footer', () => {
		const s = value(127, 0);
		expect(s.allocatedBlocks).toBe(0);
		expect(s.files.dynamic.bat).toBe(260_096);
		expect(s.files.dynamic.total).toBe(512 + 1024 + 260_096 + 512);
		expect(s.files.dynamic.total).toBe(262_144);
	});

	it('allocates whole 2 MB blocks: 3 MB written takes two blocks, 1 byte takes one', () => {
		const three = value(10, 3 / 1024);
		expect(three.allocatedBlocks).toBe(2);
		expect(three.files.dynamic.data).toBe(4 * MB);
		expect(three.files.dynamic.bitmaps).toBe(1024);
		expect(value(10, 1 / GB).allocatedBlocks).toBe(1);
	});

	it('rounds the disk to whole sectors and pads the BAT to a sector', () => {
		// 0.001 GB = 1,073,741.824 bytes → 2098 sectors = 1,074,176 bytes, one block, a 512-byte BAT.
		const s = value(0.001, 0);
		expect(s.diskBytes).toBe(1_074_176);
		expect(s.totalBlocks).toBe(1);
		expect(s.files.dynamic.bat).toBe(512);
		expect(s.files.fixed.total).toBe(1_074_176 + 512);
	});

	it('sizes the largest VHD, 2040 GB, written full: the dynamic file is larger than the fixed one', () => {
		const s = value(2040, 2040);
		// 2040 GB / 2 MB = 1,044,480 blocks; 4 bytes each.
		expect(s.totalBlocks).toBe(1_044_480);
		expect(s.files.dynamic.bat).toBe(4_177_920);
		expect(s.files.dynamic.total - s.files.fixed.total).toBe(
			512 + 1024 + 4_177_920 + 1_044_480 * 512
		);
		for (const type of ['fixed', 'dynamic', 'differencing'] as const) {
			expect(Number.isSafeInteger(s.files[type].total)).toBe(true);
			expect(sum(s.files[type])).toBe(s.files[type].total);
		}
	});
});

describe('input that cannot be used', () => {
	it('says which input is wrong and how, never NaN', () => {
		expect(vhdSizes({ diskGb: undefined, writtenGb: 1 })).toMatchObject({
			ok: false,
			field: 'diskGb',
			problem: 'not-a-number'
		});
		expect(vhdSizes({ diskGb: 0, writtenGb: 0 })).toMatchObject({
			field: 'diskGb',
			problem: 'too-small',
			aboveMin: true
		});
		expect(vhdSizes({ diskGb: -10, writtenGb: 0 })).toMatchObject({ problem: 'too-small' });
		expect(vhdSizes({ diskGb: 10, writtenGb: NaN })).toMatchObject({
			field: 'writtenGb',
			problem: 'not-a-number'
		});
		expect(vhdSizes({ diskGb: 10, writtenGb: -1 })).toMatchObject({
			field: 'writtenGb',
			problem: 'too-small'
		});
	});

	it('refuses a disk above 2040 GB, and more data than the disk holds', () => {
		expect(vhdSizes({ diskGb: 2048, writtenGb: 0 })).toMatchObject({
			field: 'diskGb',
			problem: 'too-large',
			max: 2040
		});
		expect(vhdSizes({ diskGb: Infinity, writtenGb: 0 })).toMatchObject({ problem: 'too-large' });
		expect(vhdSizes({ diskGb: 10, writtenGb: 11 })).toMatchObject({
			field: 'writtenGb',
			problem: 'too-large',
			max: 10
		});
	});
});
